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

interface Known {
  /** The draft's change time when it was looked up: a later change looks it up again. */
  at: number
  next: number | null
}

/**
 * The first open question of every draft in a (live) list, worked out again for a draft when it
 * changes: an answer completed here or in another tab recounts its draft, so the list changes.
 * Pass only the drafts on screen: with a thousand drafts, only the shown ones have their answers
 * read (a draft not looked up yet is resolved on click). Until it is known (or when it cannot be
 * read) a draft's way in is its task list.
 */
export function useContinueTargets(list: () => readonly ScanMeta[]) {
  const known = shallowRef<ReadonlyMap<string, Known>>(new Map())
  let run = 0

  watch(
    list,
    async (scans) => {
      const mine = ++run
      const stale = scans.filter((s) => known.value.get(s.id)?.at !== s.updatedAt)
      if (stale.length === 0) return
      try {
        const entries = await Promise.all(
          stale.map(async (s) => [s.id, { at: s.updatedAt, next: await lookUp(s) }] as const),
        )
        if (mine !== run) return
        // What was shown before stays known (a search cleared shows it again at once).
        const merged = new Map(known.value)
        for (const [id, entry] of entries) merged.set(id, entry)
        known.value = merged
      } catch {
        // Storage could not be read: the task list stays the way in.
      }
    },
    { immediate: true },
  )

  return {
    /** Whether the target of this draft is known (false for a moment after a change). */
    known: (scan: ScanMeta) => known.value.get(scan.id)?.at === scan.updatedAt,
    /** The path "Verdergaan" links to now. */
    target: (scan: ScanMeta) => continuePath(scan.id, known.value.get(scan.id)?.next),
    /** The path, looked up now when it is not known yet. */
    async resolve(scan: ScanMeta): Promise<string> {
      const entry = known.value.get(scan.id)
      if (entry?.at === scan.updatedAt) return continuePath(scan.id, entry.next)
      return continuePath(scan.id, await lookUp(scan).catch(() => null))
    },
  }
}
