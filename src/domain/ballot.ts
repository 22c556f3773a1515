import {
  MAX_SEQUENCE,
  PSEUDONYM_PATTERN,
  encodeSlip,
  newPseudonym,
  restoreChoice,
  type Choice,
  type VoteScope,
} from './slip'
import type { Round } from './tally'

/**
 * The participant's side: what the ballot page on a phone keeps (in that phone's own storage)
 * between a reload or a locked screen. A pseudonym made once per vote, the choices per round,
 * and a sequence number raised by every change, so that the facilitator's reader takes the
 * newest slip of this phone and drops the older one. Pure functions.
 */
export interface Ballot {
  pseudonym: string
  sequence: number
  choices: Record<Round, Choice[]>
}

const emptyChoices = (scope: VoteScope): Choice[] =>
  Array.from({ length: scope.to - scope.from + 1 }, () => ({ label: null, discuss: false }))

export const newBallot = (scope: VoteScope, pseudonym = newPseudonym()): Ballot => ({
  pseudonym,
  sequence: 0,
  choices: { 1: emptyChoices(scope), 2: emptyChoices(scope) },
})

/** A ballot read back from the phone's storage; a new one when it does not fit this vote. */
export function restoreBallot(raw: unknown, scope: VoteScope): Ballot {
  const fresh = newBallot(scope)
  if (typeof raw !== 'object' || raw === null) return fresh
  const r = raw as Record<string, unknown>
  if (typeof r.pseudonym !== 'string' || !PSEUDONYM_PATTERN.test(r.pseudonym)) return fresh
  const sequence = Number(r.sequence)
  const ballot = newBallot(scope, r.pseudonym)
  ballot.sequence = Number.isInteger(sequence) ? Math.min(Math.max(sequence, 0), MAX_SEQUENCE) : 0
  const stored = (typeof r.choices === 'object' && r.choices) as Record<string, unknown> | false
  for (const round of [1, 2] as const) {
    const list = stored ? stored[round] : null
    if (!Array.isArray(list) || list.length !== ballot.choices[round].length) continue
    ballot.choices[round] = list.map(
      (c: unknown) => restoreChoice(c) ?? { label: null, discuss: false },
    )
  }
  return ballot
}

/** The ballot with one question's choice changed in one round (and a new sequence). */
export function choose(
  ballot: Ballot,
  scope: VoteScope,
  round: Round,
  question: number,
  change: Partial<Choice>,
): Ballot {
  const i = question - scope.from
  const list = ballot.choices[round]
  if (i < 0 || i >= list.length) return ballot
  return {
    ...ballot,
    sequence: Math.min(ballot.sequence + 1, MAX_SEQUENCE),
    choices: {
      ...ballot.choices,
      [round]: list.map((c, j) => (j === i ? { ...c, ...change } : c)),
    },
  }
}

/** How many questions of the round have a label. */
export const chosenCount = (ballot: Ballot, round: Round) =>
  ballot.choices[round].filter((c) => c.label !== null).length

/** The slip this ballot shows for a round of the vote with this code. */
export const slipText = (ballot: Ballot, code: string, scope: VoteScope, round: Round) =>
  encodeSlip({
    code,
    round,
    pseudonym: ballot.pseudonym,
    sequence: ballot.sequence,
    ...scope,
    choices: ballot.choices[round],
  })
