import * as v from 'valibot'
import { QUESTION_COUNT } from '@/content/questions'
import type { AgendaAction, FollowUp } from './agenda'
import { emptyTally, MAX_COUNT, total, type Tally } from './tally'
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
export const MAX_FILE_BYTES = 20 * 1024 * 1024
const MAX_TEXT = 50_000
const MAX_LINE = 500
const MAX_SCANS = 1000

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

// ---- reading ---------------------------------------------------------------------------------

const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(controlChars, '')

const text = (max: number) =>
  v.pipe(v.optional(v.string(), ''), v.maxLength(max), v.transform(clean))
const line = (max = MAX_LINE) =>
  v.pipe(
    text(max),
    v.transform((s) => s.replace(/\n/g, ' ').trim()),
  )
const time = v.optional(v.pipe(v.number(), v.finite(), v.minValue(0)), 0)
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))
const questionNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(QUESTION_COUNT))
const label = v.nullable(v.picklist([1, 2, 3, 4] as const))
const count = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT)), 0)

const answerSchema = v.object({
  question: questionNumber,
  text: text(MAX_TEXT),
  label: v.optional(label, null),
  discuss: v.optional(v.boolean(), false),
  // Added within format 1: older files have no tally and read as zero counts.
  tally: v.optional(v.object({ 1: count, 2: count, 3: count, 4: count }), () => emptyTally()),
})

const actionSchema = v.object({
  part: v.picklist(['A', 'B', 'C'] as const),
  order: v.optional(v.pipe(v.number(), v.finite()), 0),
  action: text(MAX_TEXT),
  who: text(5_000),
  when: line(),
  whenDate: v.optional(v.union([isoDate, v.literal('')]), ''),
  question: v.optional(v.nullable(questionNumber), null),
})

const scanSchema = v.object({
  title: v.pipe(line(200), v.minLength(1, 'Een Quick Scan in het bestand heeft geen titel.')),
  municipality: line(200),
  date: isoDate,
  mode: v.optional(v.picklist(['alone', 'group'] as const), 'alone'),
  participants: v.optional(
    v.pipe(v.array(v.object({ name: line(200), role: line(200) })), v.maxLength(200)),
    [],
  ),
  createdAt: time,
  updatedAt: time,
  followUp: v.optional(
    v.object({
      meetAgain: v.optional(v.nullable(v.picklist(['ja', 'nee'] as const)), null),
      nextMeeting: line(),
      pickedUpBy: text(MAX_TEXT),
      accountability: text(MAX_TEXT),
    }),
    { meetAgain: null, nextMeeting: '', pickedUpBy: '', accountability: '' },
  ),
  answers: v.optional(v.pipe(v.array(answerSchema), v.maxLength(QUESTION_COUNT * 2)), []),
  actions: v.optional(v.pipe(v.array(actionSchema), v.maxLength(2000)), []),
})

const fileSchema = v.object({
  tool: v.literal(FILE_TOOL),
  kind: v.picklist(['scan', 'backup'] as const),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.optional(v.string(), ''),
  scans: v.pipe(
    v.array(scanSchema),
    v.minLength(1, 'Het bestand bevat geen Quick Scan.'),
    v.maxLength(MAX_SCANS),
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
  if (byteSize > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `Dit bestand is te groot (meer dan ${MAX_FILE_BYTES / 1024 / 1024} MB). Een bestand van deze tool is veel kleiner; kies het juiste bestand.`,
    }
  }
  let raw: unknown
  try {
    raw = JSON.parse(content)
  } catch {
    return {
      ok: false,
      message:
        'Dit bestand is geen bestand van de Reflectietool: het is geen geldige JSON. Kies een bestand dat u met “Exporteren” of “Reservekopie” hebt gemaakt.',
    }
  }
  if (!isPlainObject(raw) || raw.tool !== FILE_TOOL) {
    return {
      ok: false,
      message:
        'Dit bestand komt niet van de Reflectietool eigen kracht. Kies een bestand dat u met “Exporteren” of “Reservekopie” hebt gemaakt.',
    }
  }
  const version = raw.formatVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      message: 'Dit bestand heeft geen geldige versie-aanduiding en kan niet worden gelezen.',
    }
  }
  if (version > FILE_FORMAT_VERSION) {
    return {
      ok: false,
      message: `Dit bestand is gemaakt met een nieuwere versie van de tool (bestandsversie ${version}). Open het in de nieuwste versie, of vraag de afzender om een bestand in versie ${FILE_FORMAT_VERSION}.`,
    }
  }
  const result = v.safeParse(fileSchema, migrate(raw))
  if (!result.success) {
    const issue = result.issues[0]
    const path = issue ? v.getDotPath(issue) : null
    const custom = issue && !/^Invalid/.test(issue.message) ? ` ${issue.message}` : ''
    return {
      ok: false,
      message: `Dit bestand is beschadigd of onvolledig en is niet ingelezen.${custom}${path ? ` (Probleem bij: ${path}.)` : ''} Er is niets veranderd aan uw concepten.`,
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
  const answers: Answer[] = []
  const seen = new Set<number>()
  for (const a of s.answers) {
    if (seen.has(a.question)) continue // the first answer to a question wins
    seen.add(a.question)
    answers.push({
      formatVersion: SCAN_FORMAT_VERSION,
      scanId: id,
      question: a.question,
      text: a.text,
      label: a.label,
      discuss: a.discuss,
      tally: { ...a.tally },
      fieldTimes: {},
      updatedAt: now,
    })
  }
  const meta: ScanMeta = {
    formatVersion: SCAN_FORMAT_VERSION,
    id,
    title: s.title,
    municipality: s.municipality,
    date: s.date,
    mode: s.mode,
    participants: s.participants.filter((p) => p.name || p.role),
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
