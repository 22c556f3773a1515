import * as v from 'valibot'
import { fileTexts } from '@/content/errors'
import { QUESTION_COUNT } from '@/content/questions'
import type { AgendaAction } from './agenda'
import { FILE_LIMITS, hardLimit, MAX_FILE_BYTES, MAX_SCANS_PER_FILE } from './limits'
import {
  actionFields,
  answerFields,
  fileEntries,
  fileObject,
  followUpFields,
  participantFields,
  pickFields,
  scanFields,
  type AnswerFields,
  type ExportedActionFields,
  type ScanMetaFields,
} from './records'
import { counted, countsOf, TALLY_PROPS } from './tally'
import { countAnswered, SCAN_FORMAT_VERSION, type Answer, type ScanMeta } from './scan'

/**
 * The exchange file: one scan (kind "scan") or all drafts (kind "backup"), as JSON.
 *
 *   { "tool": "reflectietool-eigen-kracht", "kind": "scan" | "backup", "formatVersion": 1,
 *     "exportedAt": ISO time, "scans": [ { title, municipality, date, mode, participants,
 *     createdAt, updatedAt, followUp, answers: [{ question, text, label, discuss }],
 *     actions: [{ part, order, action, who, when, whenDate, question }] } ] }
 *
 * Reading never trusts the file: size is checked before parsing, the JSON is validated with a
 * schema that rebuilds only known fields (so "__proto__" and friends go nowhere), strings are
 * length-limited and stripped of control characters, and newer format versions are refused.
 * Serialising is separate from file I/O (src/share/files.ts does the downloading).
 */
export const FILE_TOOL = 'reflectietool-eigen-kracht'
export const FILE_FORMAT_VERSION = 1
export { MAX_FILE_BYTES }

/** A scan as the file holds it: the fields of records.ts, nothing of the stored identity. */
export interface ExportedScan extends ScanMetaFields {
  answers: AnswerFields[]
  actions: ExportedActionFields[]
}

export interface ExportFile {
  tool: typeof FILE_TOOL
  kind: 'scan' | 'backup'
  formatVersion: number
  exportedAt: string
  scans: ExportedScan[]
}

// ---- writing ---------------------------------------------------------------------------------

export function toExportedScan(
  meta: ScanMeta,
  answers: readonly Answer[],
  actions: readonly AgendaAction[],
): ExportedScan {
  return {
    ...pickFields(scanFields, meta),
    participants: meta.participants.map((p) => pickFields(participantFields, p)),
    followUp: pickFields(followUpFields, meta.followUp),
    answers: [...answers]
      .sort((a, b) => a.question - b.question)
      .filter((a) => a.text !== '' || a.label !== null || a.discuss || counted(countsOf(a)))
      .map((a) => ({
        ...pickFields(answerFields, a),
        ...Object.fromEntries(TALLY_PROPS.map((p) => [p, { ...a[p] }])),
      })),
    actions: [...actions]
      .sort((a, b) => a.part.localeCompare(b.part) || a.order - b.order)
      .map((a) => pickFields(actionFields, a)),
  }
}

export function serialiseExport(
  kind: ExportFile['kind'],
  scans: ExportedScan[],
  now = new Date(),
): string {
  const file: ExportFile = {
    tool: FILE_TOOL,
    kind,
    formatVersion: FILE_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    scans,
  }
  return JSON.stringify(file, null, 2)
}

/**
 * A backup in as many files as it takes for each to stay within FILE_LIMITS (scans and bytes),
 * so every file the tool writes can be read back. Almost always one file.
 */
export function splitBackup(
  scans: readonly ExportedScan[],
  limits: { scansPerFile: number; bytesPerFile: number } = FILE_LIMITS,
): ExportedScan[][] {
  const parts: ExportedScan[][] = []
  let part: ExportedScan[] = []
  let bytes = 0
  const encoder = new TextEncoder()
  for (const scan of scans) {
    const size = encoder.encode(JSON.stringify(scan, null, 2)).length + 16
    if (
      part.length > 0 &&
      (part.length >= limits.scansPerFile || bytes + size > limits.bytesPerFile)
    ) {
      parts.push(part)
      part = []
      bytes = 0
    }
    part.push(scan)
    bytes += size
  }
  if (part.length > 0 || parts.length === 0) parts.push(part)
  return parts
}

// ---- reading ---------------------------------------------------------------------------------

/** The first answer to a question wins; later ones are dropped (so preview and draft agree). */
const uniqueAnswers = (answers: AnswerFields[]) => {
  const seen = new Set<number>()
  return answers.filter((a) => !seen.has(a.question) && seen.add(a.question))
}

/** A list of at most twice as many as a user can make. */
const list = (item: v.GenericSchema, max: number) =>
  v.optional(v.pipe(v.array(item), v.maxLength(max)), [])

const scanSchema = v.pipe(
  v.object({
    ...fileEntries(scanFields),
    answers: v.pipe(
      list(fileObject(answerFields), QUESTION_COUNT * 2),
      v.transform((a) => uniqueAnswers(a as AnswerFields[])),
    ),
    actions: list(fileObject(actionFields), hardLimit('actionsPerScan')),
  }),
  v.forward(
    v.check((s) => s.title !== '', fileTexts.noTitle),
    ['title'],
  ),
)

/**
 * The file around its scans. The scans themselves are checked one by one with `scanSchema`
 * (readSteps), so a large backup can be checked in steps: together the two are the file's schema.
 */
