import * as v from 'valibot'
import { QUESTION_COUNT } from '@/content/questions'
import type { AgendaAction, FollowUp } from './agenda'
import { emptyTally, MAX_COUNT, total, type Tally } from './tally'
import { fileTexts } from '@/content/errors'
import {
  FILE_LIMITS,
  hardLimit,
  LIMITS,
  MAX_FILE_BYTES,
  MAX_SCANS_PER_FILE,
  type LimitName,
} from './limits'
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

export interface ExportedScan {
  title: string
  municipality: string
  date: string
  mode: 'alone' | 'group'
  participants: { name: string; role: string }[]
  createdAt: number
  updatedAt: number
  followUp: FollowUp
  answers: {
    question: number
    text: string
    label: 1 | 2 | 3 | 4 | null
    discuss: boolean
    tally: Tally
  }[]
  actions: {
    part: 'A' | 'B' | 'C'
    order: number
    action: string
    who: string
    when: string
    whenDate: string
    question: number | null
  }[]
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
    title: meta.title,
    municipality: meta.municipality,
    date: meta.date,
    mode: meta.mode,
    participants: meta.participants.map((p) => ({ name: p.name, role: p.role })),
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    followUp: { ...meta.followUp },
    answers: [...answers]
      .sort((a, b) => a.question - b.question)
      .filter((a) => a.text !== '' || a.label !== null || a.discuss || total(a.tally) > 0)
      .map((a) => ({
        question: a.question,
        text: a.text,
        label: a.label,
        discuss: a.discuss,
        tally: { ...a.tally },
      })),
    actions: [...actions]
      .sort((a, b) => a.part.localeCompare(b.part) || a.order - b.order)
      .map((a) => ({
        part: a.part,
        order: a.order,
        action: a.action,
        who: a.who,
        when: a.when,
        whenDate: a.whenDate,
        question: a.question,
      })),
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

const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(controlChars, '')

/** Text up to a field's hard limit (domain/limits.ts): every file the tool writes reads back. */
const text = (limit: LimitName) =>
  v.pipe(v.optional(v.string(), ''), v.maxLength(hardLimit(limit)), v.transform(clean))
const line = (limit: LimitName) =>
  v.pipe(
    text(limit),
    v.transform((s) => s.replace(/\n/g, ' ').trim()),
  )
const time = v.optional(v.pipe(v.number(), v.finite(), v.minValue(0)), 0)
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))
const questionNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(QUESTION_COUNT))
const label = v.nullable(v.picklist([1, 2, 3, 4] as const))
const count = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT)), 0)
/** A list of at most twice the count a user can make. */
const list = <T extends v.GenericSchema>(item: T, limit: number) =>
  v.optional(v.pipe(v.array(item), v.maxLength(limit * 2)), [])

const answerSchema = v.object({
  question: questionNumber,
  text: text('answerText'),
  label: v.optional(label, null),
  discuss: v.optional(v.boolean(), false),
  // Added within format 1: older files have no tally and read as zero counts.
  tally: v.optional(v.object({ 1: count, 2: count, 3: count, 4: count }), () => emptyTally()),
})

const actionSchema = v.object({
  part: v.picklist(['A', 'B', 'C'] as const),
  order: v.optional(v.pipe(v.number(), v.finite()), 0),
  action: text('actionText'),
  who: text('actionWho'),
  when: line('actionWhen'),
  whenDate: v.optional(v.union([isoDate, v.literal('')]), ''),
  question: v.optional(v.nullable(questionNumber), null),
})

/** The first answer to a question wins; later ones are dropped (so preview and draft agree). */
const uniqueAnswers = (answers: v.InferOutput<typeof answerSchema>[]) => {
  const seen = new Set<number>()
  return answers.filter((a) => !seen.has(a.question) && seen.add(a.question))
}

