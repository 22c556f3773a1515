import type { AgendaAction } from './agenda'
import { LIMITS, type LimitName } from './limits'
import {
  actionFields,
  answerFields,
  followUpFields,
  type AnswerFields,
  type ExportedActionFields,
  type FieldSpec,
  type FollowUp,
} from './records'
import type { Answer, ScanMeta } from './scan'

/**
 * One field a user edits (an answer's text or label, an action's "Wie doet wat?", a follow-up
 * agreement), named so that the journal, the repository and the form fields agree on it.
 * Each stored record keeps the time each of its fields was last changed (`fieldTimes`), so a
 * value from the journal or from another tab can be compared with what is stored, per field.
 */
/** The fields a user edits, per record; their value types come from records.ts. */
export const ANSWER_PROPS = [
  'text',
  'label',
  'discuss',
  'tally',
  'tallyAfter',
  'slipTally',
  'slipTallyAfter',
] as const
export const ACTION_PROPS = ['action', 'who', 'when', 'whenDate'] as const
export const FOLLOW_UP_PROPS = ['meetAgain', 'nextMeeting', 'pickedUpBy', 'accountability'] as const

export type AnswerProp = (typeof ANSWER_PROPS)[number]
export type ActionProp = (typeof ACTION_PROPS)[number]
export type FollowUpProp = (typeof FOLLOW_UP_PROPS)[number]

export type FieldValues = Pick<AnswerFields, AnswerProp> &
  Pick<ExportedActionFields, ActionProp> &
  Pick<FollowUp, FollowUpProp>

export type FieldTarget =
  | { kind: 'answer'; question: number; prop: AnswerProp }
  | { kind: 'action'; id: string; prop: ActionProp }
  | { kind: 'followUp'; prop: FollowUpProp }

export type FieldProp = FieldTarget['prop']

/** The fields whose value is text (text fields), whatever record they belong to. */
export type TextProp = { [K in FieldProp]: FieldValues[K] extends string ? K : never }[FieldProp]
export type TextTarget = FieldTarget & { prop: TextProp }

/** When each field of a record was last changed (ms since 1970); absent means "long ago". */
export type FieldTimes = Partial<Record<FieldProp, number>>

/** A stable name for a field within its scan: "answer:3:text", "action:ab12:who". */
export function fieldKey(t: FieldTarget): string {
  switch (t.kind) {
    case 'answer':
      return `answer:${t.question}:${t.prop}`
    case 'action':
      return `action:${t.id}:${t.prop}`
    case 'followUp':
      return `followUp:${t.prop}`
  }
}

/** The fields users edit, as records.ts defines them (their limits among them). */
const editableSpecs: Record<string, FieldSpec<unknown>> = {
  ...answerFields,
  ...actionFields,
  ...followUpFields,
}

/** The typing limit of a text field, or null for choices and dates. */
export function limitOf(prop: FieldProp): LimitName | null {
  return editableSpecs[prop]?.limit ?? null
}

export function typingLimit(prop: FieldProp): number | null {
  const name = limitOf(prop)
  return name ? LIMITS[name] : null
}

export interface StoredField<T> {
  value: T
  /** When it was last changed; 0 for records from before field times were kept. */
  at: number
}

export interface StoredRecords {
  meta: ScanMeta | null
  answers: Readonly<Record<number, Answer | undefined>>
  actions: readonly AgendaAction[]
}

/** The stored value of a field and when it changed, or undefined when its record is missing. */
export function storedField(
  records: StoredRecords,
  t: FieldTarget,
): StoredField<FieldValues[FieldProp]> | undefined {
  switch (t.kind) {
    case 'answer': {
      const a = records.answers[t.question]
      return a ? { value: a[t.prop], at: a.fieldTimes[t.prop] ?? 0 } : undefined
    }
    case 'action': {
      const a = records.actions.find((x) => x.id === t.id)
      return a ? { value: a[t.prop], at: a.fieldTimes[t.prop] ?? 0 } : undefined
    }
    case 'followUp': {
      const m = records.meta
      return m ? { value: m.followUp[t.prop], at: m.fieldTimes[t.prop] ?? 0 } : undefined
    }
  }
}

/** A clock that never runs backwards within this tab, so two changes never share a time. */
let lastTime = 0
export function changeTime(now = Date.now()): number {
  lastTime = Math.max(now, lastTime + 1)
  return lastTime
}
