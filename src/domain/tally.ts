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
): { label: LabelValue; x: number; width: number }[] {
  const n = total(t)
  let x = 0
  return LABEL_VALUES.map((label) => {
    const w = n === 0 ? 0 : (t[label] / n) * width
    const segment = { label, x, width: w }
    x += w
    return segment
  })
}
