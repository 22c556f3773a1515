import type { LabelValue } from '@/content/labels'

/**
 * Labels counted per participant in a dialogue session: how many chose label 1, 2, 3 and 4.
 * Pure functions for the numbers the facilitator and the consensus overview show.
 */
export type Tally = Record<LabelValue, number>

export const LABEL_VALUES: readonly LabelValue[] = [1, 2, 3, 4]
export const MAX_COUNT = 999

export const emptyTally = (): Tally => ({ 1: 0, 2: 0, 3: 0, 4: 0 })

export function restoreTally(raw: unknown): Tally {
  const t = emptyTally()
  if (typeof raw !== 'object' || raw === null) return t
  for (const l of LABEL_VALUES) {
    const n = Number((raw as Record<string, unknown>)[l])
    t[l] = Number.isInteger(n) && n > 0 ? Math.min(n, MAX_COUNT) : 0
  }
  return t
}

export function setCount(t: Tally, label: LabelValue, count: number): Tally {
  const n = Number.isFinite(count) ? Math.min(Math.max(Math.trunc(count), 0), MAX_COUNT) : 0
  return { ...t, [label]: n }
}

export const total = (t: Tally) => LABEL_VALUES.reduce((s, l) => s + t[l], 0)

/** The label most participants chose; null when nobody voted or two labels tie for most. */
export function majority(t: Tally): LabelValue | null {
  const max = Math.max(...LABEL_VALUES.map((l) => t[l]))
  if (max === 0) return null
  const top = LABEL_VALUES.filter((l) => t[l] === max)
  return top.length === 1 ? top[0]! : null
}

/** Highest minus lowest label that anyone chose (0 with fewer than two different labels). */
export function spread(t: Tally): number {
  const used = LABEL_VALUES.filter((l) => t[l] > 0)
  return used.length < 2 ? 0 : used[used.length - 1]! - used[0]!
}

export type Consensus = 'geen-stemmen' | 'gedeeld' | 'deels' | 'niet-gedeeld'

/**
 * "Gedeeld": at least two thirds chose one label and nobody is more than one label away.
 * "Niet gedeeld" (hier is (nog) geen gedeeld beeld): labels two or more apart, or half or more
 * chose label 3 or 4 (not agreed, or never thought about). Otherwise "deels".
 */
export function consensus(t: Tally): Consensus {
  const n = total(t)
  if (n === 0) return 'geen-stemmen'
  const top = Math.max(...LABEL_VALUES.map((l) => t[l]))
  if (spread(t) >= 2 || (t[3] + t[4]) * 2 >= n) return 'niet-gedeeld'
  if (top * 3 >= n * 2 && spread(t) <= 1) return 'gedeeld'
  return 'deels'
}

export const consensusText: Record<Consensus, string> = {
  'geen-stemmen': 'Nog niet geteld',
  gedeeld: 'Gedeeld beeld',
  deels: 'Deels gedeeld',
  'niet-gedeeld': 'Hier is (nog) geen gedeeld beeld',
}

/** The tallies added up per label (a part's totals). */
export function sumTallies(tallies: Iterable<Tally>): Tally {
  const sum = emptyTally()
  for (const t of tallies) for (const l of LABEL_VALUES) sum[l] += t[l]
  return sum
}

/** One stacked bar of `width` units: where each label's segment starts and how wide it is. */
export function stackedSegments(
  t: Tally,
  width: number,
): { label: LabelValue; count: number; x: number; width: number }[] {
  const n = total(t)
  let x = 0
  return LABEL_VALUES.map((label) => {
    const w = n === 0 ? 0 : (t[label] / n) * width
    const segment = { label, count: t[label], x, width: w }
    x += w
    return segment
  })
}

// ---- two rounds: a first impression, and the counts after the conversation ------------------

export type Round = 1 | 2

export const roundText: Record<Round, string> = { 1: 'Eerste indruk', 2: 'Na het gesprek' }

/** The counts of one question in a session: the first round, and the second when it was held. */
export interface Counts {
  tally: Tally
  tallyAfter: Tally
}

/** Where an answer keeps its counts: per round, by hand and from answer slips. */
export interface StoredCounts extends Counts {
  slipTally: Tally
  slipTallyAfter: Tally
}

export const TALLY_PROPS = ['tally', 'tallyAfter', 'slipTally', 'slipTallyAfter'] as const

/** The counts that stand per round: by hand and from slips, added up. */
export const countsOf = (a: Partial<StoredCounts> | undefined): Counts => ({
  tally: sumTallies([a?.tally ?? emptyTally(), a?.slipTally ?? emptyTally()]),
  tallyAfter: sumTallies([a?.tallyAfter ?? emptyTally(), a?.slipTallyAfter ?? emptyTally()]),
})

/** Whether anything was counted in either round. */
export const counted = (c: Counts) => total(c.tally) + total(c.tallyAfter) > 0

/** Whether the second round was counted. */
export const hasSecondRound = (c: Counts) => total(c.tallyAfter) > 0

/** The counts that stand: those after the conversation when counted, else the first round. */
export const finalTally = (c: Counts): Tally => (hasSecondRound(c) ? c.tallyAfter : c.tally)

/** How many different labels anyone chose. */
export const distinctLabels = (t: Tally) => LABEL_VALUES.filter((l) => t[l] > 0).length

export type ShiftDirection = 'meer' | 'minder' | 'gelijk'

export interface Shift {
  /** Different labels chosen in the first round and after the conversation. */
  from: number
  to: number
  direction: ShiftDirection
}

const consensusRank: Record<Consensus, number> = {
  'geen-stemmen': 0,
  'niet-gedeeld': 1,
  deels: 2,
  gedeeld: 3,
}

/**
 * How the picture moved between the rounds, or null unless both were counted. "Meer gedeeld
 * beeld" when, in this order of weight, the verdict (consensus) is better, fewer different labels
 * are in use, the labels lie closer together, or a larger share chose the most chosen label.
 */
export function shift(c: Counts): Shift | null {
  const [a, b] = [c.tally, c.tallyAfter]
  if (total(a) === 0 || total(b) === 0) return null
  const share = (t: Tally) => Math.max(...LABEL_VALUES.map((l) => t[l])) / total(t)
  const steps = [
    consensusRank[consensus(b)] - consensusRank[consensus(a)],
    distinctLabels(a) - distinctLabels(b),
    spread(a) - spread(b),
    share(b) - share(a),
  ]
  const first = steps.find((d) => Math.abs(d) > 1e-9) ?? 0
  return {
    from: distinctLabels(a),
    to: distinctLabels(b),
    direction: first > 0 ? 'meer' : first < 0 ? 'minder' : 'gelijk',
  }
}

export const shiftVerdict: Record<ShiftDirection, string> = {
  meer: 'meer gedeeld beeld',
  minder: 'minder gedeeld beeld',
  gelijk: 'even gedeeld als eerst',
}

const labelsPhrase = (n: number) => (n === 1 ? 'één label' : `${n} verschillende labels`)

/** "Van 4 verschillende labels naar 2: meer gedeeld beeld". */
export function shiftText(s: Shift): string {
  const to = s.to === 1 || s.from === 1 ? labelsPhrase(s.to) : String(s.to)
  return `Van ${labelsPhrase(s.from)} naar ${to}: ${shiftVerdict[s.direction]}`
}
