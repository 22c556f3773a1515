import { shallowRef, watch } from 'vue'
import { QUESTION_COUNT } from '@/content/questions'
import { firstOpenQuestion, type Answer, type AnswerMap, type ScanMeta } from '@/domain/scan'

/** Loaded on demand, like the scans store: the start page paints before Dexie has arrived. */
const repository = () => import('@/db/repository')

/** Where "Verdergaan" leads: the first open question, or the task list when all are answered. */
export const continuePath = (id: string, next: number | null | undefined) =>
  next ? `/scan/${id}/vraag/${next}` : `/scan/${id}`

const byQuestion = (answers: readonly Answer[]): AnswerMap =>
  Object.fromEntries(answers.map((a) => [a.question, a]))

async function lookUp(scan: ScanMeta): Promise<number | null> {
  if (scan.answeredCount >= QUESTION_COUNT) return null
  const found = await (await repository()).getScan(scan.id)
  return found ? firstOpenQuestion(byQuestion(found.answers)) : null
}

/**
 * The first open question of every draft in a (live) list, worked out again whenever the list
 * changes: an answer completed here or in another tab recounts its draft, so the list changes.
 * Until it is known (or when it cannot be read) a draft's way in is its task list.
 */
export function useContinueTargets(list: () => readonly ScanMeta[]) {
  const next = shallowRef<ReadonlyMap<string, number | null>>(new Map())
  let run = 0

  watch(
    list,
    async (scans) => {
      const mine = ++run
      if (scans.length === 0) {
        next.value = new Map()
        return
      }
      try {
        const entries = await Promise.all(scans.map(async (s) => [s.id, await lookUp(s)] as const))
        if (mine === run) next.value = new Map(entries)
      } catch {
        // Storage could not be read: the task list stays the way in.
      }
    },
    { immediate: true },
  )

  return {
    /** Whether the target of this draft is known (false for a moment after a change). */
    known: (scan: ScanMeta) => next.value.has(scan.id),
    /** The path "Verdergaan" links to now. */
    target: (scan: ScanMeta) => continuePath(scan.id, next.value.get(scan.id)),
    /** The path, looked up now when it is not known yet. */
    async resolve(scan: ScanMeta): Promise<string> {
      if (next.value.has(scan.id)) return continuePath(scan.id, next.value.get(scan.id))
      return continuePath(scan.id, await lookUp(scan).catch(() => null))
    },
  }
}
