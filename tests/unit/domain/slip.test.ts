import { describe, expect, it } from 'vitest'
import {
  checksum,
  decodeSlip,
  encodeSlip,
  parseScopeParam,
  randomCode,
  readSlip,
  scopeParam,
  type Choice,
  type Slip,
} from '@/domain/slip'
import {
  accept,
  discussCounts,
  newBox,
  restoreBox,
  slipCount,
  slipTallies,
} from '@/domain/ballotBox'
import { choose, newBallot, restoreBallot, slipText } from '@/domain/ballot'
import { countsOf, finalTally } from '@/domain/tally'
import { sourcesOf, sourcesText } from '@/domain/ballotBox'
import { restoreSession, reduce, initialSession } from '@/domain/session'

const ALL: Choice[] = [null, 1, 2, 3, 4].flatMap((label) =>
  [false, true].map((discuss) => ({ label: label as Choice['label'], discuss })),
)

const slip = (over: Partial<Slip> = {}): Slip => ({
  code: 'K7QX',
  round: 1,
  pseudonym: '7HQ2MZ4P',
  sequence: 3,
  from: 1,
  to: 1,
  choices: [{ label: 2, discuss: false }],
  ...over,
})

/** Every combination of n choices (10^n). */
function* combinations(n: number): Generator<Choice[]> {
  if (n === 0) {
    yield []
    return
  }
  for (const rest of combinations(n - 1)) for (const c of ALL) yield [...rest, c]
}

describe('answer slip', () => {
  it('round-trips every choice combination of a round of one and of three questions', () => {
    let n = 0
    for (const [from, to] of [
      [7, 7],
      [13, 15],
    ] as const) {
      for (const choices of combinations(to - from + 1)) {
        for (const round of [1, 2] as const) {
          const s = slip({ from, to, choices, round })
          const text = encodeSlip(s)
          expect(text).toMatch(/^[0-9A-Z:]+$/)
          expect(decodeSlip(text)).toEqual({ ok: true, slip: s })
          n++
        }
      }
    }
    expect(n).toBe(2 * (10 + 1000))
  })

  it('round-trips all fifteen questions in a few dozen characters', () => {
    const choices = Array.from({ length: 15 }, (_, i) => ALL[(i * 7) % ALL.length]!)
    const s = slip({ from: 1, to: 15, choices, sequence: 9999, pseudonym: randomCode(8) })
    const text = encodeSlip(s)
    expect(text.length).toBeLessThanOrEqual(50)
    expect(decodeSlip(text)).toEqual({ ok: true, slip: s })
    // As a phone's camera app might hand it over: lower case, with white space around.
    expect(decodeSlip(`  ${text.toLowerCase()}\n`)).toEqual({ ok: true, slip: s })
  })

  it('refuses a slip whose checksum does not match any change of one character', () => {
    const text = encodeSlip(slip({ from: 1, to: 5, choices: ALL.slice(0, 5) }))
    const body = text.slice(0, -5)
    let refused = 0
    for (let i = 0; i < body.length; i++) {
      if (body[i] === ':') continue
      const other = body[i] === '2' ? '3' : '2'
      const changed = `${body.slice(0, i)}${other}${body.slice(i + 1)}${text.slice(-5)}`
      const result = decodeSlip(changed)
      expect(result.ok).toBe(false)
      refused++
    }
    expect(refused).toBeGreaterThan(20)
    expect(decodeSlip(`${body}:0000`)).toEqual({ ok: false, problem: 'checksum' })
    expect(checksum('a')).not.toBe(checksum('b'))
  })

  it('names each kind of bad slip', () => {
    expect(decodeSlip('https://example.org')).toEqual({ ok: false, problem: 'not-a-slip' })
    expect(decodeSlip('')).toEqual({ ok: false, problem: 'not-a-slip' })
    expect(decodeSlip('EK1:' + 'X'.repeat(200))).toEqual({ ok: false, problem: 'not-a-slip' })
    expect(decodeSlip('EK2:K7QX:1:7HQ2MZ4P:3:01:2:AAAA')).toEqual({
      ok: false,
      problem: 'newer-version',
    })
    // Sixteen digits, question 0, questions past 15, an O in the code: never a slip.
    const forged = (body: string) => decodeSlip(`${body}:${checksum(`${body}:`)}`)
    expect(forged('EK1:K7QX:1:7HQ2MZ4P:3:01:1111111111111111').ok).toBe(false)
    expect(forged('EK1:K7QX:1:7HQ2MZ4P:3:00:1').ok).toBe(false)
    expect(forged('EK1:K7QX:1:7HQ2MZ4P:3:14:111')).toEqual({ ok: false, problem: 'not-a-slip' })
    expect(forged('EK1:K7QO:1:7HQ2MZ4P:3:01:1').ok).toBe(false)
    expect(forged('EK1:K7QX:3:7HQ2MZ4P:3:01:1').ok).toBe(false)
    expect(forged('EK1:K7QX:1:7HQ2MZ4P:3:01:1').ok).toBe(true)

    const expected = { code: 'K7QX', round: 1 as const, from: 1, to: 1 }
    expect(readSlip(encodeSlip(slip()), expected).ok).toBe(true)
    expect(readSlip(encodeSlip(slip({ code: 'AAAA' })), expected)).toMatchObject({
      ok: false,
      problem: 'other-session',
    })
    expect(readSlip(encodeSlip(slip({ round: 2 })), expected)).toMatchObject({
      ok: false,
      problem: 'other-round',
    })
    expect(readSlip(encodeSlip(slip({ from: 2, to: 2 })), expected)).toMatchObject({
      ok: false,
      problem: 'other-questions',
    })
    expect(() => encodeSlip(slip({ from: 1, to: 2 }))).toThrow()
  })

  it('reads and writes the scope of the ballot address', () => {
    expect(parseScopeParam('3')).toEqual({ from: 3, to: 3 })
    expect(parseScopeParam('1-15')).toEqual({ from: 1, to: 15 })
    for (const bad of ['0', '16', '5-3', '1-16', 'a', '', undefined, '1-2-3']) {
      expect(parseScopeParam(bad)).toBeNull()
    }
    expect(scopeParam({ from: 6, to: 10 })).toBe('6-10')
  })
})