const scanSchema = v.object({
  title: v.pipe(line('title'), v.minLength(1, fileTexts.noTitle)),
  municipality: line('municipality'),
  date: isoDate,
  mode: v.optional(v.picklist(['alone', 'group'] as const), 'alone'),
  participants: v.pipe(
    list(
      v.object({ name: line('participantName'), role: line('participantRole') }),
      LIMITS.participants,
    ),
    v.transform((ps) => ps.filter((p) => p.name !== '' || p.role !== '')),
  ),
  createdAt: time,
  updatedAt: time,
  followUp: v.optional(
    v.object({
      meetAgain: v.optional(v.nullable(v.picklist(['ja', 'nee'] as const)), null),
      nextMeeting: line('followUpNextMeeting'),
      pickedUpBy: text('followUpText'),
      accountability: text('followUpText'),
    }),
    { meetAgain: null, nextMeeting: '', pickedUpBy: '', accountability: '' },
  ),
  answers: v.pipe(
    v.optional(v.pipe(v.array(answerSchema), v.maxLength(QUESTION_COUNT * 2)), []),
    v.transform(uniqueAnswers),
  ),
  actions: list(actionSchema, LIMITS.actionsPerScan),
})

const fileSchema = v.object({
  tool: v.literal(FILE_TOOL),
  kind: v.picklist(['scan', 'backup'] as const),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.optional(v.string(), ''),
  scans: v.pipe(
    v.array(scanSchema),
    v.minLength(1, fileTexts.noScan),
    v.maxLength(MAX_SCANS_PER_FILE),
  ),
})

export type ReadResult =
  { ok: true; file: ExportFile; summaries: ScanSummary[] } | { ok: false; message: string }

export interface ScanSummary {
  title: string
  municipality: string
  date: string
  answered: number
  actions: number
}

/**
 * Older format versions are upgraded here, one step at a time, before validation.
 * Version 1 is the first published format, so there is nothing to upgrade yet; the next format
 * adds a step `if (version === 1) { …; version = 2 }`.
 */
export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  return raw
}

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x)

export function readExportFile(content: string, byteSize = content.length): ReadResult {
  if (byteSize > MAX_FILE_BYTES) return { ok: false, message: fileTexts.tooLarge }
  let raw: unknown
  try {
    raw = JSON.parse(content)
  } catch {
    return { ok: false, message: fileTexts.notJson }
  }
  if (!isPlainObject(raw) || raw.tool !== FILE_TOOL) {
    return { ok: false, message: fileTexts.otherTool }
  }
  const version = raw.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: fileTexts.noVersion }
  }
  if (version > FILE_FORMAT_VERSION) {
    return { ok: false, message: fileTexts.newerVersion(version, FILE_FORMAT_VERSION) }
  }
  const result = v.safeParse(fileSchema, migrate(raw))
  if (!result.success) {
    const issue = result.issues[0]
    // Our own messages are the ones we gave the schema (fileTexts); valibot's are English.
    const own = [fileTexts.noTitle, fileTexts.noScan].find((t) => t === issue?.message) ?? null
    return {
      ok: false,
      message: fileTexts.damaged(own, issue ? v.getDotPath(issue) : null),
    }
  }
  const file = { ...result.output, formatVersion: FILE_FORMAT_VERSION } as ExportFile
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

/** An imported scan as stored records, under a new id (never overwriting a draft). */
export function toStoredScan(s: ExportedScan, id: string, newActionId: () => string, now: number) {
  // The schema already dropped duplicate answers and empty participants.
  const answers: Answer[] = s.answers.map((a) => ({
    formatVersion: SCAN_FORMAT_VERSION,
    scanId: id,
    question: a.question,
    text: a.text,
    label: a.label,
    discuss: a.discuss,
    tally: { ...a.tally },
    fieldTimes: {},
    updatedAt: now,
  }))
  const meta: ScanMeta = {
    formatVersion: SCAN_FORMAT_VERSION,
    id,
    title: s.title,
    municipality: s.municipality,
    date: s.date,
    mode: s.mode,
    participants: s.participants,
    createdAt: s.createdAt || now,
    updatedAt: now,
    answeredCount: countAnswered(answers),
    followUp: { ...s.followUp },
    fieldTimes: {},
  }
  const actions: AgendaAction[] = s.actions.map((a) => ({
    formatVersion: SCAN_FORMAT_VERSION,
    id: newActionId(),
    scanId: id,
    ...a,
    fieldTimes: {},
    createdAt: now,
    updatedAt: now,
  }))
  return { meta, answers, actions }
}
