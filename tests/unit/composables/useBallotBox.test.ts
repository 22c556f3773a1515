import { beforeEach, describe, expect, it, vi } from 'vitest'
import { BOX_KEPT_MS, useBallotBox } from '@/composables/useBallotBox'
import { encodeSlip, type Slip } from '@/domain/slip'
import { openTestScan } from '../scanFixture'

const vote = { code: 'K7QX', from: 2, to: 3 }
const slip = (over: Partial<Slip> = {}) =>
  encodeSlip({
    code: 'K7QX',
    round: 1,
    pseudonym: 'ABCDEFGH',
    sequence: 1,
    from: 2,
    to: 3,
    choices: [
      { label: 2, discuss: false },
      { label: 4, discuss: true },
    ],
    ...over,
  })

let scan: Awaited<ReturnType<typeof openTestScan>>
beforeEach(async () => {
  localStorage.clear()
  scan = await openTestScan({ title: 'Stemmen', mode: 'group' })
})

describe('useBallotBox', () => {
  it('writes the counts of the slips to the answers of the vote, per round', async () => {
    const box = useBallotBox(scan.id!)
    box.start(vote)
    expect(await box.read(slip(), 1)).toMatchObject({ ok: true, outcome: 'counted' })
    expect(await box.read(slip({ pseudonym: 'JKLMNPQR' }), 1)).toMatchObject({ ok: true })
    await vi.waitFor(() => {
      expect(scan.answers[2]?.slipTally).toEqual({ 1: 0, 2: 2, 3: 0, 4: 0 })
      expect(scan.answers[3]?.slipTally).toEqual({ 1: 0, 2: 0, 3: 0, 4: 2 })
    })
    expect(scan.answers[2]?.slipTallyAfter).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0 })
    expect(scan.answers[2]?.tally).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0 })
  })

  it('leaves the counts of an earlier vote until a slip of the new vote is read in that round', async () => {
    const first = useBallotBox(scan.id!)
    first.start(vote)
    await first.read(slip(), 1)
    await vi.waitFor(() => expect(scan.answers[2]?.slipTally[2]).toBe(1))
    first.end()
    // A second vote over the same questions: nothing read in round 1, so round 1 stands.
    first.start({ ...vote, code: 'ZZZZ' })
    await first.read(slip({ code: 'ZZZZ', round: 2 }), 2)
    await vi.waitFor(() => expect(scan.answers[2]?.slipTallyAfter[2]).toBe(1))
    expect(scan.answers[2]?.slipTally[2]).toBe(1)
    // A reloaded presenter rewrites what its box holds: round 2, not the empty round 1.
    useBallotBox(scan.id!)
    await new Promise((r) => setTimeout(r, 50))
    expect(scan.answers[2]?.slipTally[2]).toBe(1)
    // Its first slip of round 1 starts round 1 anew.
    await first.read(slip({ code: 'ZZZZ', pseudonym: 'JKLMNPQR' }), 1)
    await vi.waitFor(() => expect(scan.answers[2]?.slipTally[2]).toBe(1))
    expect(first.box.value && Object.keys(first.box.value.slips[1])).toEqual(['JKLMNPQR'])
  })

  it('takes in the slips another presenter tab read, so nobody is counted twice or lost', async () => {
    const a = useBallotBox(scan.id!)
    a.start(vote)
    const b = useBallotBox(scan.id!)
    await b.read(slip(), 1)
    expect(await a.read(slip(), 1)).toMatchObject({ ok: true, outcome: 'again' })
    await a.read(slip({ pseudonym: 'JKLMNPQR' }), 1)
    await vi.waitFor(() => expect(scan.answers[2]?.slipTally[2]).toBe(2))
  })

  it('forgets a box untouched for twelve hours, pseudonyms and all', () => {
    const a = useBallotBox(scan.id!)
    a.start(vote)
    const key = `rt-stembus-${scan.id}`
    const stored = JSON.parse(localStorage.getItem(key)!)
    localStorage.setItem(
      key,
      JSON.stringify({ ...stored, touchedAt: Date.now() - BOX_KEPT_MS - 1 }),
    )
    expect(useBallotBox(scan.id!).box.value).toBeNull()
    expect(localStorage.getItem(key)).toBeNull()
  })
})
