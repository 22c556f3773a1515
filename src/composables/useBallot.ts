import { shallowRef } from 'vue'
import { STORAGE_KEYS } from '@/db/constants'
import { choose, newBallot, restoreBallot, type Ballot } from '@/domain/ballot'
import { scopeParam, type Choice, type VoteScope } from '@/domain/slip'
import type { Round } from '@/domain/tally'

/**
 * The ballot of this phone for one vote, kept in the phone's own localStorage at every change
 * (synchronously: a reload or a locked screen loses nothing). Without storage (a private
 * window that refuses it) the ballot lives as long as the page, and `kept` says so.
 */
export function useBallot(code: string, scope: VoteScope) {
  const key = `${STORAGE_KEYS.ballotPrefix}${code}-${scopeParam(scope)}`
  let raw: unknown = null
  let kept = true
  try {
    raw = JSON.parse(localStorage.getItem(key) ?? 'null')
  } catch {
    kept = false
  }
  const ballot = shallowRef<Ballot>(restoreBallot(raw, scope))
  const persisted = shallowRef(kept && save())

  function save(): boolean {
    try {
      localStorage.setItem(key, JSON.stringify(ballot.value))
      return true
    } catch {
      return false
    }
  }

  function set(round: Round, question: number, change: Partial<Choice>) {
    ballot.value = choose(ballot.value, scope, round, question, change)
    persisted.value = save()
  }

  /** A new, empty ballot with a new pseudonym: the next participant on a shared phone. */
  function next() {
    ballot.value = newBallot(scope)
    persisted.value = save()
  }

  return { ballot, set, next, persisted }
}
