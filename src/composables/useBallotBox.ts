import { shallowRef } from 'vue'
import { STORAGE_KEYS } from '@/db/constants'
import {
  accept,
  newBox,
  restoreBox,
  slipCount,
  slipTallies,
  tallyProp,
  type BallotBox,
  type Outcome,
  type Vote,
} from '@/domain/ballotBox'
import { readSlip, type SlipProblem, type Slip } from '@/domain/slip'
import { total, type Round, type Tally } from '@/domain/tally'
import { useScanStore } from '@/stores/scan'

/**
 * The presenter's ballot box for the open scan: the slips read while a vote lasts, kept in
 * localStorage at each slip (a reload of the presenter counts no slip twice), and the counts
 * they make written to the answers (slipTally, slipTallyAfter) of the vote's questions. Ending
 * the vote drops the box, pseudonyms and all; the counts stay.
 */
export type ReadResult =
  { ok: true; outcome: Outcome; slip: Slip } | { ok: false; problem: SlipProblem; slip?: Slip }

const sameTally = (a: Tally, b: Tally) => ([1, 2, 3, 4] as const).every((l) => a[l] === b[l])

/** A box not touched for this long is dropped: the session is over, the pseudonyms go. */
export const BOX_KEPT_MS = 12 * 60 * 60 * 1000

export function useBallotBox(scanId: string) {
  const scan = useScanStore()
  const key = `${STORAGE_KEYS.ballotBoxPrefix}${scanId}`
  const box = shallowRef<BallotBox | null>(load())

  /** The stored box, or null when there is none, it is damaged or it is older than BOX_KEPT_MS. */
  function load(): BallotBox | null {
    try {
      const raw = JSON.parse(localStorage.getItem(key) ?? 'null') as { touchedAt?: unknown } | null
      const fresh = Number(raw?.touchedAt) > Date.now() - BOX_KEPT_MS
      if (!fresh) localStorage.removeItem(key)
      return fresh ? restoreBox((raw as { box?: unknown }).box) : null
    } catch {
      return null
    }
  }

  function keep() {
    try {
      if (box.value)
        localStorage.setItem(key, JSON.stringify({ box: box.value, touchedAt: Date.now() }))
      else localStorage.removeItem(key)
    } catch {
      /* storage full or blocked: the box lives in memory as long as the page */
    }
  }

  /**
   * Writes the counts of a round's slips to the answers where they differ from what is stored.
   * Only once the round has a slip: a vote in which nothing was read leaves the counts of an
   * earlier vote as they were; its first slip of a round starts that round's count anew.
   */
  async function writeCounts(round: Round) {
    if (!box.value || slipCount(box.value, round) === 0) return
    const prop = tallyProp(round, 'slips')
    const at = Date.now()
    const writes: Promise<unknown>[] = []
    for (const [question, tally] of slipTallies(box.value, round)) {
      const stored = (scan.answers[question]?.[prop] as Tally | undefined) ?? null
      if (stored && sameTally(stored, tally)) continue
      if (!stored && total(tally) === 0) continue
      writes.push(scan.saveField({ kind: 'answer', question, prop }, tally, at))
    }
    await Promise.all(writes)
  }

  /** A new vote: an empty box. */
  function start(vote: Vote) {
    box.value = newBox(vote)
    keep()
  }

  function end() {
    box.value = null
    keep()
  }

  /** Reads one slip's text for the round being counted. */
  async function read(text: string, round: Round): Promise<ReadResult> {
    // Another presenter tab of this scan may have read slips since: start from what is stored.
    const stored = load()
    if (stored && stored.vote.code === box.value?.vote.code) box.value = stored
    if (!box.value) return { ok: false, problem: 'other-session' }
    const decoded = readSlip(text, { ...box.value.vote, round })
    if (!decoded.ok) return decoded
    const result = accept(box.value, decoded.slip)
    if (result.outcome === 'counted' || result.outcome === 'replaced') {
      box.value = result.box
      keep()
      await writeCounts(round)
    }
    return { ok: true, outcome: result.outcome, slip: decoded.slip }
  }

  // A presenter reloaded mid-vote: the stored counts follow the box again.
  if (box.value) void Promise.all([writeCounts(1), writeCounts(2)]).catch(() => {})

  return { box, start, end, read }
}
