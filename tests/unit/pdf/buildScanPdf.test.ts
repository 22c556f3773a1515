// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { labels } from '@/content/labels'
import { questions } from '@/content/questions'
import { buildScanPdf } from '@/pdf/buildScanPdf'
import { slug } from '@/domain/slug'
import { pdfFileName } from '@/domain/fileNames'
import { longAnswer, scan, scanAnswers as answers, scanMeta as meta } from './pdfFixtures'
import { fitToFont } from '@/pdf/text'
import { deps, expectInOrder, taggedOf, textOf } from './pdfHelpers'

const warnings: string[] = []
beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation((...args) => void warnings.push(args.join(' ')))
})
afterEach(() => {
  expect(warnings.filter((w) => /Unable to look up font/.test(w))).toEqual([])
})

describe('buildScanPdf', { timeout: 30_000 }, () => {
  it('uses an answer of more than 10,000 characters', () => {
    expect(longAnswer.length).toBeGreaterThan(10_000)
  })

  it('prints the whole scan and agenda, in order, with Unicode, long answers and page numbers', async () => {
    const doc = buildScanPdf(scan, 'both', deps, new Date(2026, 10, 23, 14, 32))
    const { text, pages } = await textOf(doc)
    expect(pages).toBeGreaterThan(8)
    // Page 1 (for a council member): title, municipality, date, who took part, the label per
    // question, then the actions (continuing on page 2), then the four labels explained.
    const ordered: string[] = [
      'Quick Scan en actieagenda',
      'Quick Scan gemeente Zeist',
      'Gemeente Zeist',
      'Datum 23 november 2026',
      'Deelnemers Şükrü Yılmaz (beleidsadviseur), Łukasz Żak (wijkteam)',
      'Ingevuld 15 van 15 vragen',
      'Gemaakt op 23 november 2026 om 14:32 met versie',
      'Samenvatting: de labels per vraag',
      'Nr. Vraag Label',
    ]
    for (const q of questions) {
      const label = labels.find((l) => l.value === answers[q.number]?.label)
      ordered.push(
        `${q.number} ${q.text} ${label ? `Label ${label.value} · ${label.short}` : 'Geen label gekozen'}`,
      )
    }
    ordered.push(
      'Acties',
      'Actie Wie doet wat? Wanneer?',
      'Bij vraag 3: Welke waarden liggen ten grondslag aan het inzetten op eigen kracht? Wie a1: Fatma voor de zomer · 1 juni 2027',
      'Gluren bij de buren in Utrecht Wie b1: Fatma',
      'Opleidingsplan schrijven Wie b2: Fatma',
      'Monitoring bespreken met onderzoek (bij vraag 12) Wie c1: Fatma',
      'De vier labels',
    )
    for (const l of labels) ordered.push(`Label ${l.value} · ${l.short} ${l.text}`)
    ordered.push('A. Naar een gezamenlijke visie op eigen kracht')
    for (let n = 1; n <= 15; n++) {
      ordered.push(`Vraag ${n} van 15`)
      if (n === 9) ordered.push('Niet ingevuld')
      else if (n === 4)
        ordered.push('Eerste zin van het lange antwoord.', 'Laatste zin van het lange antwoord.')
      else if (n === 7)
        ordered.push(
          'Şükrü Łukasz Ğ ı ż ë é ï ’ “ ” € <b>vet</b> <img src=x onerror=alert(1)> ? einde.',
        )
      else ordered.push(`Begin van antwoord ${n}.`, `Einde van antwoord ${n}.`)
      if (n !== 9) {
        const label = labels.find((l) => l.value === answers[n]!.label)!
        ordered.push(`Label ${label.value} · ${label.short}:`)
      }
    }
    ordered.push('Actieagenda', 'A. Naar een gezamenlijke visie op eigen kracht Denk aan:')
    ordered.push('Actie', 'Wie doet wat?', 'Wanneer?')
    ordered.push(
      'Bij vraag 3: Welke waarden liggen ten grondslag aan het inzetten op eigen kracht?',
      'Wie a1: Fatma',
      'B. Van visie naar uitvoering Denk aan:',
      'Gluren bij de buren in Utrecht',
      'Wie b1: Fatma',
      'Opleidingsplan schrijven',
      'Monitoring bespreken met onderzoek',
      '(bij vraag 12)',
    )
    ordered.push('Afspraken over het vervolg', 'maart 2027', 'Elk kwartaal een kort overleg.')
    expectInOrder(text, ordered)
    // The agenda's part headings drop the full stop of the source's titles.
    expect(text).not.toMatch(/(eigen kracht|uitvoering|resultaten)\. Denk aan:/)
    expect(text).toContain(`pagina ${pages} van ${pages}`)
    expect(text).toContain('1 juni 2027')
  })

  it('puts the summary on page 1 and the four labels, compact, on the page with the actions', async () => {
    const { pages } = await taggedOf(buildScanPdf(scan, 'both', deps))
    const pageOf = (s: string) => pages.findIndex((p) => [...p.textById.values()].includes(s)) + 1
    expect(pageOf('Samenvatting: de labels per vraag')).toBe(1)
    expect(pageOf(questions[14]!.text)).toBe(1)
    expect(pageOf('Acties')).toBeLessThanOrEqual(2)
    expect(pageOf('De vier labels')).toBe(pageOf('Opleidingsplan schrijven'))
    // The answers start on a page of their own, after the labels.
    expect(pageOf('A. Naar een gezamenlijke visie op eigen kracht')).toBe(
      pageOf('De vier labels') + 1,
    )
  })

  it('sets title, subject, author and language', () => {
    const doc = buildScanPdf(scan, 'scan', deps)
    const raw = doc.output()
    expect(raw).toMatch(/\/Lang \(nl\)/)
    expect(raw).toContain('/Title')
    expect(raw).toContain('/Author')
    expect(raw).toContain('/Subject')
  })

  it('makes an agenda-only PDF, also for a scan without any actions', async () => {
    const { text } = await textOf(buildScanPdf({ ...scan, actions: [] }, 'agenda', deps))
    expect(text).toContain('Actieagenda')
    expect(text).toContain('Nog geen acties.')
    expect(text).not.toContain('Vraag 1 van 15')
  })
})

describe('pdf helpers', () => {
  it('replaces what the font cannot print with a visible question mark', () => {
    const has = (cp: number) => cp < 0x2000 || cp === 0x20ac
    expect(fitToFont('a🙂b€\u2603c', has)).toBe('a?b€?c')
    expect(fitToFont('👍🏽 ok', has)).toBe('?? ok')
    expect(fitToFont('regel\u0007\nvolgende', has)).toBe('regel\nvolgende')
  })

  it('names the file after the scan with safe characters only', () => {
    expect(pdfFileName(meta, 'both')).toBe('quickscan-eigen-kracht-gemeente-zeist-2026-11-23.pdf')
    expect(pdfFileName(meta, 'agenda')).toBe(
      'actieagenda-eigen-kracht-gemeente-zeist-2026-11-23.pdf',
    )
    expect(
      pdfFileName(
        { ...meta, municipality: ' ', title: 'Scan: Súdwest-Fryslân / ’s-Hertogenbosch' },
        'scan',
      ),
    ).toBe('quickscan-eigen-kracht-scan-sudwest-fryslan-s-hertogenbosch-2026-11-23.pdf')
    expect(slug('Łódź Ğüşı')).toBe('lodz-gusi')
  })
})