const envelopeSchema = v.object({
  tool: v.literal(FILE_TOOL),
  kind: v.picklist(['scan', 'backup'] as const),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.optional(v.string(), ''),
  scans: v.pipe(
    v.array(v.unknown()),
    v.minLength(1, fileTexts.noScan),
    v.maxLength(MAX_SCANS_PER_FILE),
  ),
})

/** Why a file was refused: a code to decide on, and its Dutch text (content/errors.ts). */
export type FileErrorCode =
  'too-large' | 'not-json' | 'other-tool' | 'no-version' | 'newer-version' | 'damaged'

export type ReadResult =
  | { ok: true; file: ExportFile; summaries: ScanSummary[] }
  | { ok: false; code: FileErrorCode; message: string }

export interface ScanSummary {
  title: string
  municipality: string
  date: string
  answered: number
  actions: number
}

/**
 * Older format versions are upgraded here, one step at a time, before validation: the steps
 * are keyed by the version they upgrade from. Version 1 is the first published format, so there
 * is no step yet; format 2 adds `1: (raw) => ({ ...raw, …, formatVersion: 2 })` and a test with a
 * version 1 fixture (tests/fixtures/files/ keeps one file per published version).
 */
const fileSteps: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {}

export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let file = raw
  for (let version = Number(file.formatVersion); version < FILE_FORMAT_VERSION; version++) {
    const step = fileSteps[version]
    if (!step) break
    file = step(file)
  }
  return file
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

/** Refused as damaged: our own message when the schema gave one (valibot's are English). */
function damaged(issue: v.BaseIssue<unknown> | undefined, within?: string): ReadResult {
  const own = [fileTexts.noTitle, fileTexts.noScan].find((t) => t === issue?.message) ?? null
  const path = issue ? v.getDotPath(issue) : null
  // Within one scan ("scans.3"): its path in the file, as the whole file's schema would say.
  const where = within ? (path ? `${within}.${path}` : within) : path
  return { ok: false, code: 'damaged', message: fileTexts.damaged(own, where) }
}

/** How many scans are checked per step of reading a large file (and per progress update). */
export const CHECK_CHUNK = 50

/** How far the check of a file's scans is: `done` of `total` scans checked. */
export interface CheckProgress {
  done: number
  total: number
}

/**
 * Reading a file, step by step: the JSON and the file around the scans first, then the scans in
 * chunks of `chunkSize`, yielding how many are checked after each chunk (and once at 0), and
 * returning the result. `readExportFile` runs it at once; the files store runs it a step per
 * task, so the page draws the progress and hears "Stoppen" in between. One set of rules for both.
 */
export function* readSteps(
  content: string,
  byteSize = content.length,
  chunkSize = CHECK_CHUNK,
): Generator<CheckProgress, ReadResult, void> {
  if (byteSize > MAX_FILE_BYTES)
    return { ok: false, code: 'too-large', message: fileTexts.tooLarge }
  let raw: unknown
  try {
    raw = JSON.parse(content)
  } catch {
    return { ok: false, code: 'not-json', message: fileTexts.notJson }
  }
  if (!isPlainObject(raw) || raw.tool !== FILE_TOOL) {
    return { ok: false, code: 'other-tool', message: fileTexts.otherTool }
  }
  const version = raw.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, code: 'no-version', message: fileTexts.noVersion }
  }
  if (version > FILE_FORMAT_VERSION) {
    return {
      ok: false,
      code: 'newer-version',
      message: fileTexts.newerVersion(version, FILE_FORMAT_VERSION),
    }
  }
  const envelope = v.safeParse(envelopeSchema, migrate(raw))
  if (!envelope.success) return damaged(envelope.issues[0])
  const raws = envelope.output.scans
  const total = raws.length
  const scans: ExportedScan[] = []
  yield { done: 0, total }
  for (let start = 0; start < total; start += chunkSize) {
    for (let i = start; i < Math.min(start + chunkSize, total); i++) {
      const scan = v.safeParse(scanSchema, raws[i])
      if (!scan.success) return damaged(scan.issues[0], `scans.${i}`)
      scans.push(scan.output as ExportedScan)
    }
    yield { done: scans.length, total }
  }
  const file: ExportFile = { ...envelope.output, formatVersion: FILE_FORMAT_VERSION, scans }
  return {
    ok: true,
    file,
    summaries: file.scans.map((s) => ({
      title: s.title,
      municipality: s.municipality,
      date: s.date,
      answered: countAnswered(s.answers),
      actions: s.actions.length,
    })),
  }
}

/** Reads and checks a file at once (a small file, or where nothing needs to draw meanwhile). */
export function readExportFile(content: string, byteSize = content.length): ReadResult {
  const steps = readSteps(content, byteSize, Infinity)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** An imported scan as stored records, under a new id (never overwriting a draft). */
export function toStoredScan(s: ExportedScan, id: string, newActionId: () => string, now: number) {
  // The schema already dropped duplicate answers and empty participants.
  const stored = { formatVersion: SCAN_FORMAT_VERSION, fieldTimes: {} }
  const answers: Answer[] = s.answers.map((a) => ({
    ...stored,
    scanId: id,
    ...pickFields(answerFields, a),
    updatedAt: now,
  }))
  const meta: ScanMeta = {
    ...stored,
    id,
    ...pickFields(scanFields, s),
    createdAt: s.createdAt || now,
    updatedAt: now,
    answeredCount: countAnswered(answers),
  }
  const actions: AgendaAction[] = s.actions.map((a) => ({
    ...stored,
    id: newActionId(),
    scanId: id,
    ...pickFields(actionFields, a),
    createdAt: now,
    updatedAt: now,
  }))
  return { meta, answers, actions }
}