describe('ballot box (the presenter side)', () => {
  const vote = { code: 'K7QX', from: 1, to: 2 }
  const two = (a: Choice['label'], b: Choice['label'], over: Partial<Slip> = {}) =>
    slip({
      from: 1,
      to: 2,
      choices: [
        { label: a, discuss: false },
        { label: b, discuss: true },
      ],
      ...over,
    })

  it('counts a slip once, replaces it by a newer one, ignores an older one', () => {
    let box = newBox(vote)
    let r = accept(box, two(1, 2))
    expect(r.outcome).toBe('counted')
    box = r.box
    r = accept(box, two(1, 2))
    expect(r.outcome).toBe('again')
    expect(r.box).toBe(box)
    r = accept(box, two(4, 4, { sequence: 5 }))
    expect(r.outcome).toBe('replaced')
    box = r.box
    expect(accept(box, two(1, 1, { sequence: 4 })).outcome).toBe('older')
    r = accept(box, two(1, null, { pseudonym: 'ABCDEFGH' }))
    box = r.box
    expect(slipCount(box, 1)).toBe(2)
    expect(slipTallies(box, 1).get(1)).toEqual({ 1: 1, 2: 0, 3: 0, 4: 1 })
    expect(slipTallies(box, 1).get(2)).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1 })
    expect(discussCounts(box, 1).get(2)).toBe(2)
    // The second round is counted apart.
    box = accept(box, two(2, 2, { round: 2 })).box
    expect(slipCount(box, 2)).toBe(1)
    expect(slipTallies(box, 2).get(1)).toEqual({ 1: 0, 2: 1, 3: 0, 4: 0 })
  })

  it('is read back from storage part by part, never trusting it', () => {
    let box = newBox(vote)
    box = accept(box, two(1, 2)).box
    expect(restoreBox(JSON.parse(JSON.stringify(box)))).toEqual(box)
    expect(restoreBox({ vote: { code: 'K7QO', from: 1, to: 2 }, slips: {} })).toBeNull()
    expect(restoreBox({ vote: { code: 'K7QX', from: 3, to: 2 }, slips: {} })).toBeNull()
    const damaged = restoreBox({
      vote,
      slips: {
        1: {
          '7HQ2MZ4P': { sequence: 1, choices: [{ label: 9 }, { label: 1 }] },
          ABCDEFGH: { sequence: 2, choices: [{ label: 1 }, { label: 2 }] },
          '<img>': { sequence: 2, choices: [{ label: 1 }, { label: 2 }] },
          JKLMNPQR: { sequence: 1e9, choices: [{ label: 1 }, { label: 2 }] },
        },
        2: 'x',
      },
    })
    expect(damaged && Object.keys(damaged.slips[1])).toEqual(['ABCDEFGH'])
    expect(damaged && slipCount(damaged, 2)).toBe(0)
  })
})

