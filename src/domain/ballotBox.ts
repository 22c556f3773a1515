import * as v from 'valibot'
import type { LabelValue } from '@/content/labels'
import { voteSchema } from './records'
import {
  MAX_SEQUENCE,
  PSEUDONYM_PATTERN,
  restoreChoice,
  scopeQuestions,
  type Choice,
  type Slip,
  type VoteScope,
} from './slip'
import {
  emptyTally,
  MAX_COUNT,
  total,
  type Round,
  type StoredCounts,
  type Tally,
  type TALLY_PROPS,
} from './tally'

/**
 * The facilitator's side of a vote with answer slips: the slips read so far, per round, by
 * pseudonym, so that a slip read twice counts once and a newer slip of the same participant
 * replaces the older one. Pure functions; the presenter keeps the box in localStorage while the
 * vote lasts (a reload reads no slip twice) and drops it, pseudonyms and all, when the vote
 * ends. What stays are the counts per question (the answers' slipTally fields).
 */
export interface Vote extends VoteScope {
  /** The session code the slips must carry. */
  code: string
}

/** What one participant's latest slip said: its sequence and a choice per question. */
interface Entry {
  sequence: number
  choices: { label: LabelValue | null; discuss: boolean }[]
}

export interface BallotBox {
  vote: Vote
  slips: Record<Round, Record<string, Entry>>
}

export type Outcome = 'counted' | 'replaced' | 'again' | 'older' | 'full'

export const newBox = (vote: Vote): BallotBox => ({ vote, slips: { 1: {}, 2: {} } })

/** How many participants' slips a round holds. */
export const slipCount = (box: BallotBox, round: Round) => Object.keys(box.slips[round]).length

/**
 * Takes in a slip that readSlip accepted for this vote. A new pseudonym counts; the same one
 * with a higher sequence replaces its slip; the same sequence again, or a lower, changes nothing.
 */
export function accept(box: BallotBox, slip: Slip): { box: BallotBox; outcome: Outcome } {
  const round = box.slips[slip.round]
  const known = round[slip.pseudonym]
  if (known && slip.sequence === known.sequence) return { box, outcome: 'again' }
  if (known && slip.sequence < known.sequence) return { box, outcome: 'older' }
  if (!known && slipCount(box, slip.round) >= MAX_COUNT) return { box, outcome: 'full' }
  const entry: Entry = { sequence: slip.sequence, choices: slip.choices.map((c) => ({ ...c })) }
  return {
    box: { ...box, slips: { ...box.slips, [slip.round]: { ...round, [slip.pseudonym]: entry } } },
    outcome: known ? 'replaced' : 'counted',
  }
}

/** Per question of the vote: how many slips of this round chose each label. */
export function slipTallies(box: BallotBox, round: Round): Map<number, Tally> {
  const out = new Map(scopeQuestions(box.vote).map((q) => [q, emptyTally()]))
  for (const entry of Object.values(box.slips[round])) {
    entry.choices.forEach((c, i) => {
      if (c.label !== null) out.get(box.vote.from + i)![c.label] += 1
    })
  }
  return out
}

/** Per question: how many slips of this round said "Hier wil ik over praten". */
export function discussCounts(box: BallotBox, round: Round): Map<number, number> {
  const out = new Map(scopeQuestions(box.vote).map((q) => [q, 0]))
  for (const entry of Object.values(box.slips[round])) {
    entry.choices.forEach((c, i) => {
      if (c.discuss) out.set(box.vote.from + i, out.get(box.vote.from + i)! + 1)
    })
  }
  return out
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null

function restoreEntry(raw: unknown, length: number): Entry | null {
  if (!isObject(raw) || !Array.isArray(raw.choices) || raw.choices.length !== length) return null
  const sequence = Number(raw.sequence)
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > MAX_SEQUENCE) return null
  const choices = (raw.choices as unknown[]).map(restoreChoice)
  if (choices.some((c) => c === null)) return null
  return { sequence, choices: choices as Choice[] }
}

/** A box read back from storage, checked part by part; null when its vote is not valid. */
export function restoreBox(raw: unknown): BallotBox | null {
  if (!isObject(raw) || !isObject(raw.vote) || !isObject(raw.slips)) return null
  if (!v.is(voteSchema, raw.vote)) return null
  const vote = { code: raw.vote.code, from: raw.vote.from, to: raw.vote.to }
  const box = newBox(vote)
  for (const round of [1, 2] as const) {
    const stored = raw.slips[round]
    if (!isObject(stored)) continue
    for (const [pseudonym, entry] of Object.entries(stored).slice(0, MAX_COUNT)) {
      const restored = restoreEntry(entry, vote.to - vote.from + 1)
      if (PSEUDONYM_PATTERN.test(pseudonym) && restored) box.slips[round][pseudonym] = restored
    }
  }
  return box
}

// ---- counts by source (here, not in tally.ts: only the session's pages need them) -------------

/** The answer's own field for a round's count: by hand or from slips. */
export const tallyProp = (round: Round, source: 'hand' | 'slips') =>
  (source === 'hand' ? ['tally', 'tallyAfter'] : ['slipTally', 'slipTallyAfter'])[
    round - 1
  ] as (typeof TALLY_PROPS)[number]

/** One round's count, split by where it came from. */
export function sourcesOf(a: Partial<StoredCounts> | undefined, round: Round) {
  return {
    hand: a?.[tallyProp(round, 'hand')] ?? emptyTally(),
    slips: a?.[tallyProp(round, 'slips')] ?? emptyTally(),
  }
}

/** "7 via stembriefje, 2 met de hand"; empty when no slip was counted (hand counts only). */
export function sourcesText(s: { hand: Tally; slips: Tally }): string {
  const slips = total(s.slips)
  return slips === 0 ? '' : `${slips} via stembriefje, ${total(s.hand)} met de hand`
}
