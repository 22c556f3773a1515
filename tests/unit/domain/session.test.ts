import { describe, expect, it } from 'vitest'
import {
  elapsed,
  formatDuration,
  initialSession,
  questionClock,
  reduce,
  restoreSession,
} from '@/domain/session'
import {
  consensus,
  countsOf,
  emptyTally,
  finalTally,
  majority,
  restoreTally,
  setCount,
  shift,
  shiftText,
  spread,
  stackedSegments,
  sumTallies,
  total,
} from '@/domain/tally'

describe('session reducer', () => {
  it('moves between questions within 1-15; a new question starts hidden and not blank', () => {
    let s = initialSession()
    s = reduce(s, { type: 'previous' }, 0)
    expect(s.question).toBe(1)
    s = reduce(s, { type: 'toggle-blank' }, 0)
    expect(s).toMatchObject({ revealed: false, blank: true })
    // Revealing ends the pause: the room sees the answers.
    s = reduce(s, { type: 'toggle-reveal' }, 0)
    expect(s).toMatchObject({ revealed: true, blank: false })
    s = reduce(s, { type: 'next' }, 0)
    expect(s).toMatchObject({ question: 2, revealed: false, blank: false })
    s = reduce(s, { type: 'goto', question: 99 }, 0)
    expect(s.question).toBe(15)
    expect(reduce(s, { type: 'next' }, 0)).toBe(s)
  })

  it('runs a session timer and a per-question timer that restarts on every question', () => {
    let s = initialSession()
    s = reduce(s, { type: 'toggle-timer' }, 1000)
    expect(elapsed(s.session, 61_000)).toBe(60_000)
    s = reduce(s, { type: 'next' }, 31_000)
    expect(elapsed(s.perQuestion, 41_000)).toBe(10_000)
    s = reduce(s, { type: 'toggle-timer' }, 41_000)
    expect(elapsed(s.session, 999_999)).toBe(40_000)
    expect(elapsed(s.perQuestion, 999_999)).toBe(10_000)
    expect(formatDuration(40_000)).toBe('0:40')
    expect(formatDuration(3_725_000)).toBe('1:02:05')
  })

  it('restores anything into a valid state', () => {
    expect(restoreSession('x')).toEqual(initialSession())
    expect(
      restoreSession({ question: 4, revealed: true, session: { elapsedMs: -3, since: 'nu' } }),
    ).toMatchObject({
      question: 4,
      revealed: true,
      blank: false,
      session: { elapsedMs: 0, since: null },
    })
    expect(restoreSession({ question: 16 }).question).toBe(1)
  })
})

describe('tally and consensus', () => {
  it('counts, clamps and restores', () => {
    let t = emptyTally()
    t = setCount(t, 2, 5)
    t = setCount(t, 3, -4)
    t = setCount(t, 4, 2.7)
    expect(t).toEqual({ 1: 0, 2: 5, 3: 0, 4: 2 })
    expect(total(t)).toBe(7)
    expect(restoreTally({ 1: '3', 2: 'x', 3: 1e9, 4: -1 })).toEqual({ 1: 3, 2: 0, 3: 999, 4: 0 })
    expect(restoreTally(undefined)).toEqual(emptyTally())
  })

  it('finds the majority, the spread and whether there is a shared view', () => {
    expect(majority({ 1: 6, 2: 1, 3: 0, 4: 0 })).toBe(1)
    expect(majority({ 1: 3, 2: 3, 3: 0, 4: 0 })).toBeNull()
    expect(majority(emptyTally())).toBeNull()
    expect(spread({ 1: 2, 2: 0, 3: 1, 4: 0 })).toBe(2)
    expect(spread({ 1: 0, 2: 4, 3: 0, 4: 0 })).toBe(0)
    expect(consensus(emptyTally())).toBe('geen-stemmen')
    expect(consensus({ 1: 7, 2: 2, 3: 0, 4: 0 })).toBe('gedeeld')
    expect(consensus({ 1: 4, 2: 4, 3: 0, 4: 0 })).toBe('deels')
    expect(consensus({ 1: 5, 2: 0, 3: 1, 4: 0 })).toBe('niet-gedeeld')
    expect(consensus({ 1: 0, 2: 2, 3: 1, 4: 1 })).toBe('niet-gedeeld')
  })
})

