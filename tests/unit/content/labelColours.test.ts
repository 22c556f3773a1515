import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LABEL_COLOR } from '@/pdf/writer'
import { contrast, difference, labDifference, type Vision } from '../colourVision'

/**
 * The four label colours of the counts chart, as theme.css defines them for the light and the
 * dark scheme: far enough apart for every kind of colour vision, visible on the background, and
 * with a readable number on each segment.
 */
const css = readFileSync(resolve(__dirname, '../../../src/styles/theme.css'), 'utf8')

function tokens(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/(--rt-color-[a-z0-9-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [
      m[1]!,
      m[2]!,
    ]),
  )
}

const light = tokens(css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {'))))
const darkStart = css.indexOf('@media screen and (prefers-color-scheme: dark)')
const dark = { ...light, ...tokens(css.slice(darkStart, css.indexOf('}', darkStart))) }

const VISIONS: Vision[] = ['normal', 'protan', 'deutan', 'tritan']
/** CIEDE2000: about 2 is a just-noticeable difference; 12 is plainly another colour. */
const MIN_DIFFERENCE = 12
/** Without a colour-vision deficiency the four are different hues, not shades of one. */
const MIN_DIFFERENCE_NORMAL = 30

describe('CIEDE2000', () => {
  it('matches published test pairs (Sharma, Wu and Dalal 2005)', () => {
    expect(labDifference([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3)
    expect(labDifference([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1.0, 3)
    expect(labDifference([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3)
    expect(labDifference([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(
      1.2644,
      3,
    )
  })
})

describe.each([
  ['light', light],
  ['dark', dark],
])('label colours in the %s scheme', (_scheme, t) => {
  const labels = [1, 2, 3, 4].map((n) => t[`--rt-color-label-${n}`]!)
  const background = t['--rt-color-background']!

  it('are all defined, with a text colour each', () => {
    for (const n of [1, 2, 3, 4]) {
      expect(t[`--rt-color-label-${n}`]).toMatch(/^#/)
      expect(t[`--rt-color-label-${n}-text`]).toMatch(/^#/)
    }
  })

  it('stand out from the background (>= 3:1) and carry a readable number (>= 4.5:1)', () => {
    for (const [i, c] of labels.entries()) {
      expect(contrast(c, background), `label ${i + 1} on the background`).toBeGreaterThanOrEqual(3)
      const text = t[`--rt-color-label-${i + 1}-text`]!
      expect(contrast(c, text), `number on label ${i + 1}`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it.each(VISIONS)('stay apart for %s vision', (vision) => {
    const min = vision === 'normal' ? MIN_DIFFERENCE_NORMAL : MIN_DIFFERENCE
    for (let i = 0; i < 4; i++) {
      for (let j = i + 1; j < 4; j++) {
        expect(
          difference(labels[i]!, labels[j]!, vision),
          `label ${i + 1} and ${j + 1}`,
        ).toBeGreaterThanOrEqual(min)
      }
    }
  })
})

describe('label colours in the PDF', () => {
  it('are those of the light scheme', () => {
    for (const n of [1, 2, 3, 4] as const) {
      expect(LABEL_COLOR[n].toLowerCase()).toBe(light[`--rt-color-label-${n}`]!.toLowerCase())
    }
  })
})
