import { QUESTION_COUNT } from '@/content/questions'
import { isoDate } from './dates'
import type { AgendaAction } from './agenda'
import type { FieldTimes } from './fields'
import { actionFields, answerFields, restoreFields, scanFields } from './records'
import { SCAN_FORMAT_VERSION, type Answer, type ScanMeta } from './scan'

/**
 * Every record read from storage passes through these functions: the one door in. They accept
 * anything (an older format version, a partial record, wrong types) and return today's shape,
 * field by field through the definitions in records.ts, or null when the record cannot be one
 * at all. What a record's version lacks gets its default here; a step per stored version goes
 * in `migrateRecord` when a version changes a field's meaning.
 */

type Loose = Record<string, unknown>

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback)

const time = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : fallback

/**
 * Upgrades a stored record to SCAN_FORMAT_VERSION, one version step at a time; the steps are
 * keyed by the version they upgrade from. Version 1 is the only one so far: records without a
 * version are version 1 with fields missing, which restoreFields fills in. A record written by
 * a newer app is read for what this version knows.
 */
const recordSteps: Record<number, (raw: Loose) => Loose> = {}

export function migrateRecord(raw: Loose): Loose {
  let record = raw
  const from = typeof raw.formatVersion === 'number' ? raw.formatVersion : 1
  for (let version = from; version < SCAN_FORMAT_VERSION; version++) {
    const step = recordSteps[version]
    if (!step) break
    record = step(record)
  }
  return record
}

export function restoreFieldTimes(v: unknown): FieldTimes {
  const times: Record<string, number> = {}
  if (!isObject(v)) return times
  for (const [k, t] of Object.entries(v)) {
    if (typeof t === 'number' && Number.isFinite(t) && t >= 0) times[k] = t
  }
  return times as FieldTimes
}

export function restoreScanMeta(input: unknown, now = Date.now()): ScanMeta | null {
  if (!isObject(input)) return null
  const raw = migrateRecord(input)
  const id = str(raw.id)
  const fields = restoreFields(scanFields, raw)
  if (id === '' || !fields) return null
  const createdAt = time(raw.createdAt, now)
  const count = typeof raw.answeredCount === 'number' ? Math.trunc(raw.answeredCount) : 0
  return {
    formatVersion: SCAN_FORMAT_VERSION,
    id,
    ...fields,
    title: fields.title.trim() || 'Quick Scan zonder titel',
    date: fields.date || isoDate(new Date(createdAt)),
    // Records from before the mode was kept: a scan with participants was done in a group.
    mode:
      raw.mode === 'group' || raw.mode === 'alone'
        ? raw.mode
        : fields.participants.length > 0
          ? 'group'
          : 'alone',
    createdAt,
    updatedAt: time(raw.updatedAt, createdAt),
    answeredCount: Math.min(Math.max(count, 0), QUESTION_COUNT),
    fieldTimes: restoreFieldTimes(raw.fieldTimes),
  }
}

export function restoreAction(input: unknown, now = Date.now()): AgendaAction | null {
  if (!isObject(input)) return null
  const raw = migrateRecord(input)
  const id = str(raw.id)
  const scanId = str(raw.scanId)
  const fields = restoreFields(actionFields, raw)
  if (id === '' || scanId === '' || !fields) return null
  const createdAt = time(raw.createdAt, now)
  return {
    formatVersion: SCAN_FORMAT_VERSION,
    id,
    scanId,
    ...fields,
    fieldTimes: restoreFieldTimes(raw.fieldTimes),
    createdAt,
    updatedAt: time(raw.updatedAt, createdAt),
  }
}

export function restoreAnswer(input: unknown, now = Date.now()): Answer | null {
  if (!isObject(input)) return null
  const raw = migrateRecord(input)
  const scanId = str(raw.scanId)
  const fields = restoreFields(answerFields, raw)
  if (scanId === '' || !fields) return null
  return {
    formatVersion: SCAN_FORMAT_VERSION,
    scanId,
    ...fields,
    fieldTimes: restoreFieldTimes(raw.fieldTimes),
    updatedAt: time(raw.updatedAt, now),
  }
}
