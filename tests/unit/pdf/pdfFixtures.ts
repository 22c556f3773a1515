import type { AgendaAction } from '@/domain/agenda'
import { emptyFollowUp } from '@/domain/agenda'
import { emptyAnswer, type Answer, type ScanMeta } from '@/domain/scan'
import { emptyTally, type Tally } from '@/domain/tally'
import type { PdfScan } from '@/pdf/writer'
import { testAction, testMeta } from '../scanFixture'

/** The scans the PDF tests print: a full Quick Scan with agenda, and a counted session. */

export const scanMeta: ScanMeta = testMeta({
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
export const longAnswer =
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

export const scanAnswers: Record<number, Answer> = {}
for (let n = 1; n <= 15; n++) {
  if (n === 9) continue // question 9 left empty
  scanAnswers[n] = {
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

export const scan: PdfScan = {
  meta: scanMeta,
  answers: scanAnswers,
  actions: [
    action('b2', 'B', 2, 'Opleidingsplan schrijven'),
    action('b1', 'B', 1, 'Gluren bij de buren in Utrecht'),
    action('c1', 'C', 1, 'Monitoring bespreken met onderzoek', 12),
    // Put on the agenda from question 3 and not filled in yet.
    action('a1', 'A', 1, '', 3),
  ],
}

const t = (a: number, b: number, c: number, d: number): Tally => ({ 1: a, 2: b, 3: c, 4: d })

export const reportMeta = testMeta({
  id: 'r1',
  title: 'Dialoogsessie Zeist',
  municipality: 'Zeist',
  date: '2026-11-23',
  mode: 'group',
  participants: [
    { name: 'Şükrü Yılmaz', role: 'beleidsadviseur' },
    { name: '', role: 'wijkteam' },
  ],
})

const answer = (n: number, fields: Partial<Answer>): Answer => ({
  ...emptyAnswer('r1', n, 0),
  ...fields,
})

export const reportScan: PdfScan = {
  meta: reportMeta,
  answers: {
    // Two rounds: from four labels to two.
    1: answer(1, {
      text: 'Wij zien eigen kracht als regie over het eigen leven.',
      label: 2,
      tally: t(2, 1, 3, 2),
      tallyAfter: t(5, 3, 0, 0),
    }),
    // One round, no shared view.
    4: answer(4, { text: 'Nog geen gedeelde visie.', label: 3, tally: t(1, 0, 4, 3) }),
    // Two rounds, less shared afterwards.
    12: answer(12, { label: 1, tally: t(6, 0, 0, 0), tallyAfter: t(3, 0, 0, 3) }),
    // Answered, never counted.
    7: answer(7, { text: 'Antwoord zonder telling.', label: 1, tally: emptyTally() }),
  },
  actions: [
    testAction({ id: 'a1', scanId: 'r1', part: 'A', order: 1, action: 'Visie opschrijven' }),
  ],
}