describe('tally charts', () => {
  it('adds tallies per label and stacks a bar by share', () => {
    expect(
      sumTallies([
        { 1: 1, 2: 0, 3: 2, 4: 0 },
        { 1: 3, 2: 1, 3: 0, 4: 0 },
      ]),
    ).toEqual({
      1: 4,
      2: 1,
      3: 2,
      4: 0,
    })
    expect(stackedSegments({ 1: 1, 2: 0, 3: 3, 4: 0 }, 100)).toEqual([
      { label: 1, count: 1, x: 0, width: 25 },
      { label: 2, count: 0, x: 25, width: 0 },
      { label: 3, count: 3, x: 25, width: 75 },
      { label: 4, count: 0, x: 100, width: 0 },
    ])
    expect(stackedSegments(emptyTally(), 100).every((s) => s.width === 0)).toBe(true)
  })
})

describe('the time on the projector', () => {
  it('shows or hides the clock (K) and counts the question up, or down from the chosen minutes', () => {
    let s = reduce(initialSession(), { type: 'toggle-clock' }, 0)
    expect(s.clockShown).toBe(true)
    s = reduce(s, { type: 'toggle-timer' }, 1000) // the timer runs from 1 s
    expect(questionClock(s, 61_000)).toEqual({ ms: 60_000, over: false })
    s = reduce(s, { type: 'set-countdown', minutes: 3 }, 61_000)
    expect(questionClock(s, 61_000)).toEqual({ ms: 120_000, over: false })
    expect(questionClock(s, 181_000)).toEqual({ ms: 0, over: true })
    expect(questionClock(s, 999_000)).toEqual({ ms: 0, over: true })
    // A new question starts its own time; a length outside 0–60 minutes is ignored.
    s = reduce(s, { type: 'next' }, 200_000)
    expect(questionClock(s, 260_000)).toEqual({ ms: 120_000, over: false })
    expect(reduce(s, { type: 'set-countdown', minutes: 90 }, 0).countdownMinutes).toBe(3)
    expect(restoreSession(JSON.parse(JSON.stringify(s)))).toEqual(s)
    expect(reduce(s, { type: 'toggle-clock' }, 0).clockShown).toBe(false)
  })
})

describe('two counting rounds', () => {
  const t = (a: number, b: number, c: number, d: number) => ({ 1: a, 2: b, 3: c, 4: d })

  it('switches the round with 1 / 2 and starts every new question in the first round', () => {
    let s = initialSession()
    expect(s.round).toBe(1)
    s = reduce(s, { type: 'set-round', round: 2 }, 0)
    expect(s.round).toBe(2)
    expect(reduce(s, { type: 'set-round', round: 3 as never }, 0)).toBe(s)
    expect(reduce(s, { type: 'next' }, 0).round).toBe(1)
    expect(restoreSession({ round: 2 }).round).toBe(2)
    expect(restoreSession({ round: 7 }).round).toBe(1)
  })

  it('takes the counts after the conversation as the final ones once they exist', () => {
    expect(finalTally(countsOf(undefined))).toEqual(emptyTally())
    expect(finalTally({ tally: t(1, 2, 0, 0), tallyAfter: emptyTally() })).toEqual(t(1, 2, 0, 0))
    expect(finalTally({ tally: t(1, 2, 0, 0), tallyAfter: t(0, 3, 0, 0) })).toEqual(t(0, 3, 0, 0))
  })

  it('computes the shift: fewer labels or a better verdict is a more shared view', () => {
    expect(shift({ tally: t(1, 1, 1, 1), tallyAfter: emptyTally() })).toBeNull()
    const better = shift({ tally: t(2, 1, 3, 2), tallyAfter: t(5, 3, 0, 0) })!
    expect(better).toEqual({ from: 4, to: 2, direction: 'meer' })
    expect(shiftText(better)).toBe('Van 4 verschillende labels naar 2: meer gedeeld beeld')
    const worse = shift({ tally: t(6, 0, 0, 0), tallyAfter: t(3, 0, 0, 3) })!
    expect(worse.direction).toBe('minder')
    expect(shiftText(worse)).toBe('Van één label naar 2 verschillende labels: minder gedeeld beeld')
    // Same labels in use, but more people on the top one: more shared.
    expect(shift({ tally: t(3, 3, 0, 0), tallyAfter: t(5, 1, 0, 0) })!.direction).toBe('meer')
    const same = shift({ tally: t(2, 2, 0, 0), tallyAfter: t(2, 2, 0, 0) })!
    expect(shiftText(same)).toBe('Van 2 verschillende labels naar 2: even gedeeld als eerst')
    expect(shiftText(shift({ tally: t(1, 0, 1, 0), tallyAfter: t(0, 4, 0, 0) })!)).toBe(
      'Van 2 verschillende labels naar één label: meer gedeeld beeld',
    )
  })
})
