import * as v from 'valibot'
import { QUESTION_COUNT } from '@/content/questions'
import { emptyFollowUp } from './agenda'
import { hardLimit, type LimitName } from './limits'
import { SESSION_CODE_PATTERN } from './slip'
import { emptyTally, MAX_COUNT, restoreTally, type Tally } from './tally'

/**
 * One definition per record. Each field of a scan, an answer, an action and the follow-up is
 * written here once: its value schema, its default, its typing limit. From these come
 * - the TypeScript types of the fields (AnswerFields, ActionFields, …);
 * - the exchange file's schema (`fileObject`): strict, limited to the hard limit, control
 *   characters removed, defaults for what older files lack;
 * - the restore of a stored record (`restoreFields`): lenient, field by field, so an older or
 *   partly damaged record keeps everything that is still good.
 * A new field is one line here, plus its UI.
 */

// ---- values, defined once ------------------------------------------------------------------

export const isoDateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))
export const timeSchema = v.pipe(v.number(), v.finite(), v.minValue(0))
export const questionNumberSchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(1),
  v.maxValue(QUESTION_COUNT),
)
export const labelSchema = v.picklist([1, 2, 3, 4] as const)
export const partSchema = v.picklist(['A', 'B', 'C'] as const)
export const fillModeSchema = v.picklist(['alone', 'group'] as const)
const countSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_COUNT))
export const tallySchema = v.object({
  1: countSchema,
  2: countSchema,
  3: countSchema,
  4: countSchema,
})

/** A vote with answer slips: its session code and its questions (from ≤ to). */
export const voteSchema = v.pipe(
  v.object({
    code: v.pipe(v.string(), v.regex(SESSION_CODE_PATTERN)),
    from: questionNumberSchema,
    to: questionNumberSchema,
  }),
  v.check((x) => x.from <= x.to),
)

// ---- how a field is described ----------------------------------------------------------------

export interface FieldSpec<T> {
  schema: v.GenericSchema<unknown, T>
  /** The value when a file or record lacks the field; without it the field is required. */
  fallback?: () => T
  /** Text: its typing limit (domain/limits.ts); files accept up to the hard limit. */
  limit?: LimitName
  /** Single-line text: line breaks become spaces and the ends are trimmed when a file is read. */
  line?: boolean
  /** A restore of its own (more forgiving than the schema), for stored records. */
  restore?: (raw: unknown) => T
}

const field = <T>(spec: FieldSpec<T>) => spec
const text = (limit: LimitName, line = false) =>
  field<string>({ schema: v.string(), fallback: () => '', limit, line })

type Specs = Record<string, FieldSpec<unknown>>
/** The values a set of field specs describes. */
export type Fields<F> = { [K in keyof F]: F[K] extends FieldSpec<infer T> ? T : never }

// ---- the records' fields ----------------------------------------------------------------------

export const participantFields = {
  name: text('participantName', true),
  role: text('participantRole', true),
}
export type Participant = Fields<typeof participantFields>

export const followUpFields = {
  /** Does the group meet again in the same composition? */
  meetAgain: field({
    schema: v.nullable(v.picklist(['ja', 'nee'] as const)),
    fallback: () => null,
  }),
  /** When (free text), if they meet again. */
  nextMeeting: text('followUpNextMeeting', true),
  /** Which parties pick up the points, if not the same group. */
  pickedUpBy: text('followUpText'),
  /** How participants hold each other to the agreements. */
  accountability: text('followUpText'),
}
export type FollowUp = Fields<typeof followUpFields>

const tallyField = field<Tally>({
  schema: tallySchema,
  fallback: emptyTally,
  restore: restoreTally,
})

export const answerFields = {
  question: field({ schema: questionNumberSchema }),
  text: text('answerText'),
  label: field({ schema: v.nullable(labelSchema), fallback: () => null }),
  /** Marked "Hier willen we over verder praten". */
  discuss: field({ schema: v.boolean(), fallback: () => false }),
  /** In a dialogue session: how many participants chose each label (the first round). */
  tally: tallyField,
  /** A second round, counted after the conversation ("na het gesprek"); empty when not held. */
  tallyAfter: tallyField,
  /**
   * The same two rounds counted from answer slips read by the camera (domain/slip.ts): kept
   * apart from the hand counts above ("7 via stembriefje, 2 met de hand"), added up for the
   * result (tally.ts countsOf).
   */
  slipTally: tallyField,
  slipTallyAfter: tallyField,
}
export type AnswerFields = Fields<typeof answerFields>

export const actionFields = {
  part: field({ schema: partSchema }),
  /** Sort key within the part; rows are listed by ascending order. */
  order: field({ schema: v.pipe(v.number(), v.finite()), fallback: () => 0 }),
  action: text('actionText'),
  who: text('actionWho'),
  /** Free text: "voor de zomer", "Q1 2027". */
  when: text('actionWhen', true),
  /** Optional date (yyyy-mm-dd) or ''. */
  whenDate: field({ schema: v.union([isoDateSchema, v.literal('')]), fallback: () => '' }),
  /** The question this action came from, if any. */
  question: field({ schema: v.nullable(questionNumberSchema), fallback: () => null }),
}
export type ExportedActionFields = Fields<typeof actionFields>

// ---- files: strict -----------------------------------------------------------------------------

const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(controlChars, '')
const oneLine = (s: string) => s.replace(/\n/g, ' ').trim()

