// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { followUpTexts } from '@/content/agenda'
import { pdfFileName } from '@/domain/fileNames'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { buildReportPdf } from '@/pdf/buildReportPdf'
import { LABEL_COLOR } from '@/pdf/writer'
import { reportMeta as meta, reportScan as scan } from './pdfFixtures'
import { deps, expectInOrder, textOf } from './pdfHelpers'

/**
 * The session report as a reader gets it: pdf.js reads the text back, so what is asserted is
 * what a screen, a printer and a search find, in the order a reader meets it.
 */
const warnings: string[] = []
beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation((...args) => void warnings.push(args.join(' ')))
})
afterEach(() => {
  expect(warnings.filter((w) => /Unable to look up font/.test(w))).toEqual([])
})

describe('buildReportPdf', { timeout: 30_000 }, () => {
  it('holds the counts of both rounds per question, in order, with the shift and the flags', async () => {
    const doc = buildReportPdf(scan, deps, new Date('2026-11-24T09:00:00'))
    const { text } = await textOf(doc)
    expectInOrder(text, [
      'Verslag van de dialoogsessie',
      'Dialoogsessie Zeist',
      'Zeist',
      '23 november 2026',
      // Names where entered; a participant without a name is named by role only.
      'Şükrü Yılmaz (beleidsadviseur), wijkteam',
      'Geteld',
      '3 van 15 vragen',
      'Samenvatting van de sessie',
      'Geteld bij 3 van de 15 vragen; bij 2 vragen twee keer',
      'Hier is (nog) geen gedeeld beeld',
      'Bij vraag 4, vraag 12.',
      'Vraag 1: van 4 verschillende labels naar 2: meer gedeeld beeld.',
      'Vraag 12: van één label naar 2 verschillende labels: minder gedeeld beeld.',
      // Question 1: answer, label, then the first round's counts and the second's.
      'Vraag 1 van 15',
      'Wij zien eigen kracht als regie over het eigen leven.',
      'Label 2 · Nog een discussiepunt: Dit is wat ik vind',
      'Eerste indruk · 8 deelnemers',
      '1 Afgesproken',
      '2',
      '2 Nog een discussiepunt',
      '1',
      '3 Weet niet hoe anderen denken',
      '3',
      '4 Niet eerder over nagedacht',
      '2',
      'Na het gesprek · 8 deelnemers',
      '1 Afgesproken',
      '5',
      '2 Nog een discussiepunt',
      '3',
      '3 Weet niet hoe anderen denken',
      '0',
      '4 Niet eerder over nagedacht',
      '0',
      'Van 4 verschillende labels naar 2: meer gedeeld beeld.',
      'Deels gedeeld.',
      'Vraag 4 van 15',
      'Telling · 8 deelnemers',
      'Let op: hier is (nog) geen gedeeld beeld.',
      'Vraag 7 van 15',
      'Antwoord zonder telling.',
      'Niet geteld.',
      'Vraag 12 van 15',
      'Eerste indruk · 6 deelnemers',
      'Na het gesprek · 6 deelnemers',
      'Van één label naar 2 verschillende labels: minder gedeeld beeld.',
      'Let op: hier is (nog) geen gedeeld beeld.',
      'Actieagenda',
      'Visie opschrijven',
      followUpTexts.heading,
    ])
  })

  it('draws the bars in the four label colours of the chart on screen', async () => {
    const doc = buildReportPdf(scan, deps)
    const data = new Uint8Array(doc.output('arraybuffer'))
    const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise
    const fills = new Set<string>()
    for (let i = 1; i <= pdf.numPages; i++) {
      const ops = await (await pdf.getPage(i)).getOperatorList()
      ops.fnArray.forEach((fn, k) => {
        if (fn === OPS.setFillRGBColor) fills.add(String(ops.argsArray[k]?.[0]).toLowerCase())
      })
    }
    // PDF colours are fractions: pdf.js may read a channel back one step off.
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
    const near = (a: string, b: string) => rgb(a).every((v, i) => Math.abs(v - rgb(b)[i]!) <= 2)
    for (const c of Object.values(LABEL_COLOR)) {
      expect(
        [...fills].some((f) => near(f, c)),
        `bars in ${c}`,
      ).toBe(true)
    }
  })

  it('is named, titled and in Dutch like the other PDFs', async () => {
    expect(pdfFileName(meta, 'report')).toBe(
      'verslag-dialoogsessie-eigen-kracht-gemeente-zeist-2026-11-23.pdf',
    )
    const data = new Uint8Array(buildReportPdf(scan, deps).output('arraybuffer'))
    const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, string> }
    expect(info.Title).toBe('Verslag van de dialoogsessie: Dialoogsessie Zeist')
    expect(info.Author).toBe('Gemeente Zeist')
    expect(info.Language).toBe('nl')
  })
})