describe('ballot (the phone side)', () => {
  const scope = { from: 6, to: 10 }
  it('raises the sequence with every change and shows it on the slip', () => {
    let b = newBallot(scope, 'ABCDEFGH')
    b = choose(b, scope, 1, 7, { label: 3 })
    b = choose(b, scope, 1, 7, { discuss: true })
    b = choose(b, scope, 2, 10, { label: 1 })
    expect(choose(b, scope, 1, 5, { label: 1 })).toBe(b)
    expect(b.sequence).toBe(3)
    const read = decodeSlip(slipText(b, 'K7QX', scope, 1))
    expect(read.ok && read.slip.choices[1]).toEqual({ label: 3, discuss: true })
    expect(read.ok && read.slip.sequence).toBe(3)
    expect(restoreBallot(JSON.parse(JSON.stringify(b)), scope)).toEqual(b)
    // Stored for another set of questions, or broken: a fresh ballot.
    expect(restoreBallot(b, { from: 1, to: 15 }).choices[1]).toHaveLength(15)
    expect(restoreBallot({ pseudonym: '<b>' }, scope).pseudonym).toMatch(/^[A-Z2-9]{8}$/)
  })
})

describe('slips and hand counts', () => {
  it('add up, and are shown apart', () => {
    const answer = {
      tally: { 1: 1, 2: 1, 3: 0, 4: 0 },
      slipTally: { 1: 5, 2: 0, 3: 2, 4: 0 },
      tallyAfter: { 1: 0, 2: 0, 3: 0, 4: 0 },
      slipTallyAfter: { 1: 0, 2: 3, 3: 0, 4: 0 },
    }
    const c = countsOf(answer)
    expect(c.tally).toEqual({ 1: 6, 2: 1, 3: 2, 4: 0 })
    expect(finalTally(c)).toEqual({ 1: 0, 2: 3, 3: 0, 4: 0 })
    expect(sourcesText(sourcesOf(answer, 1))).toBe('7 via stembriefje, 2 met de hand')
    expect(sourcesText(sourcesOf({ tally: answer.tally }, 1))).toBe('')
  })
})

describe('session with a vote', () => {
  it('starts and ends a vote, shows and hides how to join', () => {
    let s = reduce(
      initialSession(),
      { type: 'start-vote', vote: { code: 'K7QX', from: 1, to: 15 } },
      0,
    )
    expect(s.vote).toEqual({ code: 'K7QX', from: 1, to: 15 })
    expect(s.joinShown).toBe(true)
    expect(restoreSession(JSON.parse(JSON.stringify(s)))).toEqual(s)
    s = reduce(s, { type: 'toggle-join' }, 0)
    expect(s.joinShown).toBe(false)
    s = reduce(s, { type: 'end-vote' }, 0)
    expect(s.vote).toBeNull()
    expect(reduce(s, { type: 'toggle-join' }, 0).joinShown).toBe(false)
    const bad = reduce(
      initialSession(),
      { type: 'start-vote', vote: { code: 'K7QO', from: 3, to: 2 } },
      0,
    )
    expect(bad.vote).toBeNull()
    expect(restoreSession({ ...s, vote: { code: 'x', from: 1, to: 1 } }).vote).toBeNull()
  })
})
