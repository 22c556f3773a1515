import { questions } from '@/content/questions'
import type { FieldTimes } from './fields'
import type { AnswerFields, Participant, ScanMetaFields } from './records'
import { emptyTally } from './tally'

/**
 * The stored shape of a scan. A scan is kept as one meta record plus one record per answer,
 * so that an answer change writes that answer only (two tabs never overwrite each other).
 */
export const SCAN_FORMAT_VERSION = 1

export type FillMode = ScanMetaFields['mode']
export type { Participant }

/** A scan's meta record: its fields (records.ts), identity, summary count and field times. */
export interface ScanMeta extends ScanMetaFields {
  formatVersion: number
  id: string
  /** Denormalised count of completed questions, so the draft list reads summaries only. */
  answeredCount: number
  /** When each follow-up field was last changed. */
  fieldTimes: FieldTimes
}

/** One answer row: its fields (records.ts), the scan it belongs to and its times. */
export interface Answer extends AnswerFields {
  formatVersion: number
  scanId: string
  /** When each of text, label, discuss and tally was last changed. */
  fieldTimes: FieldTimes
  updatedAt: number
}

export type AnswerMap = Readonly<Record<number, Answer | undefined>>

export type QuestionStatus = 'niet-begonnen' | 'bezig' | 'ingevuld'

export const statusText: Record<QuestionStatus, string> = {
  'niet-begonnen': 'Niet begonnen',
  bezig: 'Bezig',
  ingevuld: 'Ingevuld',
}

/**
 * A question is complete with a label and an answer text. Label 4 ("niet eerder over
 * nagedacht") is a complete answer on its own: there may be nothing to write yet.
 */
export function questionStatus(answer: Pick<Answer, 'text' | 'label'> | undefined): QuestionStatus {
  if (!answer) return 'niet-begonnen'
  const hasText = answer.text.trim().length > 0
  const hasLabel = answer.label !== null
  if (hasLabel && (hasText || answer.label === 4)) return 'ingevuld'
  if (hasText || hasLabel) return 'bezig'
  return 'niet-begonnen'
}

export function countAnswered(answers: Iterable<Pick<Answer, 'text' | 'label'>>): number {
  let n = 0
  for (const a of answers) if (questionStatus(a) === 'ingevuld') n++
  return n
}

export interface Progress {
  answered: number
  started: number
  total: number
}

export function progress(answers: AnswerMap): Progress {
  let answered = 0
  let started = 0
  for (const q of questions) {
    const s = questionStatus(answers[q.number])
    if (s === 'ingevuld') answered++
    if (s !== 'niet-begonnen') started++
  }
  return { answered, started, total: questions.length }
}

/** The first question that is not complete yet, or null when all are. */
export function firstOpenQuestion(answers: AnswerMap): number | null {
  const open = questions.find((q) => questionStatus(answers[q.number]) !== 'ingevuld')
  return open ? open.number : null
}

export function emptyAnswer(scanId: string, question: number, now: number): Answer {
  return {
    formatVersion: SCAN_FORMAT_VERSION,
    scanId,
    question,
    text: '',
    label: null,
    discuss: false,
    tally: emptyTally(),
    tallyAfter: emptyTally(),
    slipTally: emptyTally(),
    slipTallyAfter: emptyTally(),
    fieldTimes: {},
    updatedAt: now,
  }
}
