import type { LabelValue } from '@/content/labels'
import { QUESTION_COUNT } from '@/content/questions'
import { isoDate } from './dates'
import type { PartId } from '@/content/parts'
import { emptyFollowUp, type AgendaAction, type FollowUp } from './agenda'
import type { FieldTimes } from './fields'
import { restoreTally } from './tally'
import { SCAN_FORMAT_VERSION, type Answer, type Participant, type ScanMeta } from './scan'

/**
 * Every record read from storage (or, later, from a file) passes through these functions.
 * They accept anything: an older format version, a partial record, wrong types. They return
 * today's shape with defaults filled in, or null when the record cannot be a scan at all.
 */

type Loose = Record<string, unknown>

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback)

const time = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback

export function restoreFieldTimes(v: unknown): FieldTimes {
  const times: Record<string, number> = {}
  if (!isObject(v)) return times
  for (const [k, t] of Object.entries(v)) {
    if (typeof t === 'number' && Number.isFinite(t) && t >= 0) times[k] = t
  }
  return times as FieldTimes
}

export function restoreLabel(v: unknown): LabelValue | null {
  const n = typeof v === 'string' ? Number(v) : v
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : null
}

function restoreParticipants(v: unknown): Participant[] {
  if (!Array.isArray(v)) return []
  return v
    .filter(isObject)
    .map((p) => ({ name: str(p.name), role: str(p.role) }))
    .filter((p) => p.name !== '' || p.role !== '')
}

export function restoreScanMeta(raw: unknown, now = Date.now()): ScanMeta | null {
  if (!isObject(raw)) return null
  const id = str(raw.id)
  if (id === '') return null
  const createdAt = time(raw.createdAt, now)
  const date = str(raw.date)
  const participants = restoreParticipants(raw.participants)
  const mode =
    raw.mode === 'group' || raw.mode === 'alone'
      ? raw.mode
      : participants.length > 0
        ? 'group'
        : 'alone'
  const count = typeof raw.answeredCount === 'number' ? Math.trunc(raw.answeredCount) : 0
  return {
    formatVersion: SCAN_FORMAT_VERSION,
    id,
    title: str(raw.title).trim() || 'Quick Scan zonder titel',
    municipality: str(raw.municipality),
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : isoDate(new Date(createdAt)),
    mode,
    participants,
    createdAt,
    updatedAt: time(raw.updatedAt, createdAt),
    answeredCount: Math.min(Math.max(count, 0), QUESTION_COUNT),
    followUp: restoreFollowUp(raw.followUp),
    fieldTimes: restoreFieldTimes(raw.fieldTimes),
  }
}

export function restoreFollowUp(raw: unknown): FollowUp {
  if (!isObject(raw)) return emptyFollowUp()
  return {
    meetAgain: raw.meetAgain === 'ja' || raw.meetAgain === 'nee' ? raw.meetAgain : null,
    nextMeeting: str(raw.nextMeeting),
    pickedUpBy: str(raw.pickedUpBy),
    accountability: str(raw.accountability),
  }
}

const partIds: readonly PartId[] = ['A', 'B', 'C']

function restoreQuestionRef(v: unknown): number | null {
  const n = Number(v)
  return v !== null && v !== undefined && Number.isInteger(n) && n >= 1 && n <= QUESTION_COUNT
    ? n
    : null
}

export function restoreAction(raw: unknown, now = Date.now()): AgendaAction | null {
  if (!isObject(raw)) return null
  const id = str(raw.id)
  const scanId = str(raw.scanId)
  if (id === '' || scanId === '') return null
  const question = restoreQuestionRef(raw.question)
  const part = partIds.find((p) => p === raw.part)
  if (!part) return null
  const createdAt = time(raw.createdAt, now)
  const whenDate = str(raw.whenDate)
  return {
    formatVersion: SCAN_FORMAT_VERSION,
    id,
    scanId,
    part,
    order: typeof raw.order === 'number' && Number.isFinite(raw.order) ? raw.order : 0,
    action: str(raw.action),
    who: str(raw.who),
    when: str(raw.when),
    whenDate: /^\d{4}-\d{2}-\d{2}$/.test(whenDate) ? whenDate : '',
    question,
    fieldTimes: restoreFieldTimes(raw.fieldTimes),
    createdAt,
    updatedAt: time(raw.updatedAt, createdAt),
  }
}

export function restoreAnswer(raw: unknown, now = Date.now()): Answer | null {
  if (!isObject(raw)) return null
  const scanId = str(raw.scanId)
  const question = Number(raw.question)
  if (scanId === '' || !Number.isInteger(question) || question < 1 || question > QUESTION_COUNT) {
    return null
  }
  return {
    formatVersion: SCAN_FORMAT_VERSION,
    scanId,
    question,
    text: str(raw.text),
    label: restoreLabel(raw.label),
    discuss: raw.discuss === true,
    tally: restoreTally(raw.tally),
    fieldTimes: restoreFieldTimes(raw.fieldTimes),
    updatedAt: time(raw.updatedAt, now),
  }
}
