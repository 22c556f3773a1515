// @vitest-environment node
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { labels } from '@/content/labels'
import { emptyFollowUp, type AgendaAction } from '@/domain/agenda'
import { emptyAnswer, type Answer, type ScanMeta } from '@/domain/scan'
import { buildScanPdf, type PdfScan } from '@/pdf/buildScanPdf'
import { slug } from '@/domain/slug'
import { pdfFileName } from '@/domain/fileNames'
import { testAction, testMeta } from '../scanFixture'
import { fitToFont } from '@/pdf/text'
import { deps, expectInOrder, textOf } from './pdfHelpers'

const meta: ScanMeta = testMeta({
  id: 's1',
  title: 'Quick Scan gemeente Zeist',
  municipality: 'Zeist',
  date: '2026-11-23',
  mode: 'group',
  participants: [
    { name: 'Şükrü Yılmaz', role: 'beleidsadviseur' },
    { name: 'Łukasz Żak', role: 'wijkteam' },
  ],
  answeredCount: 15,
  followUp: {
    ...emptyFollowUp(),
    meetAgain: 'ja',
    nextMeeting: 'maart 2027',
    accountability: 'Elk kwartaal een kort overleg.',
  },
})

/** A long answer: 10,000+ characters, with a first and a last sentence to find. */
const longAnswer =
  'Eerste zin van het lange antwoord. ' +
  Array.from(
    { length: 220 },
    (_, i) => `Zin ${i + 1} gaat over eigen kracht, netwerk en regie.`,
  ).join(' ') +
  ' Laatste zin van het lange antwoord.'

const answerText = (n: number) =>
  n === 4
    ? longAnswer
    : n === 7
      ? 'Şükrü Łukasz Ğ ı ż ë é ï ’ “ ” € <b>vet</b> <img src=x onerror=alert(1)> 🙂 einde.'
      : `Begin van antwoord ${n}. Midden.\nEinde van antwoord ${n}.`

const answers: Record<number, Answer> = {}
for (let n = 1; n <= 15; n++) {
  if (n === 9) continue // question 9 left empty
  answers[n] = {
    ...emptyAnswer('s1', n, 0),
    text: answerText(n),
    label: ((n % 4) + 1) as Answer['label'],
  }
}

const action = (
  id: string,
  part: AgendaAction['part'],
  order: number,
  text: string,
  question: number | null = null,
): AgendaAction =>
  testAction({
    id,
    scanId: 's1',
    part,
    order,
    action: text,
    who: `Wie ${id}: Fatma`,
    when: 'voor de zomer',
    whenDate: '2027-06-01',
    question,
  })

const scan: PdfScan = {
  meta,
  answers,
  actions: [
    action('b2', 'B', 2, 'Opleidingsplan schrijven'),
    action('b1', 'B', 1, 'Gluren bij de buren in Utrecht'),
    action('c1', 'C', 1, 'Monitoring bespreken met onderzoek', 12),
    // Put on the agenda from question 3 and not filled in yet.
    action('a1', 'A', 1, '', 3),
  ],
}

const warnings: string[] = []
beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation((...args) => void warnings.push(args.join(' ')))
})
afterEach(() => {
  expect(warnings.filter((w) => /Unable to look up font/.test(w))).toEqual([])
})

describe('buildScanPdf', () => {
  it('uses an answer of more than 10,000 characters', () => {
    expect(longAnswer.length).toBeGreaterThan(10_000)
  })

  it('prints the whole scan and agenda, in order, with Unicode, long answers and page numbers', async () => {
    const doc = buildScanPdf(scan, 'both', deps, new Date(2026, 10, 23, 14, 32))
    const { text, pages } = await textOf(doc)
    expect(pages).toBeGreaterThan(8)
    const ordered: string[] = [
      'Quick Scan en actieagenda',
      'Quick Scan gemeente Zeist',
      'Şükrü Yılmaz (beleidsadviseur)',
      'Łukasz Żak (wijkteam)',
      'De vier labels',
    ]
    for (const l of labels) ordered.push(`Label ${l.value}`)
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
        ordered.push(`Label ${label.value}:`)
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
    // Every label text appears in full (on the labels page).
    for (const l of labels) expect(text).toContain(l.text)
    expect(text).toContain('1 juni 2027')
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
