// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { buildReportPdf } from '@/pdf/buildReportPdf'
import { buildScanPdf } from '@/pdf/buildScanPdf'
import { toolVersion } from '@/content/intro'
import { reportScan, scan } from './pdfFixtures'
import { deps, elementsOf, taggedOf, textOf } from './pdfHelpers'

// A 2 × 1 PNG.
const png = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGM4IaAn6lQMAAb1AdFdKit0AAAAAElFTkSuQmCC',
  ),
  (c) => c.charCodeAt(0),
)
const logo = { data: png, width: 2, height: 1 }

describe('page 1: the municipality’s logo and the version', () => {
  it('puts the logo on page 1 as a Figure with Alt, in the scan PDF and the report', async () => {
    for (const doc of [
      buildScanPdf(scan, 'both', { ...deps, logo }),
      buildReportPdf(reportScan, { ...deps, logo }),
    ]) {
      const { pages, raw } = await taggedOf(doc)
      const figures = elementsOf(pages[0]!.tree).filter((e) => e.role === 'Figure')
      expect(figures.map((f) => f.alt)).toContain('Logo van gemeente Zeist')
      expect(raw).toMatch(/\/Subtype \/Image/)
    }
  })

  it('has no image without a logo', async () => {
    const { raw } = await taggedOf(buildScanPdf(scan, 'both', deps))
    expect(raw).not.toMatch(/\/Subtype \/Image/)
  })

  it('says which version of the tool made it', async () => {
    expect(toolVersion).toMatch(/^\d+\.\d+\.\d+/)
    const { text } = await textOf(buildScanPdf(scan, 'agenda', deps))
    expect(text).toContain(`met versie ${toolVersion} van de tool`)
  })
})