function fileEntry<T>(spec: FieldSpec<T>): v.GenericSchema<unknown, T> {
  let schema: v.GenericSchema<unknown, unknown> = spec.schema
  if (spec.limit) {
    schema = v.pipe(
      v.string(),
      v.maxLength(hardLimit(spec.limit)),
      v.transform((s) => (spec.line ? oneLine(clean(s)) : clean(s))),
    )
  }
  return (spec.fallback ? v.optional(schema, spec.fallback) : schema) as v.GenericSchema<unknown, T>
}

/** The file schemas of these fields, one per field (to spread into a larger object). */
export function fileEntries<F extends Specs>(specs: F): Record<keyof F, v.GenericSchema> {
  return Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, fileEntry(s)])) as Record<
    keyof F,
    v.GenericSchema
  >
}

/** The schema of these fields in the exchange file. */
export function fileObject<F extends Specs>(specs: F) {
  return v.object(fileEntries(specs)) as unknown as v.GenericSchema<unknown, Fields<F>>
}

// ---- stored records: lenient -----------------------------------------------------------------

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null

/**
 * These fields of a stored record, each checked on its own: a good value is kept, a number
 * stored as text is read as a number, anything else gets the field's default. Returns null when
 * a required field (no default) is missing or wrong, or when the record is not an object.
 */
export function restoreFields<F extends Specs>(specs: F, raw: unknown): Fields<F> | null {
  if (!isObject(raw)) return null
  const out: Record<string, unknown> = {}
  for (const [key, spec] of Object.entries(specs)) {
    const value = raw[key]
    if (spec.restore) {
      out[key] = spec.restore(value)
      continue
    }
    let parsed = v.safeParse(spec.schema, value)
    if (!parsed.success && typeof value === 'string' && value.trim() !== '') {
      parsed = v.safeParse(spec.schema, Number(value))
    }
    if (parsed.success) out[key] = parsed.output
    else if (spec.fallback) out[key] = spec.fallback()
    else return null
  }
  return out as Fields<F>
}

/** Only these fields of a record, in their order (what goes into a file). */
export function pickFields<F extends Specs>(specs: F, record: Fields<F>): Fields<F> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(specs)) out[key] = (record as Record<string, unknown>)[key]
  return out as Fields<F>
}

// ---- the scan's own fields (after the helpers: they use the file schemas of their parts) ------

const restoreParticipants = (raw: unknown): Participant[] =>
  (Array.isArray(raw) ? raw : [])
    .map((p) => restoreFields(participantFields, p))
    .filter((p): p is Participant => p !== null && (p.name !== '' || p.role !== ''))

export const scanFields = {
  title: text('title', true),
  municipality: text('municipality', true),
  /** ISO date (yyyy-mm-dd) the scan is about. Stored records without one get their creation date. */
  date: field<string>({
    schema: isoDateSchema,
    restore: (raw) => (v.is(isoDateSchema, raw) ? raw : ''),
  }),
  mode: field({ schema: fillModeSchema, fallback: () => 'alone' as const }),
  participants: field<Participant[]>({
    schema: v.pipe(
      v.array(fileObject(participantFields)),
      v.maxLength(hardLimit('participants')),
      v.transform((ps) => ps.filter((p) => p.name !== '' || p.role !== '')),
    ),
    fallback: () => [],
    restore: restoreParticipants,
  }),
  createdAt: field({ schema: timeSchema, fallback: () => 0 }),
  updatedAt: field({ schema: timeSchema, fallback: () => 0 }),
  /** Agreements on follow-up of the action agenda. */
  followUp: field<FollowUp>({
    schema: fileObject(followUpFields),
    fallback: emptyFollowUp,
    restore: (raw) => restoreFields(followUpFields, raw) ?? emptyFollowUp(),
  }),
}
export type ScanMetaFields = Fields<typeof scanFields>

// ---- the dialogue session's shared state (presenter → audience) --------------------------------

const stopwatchFields = {
  /** Time counted before the current run. */
  elapsedMs: field({ schema: v.pipe(v.number(), v.finite(), v.minValue(0)), fallback: () => 0 }),
  /** When the current run started (epoch ms), or null when stopped. */
  since: field({
    schema: v.nullable(v.pipe(v.number(), v.finite(), v.gtValue(0))),
    fallback: () => null,
  }),
}
export type Stopwatch = Fields<typeof stopwatchFields>

const stopped = (): Stopwatch => ({ elapsedMs: 0, since: null })
const stopwatch = field<Stopwatch>({
  schema: fileObject(stopwatchFields),
  fallback: stopped,
  restore: (raw) => restoreFields(stopwatchFields, raw) ?? stopped(),
})

export const sessionFields = {
  question: field({ schema: questionNumberSchema, fallback: () => 1 }),
  revealed: field({ schema: v.boolean(), fallback: () => false }),
  blank: field({ schema: v.boolean(), fallback: () => false }),
  session: stopwatch,
  perQuestion: stopwatch,
  /** The question's time shown large on the projector (K). */
  clockShown: field({ schema: v.boolean(), fallback: () => false }),
  /** Which round the labels are counted in: 1 the first impression, 2 after the conversation. */
  round: field({ schema: v.picklist([1, 2] as const), fallback: () => 1 as const }),
  /**
   * A vote with answer slips (domain/slip.ts): its session code and questions, while it lasts.
   * The slips themselves stay with the presenter (ballotBox.ts), never in this shared state.
   */
  vote: field({
    schema: v.nullable(voteSchema),
    fallback: () => null,
  }),
  /** The projector shows how to join the vote (QR code, address, session code). */
  joinShown: field({ schema: v.boolean(), fallback: () => false }),
  /** Minutes per question to count down from; 0 counts up. */
  countdownMinutes: field({
    schema: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60)),
    fallback: () => 0,
  }),
}
export type SessionFields = Fields<typeof sessionFields>
