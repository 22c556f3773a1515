import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { LabelValue } from '@/content/labels'
import * as repo from '@/db/repository'
import type { PartId } from '@/content/parts'
import type { ActionFields, AgendaAction, FollowUp } from '@/domain/agenda'
import { progress, type Answer, type AnswerMap, type ScanMeta } from '@/domain/scan'
import type { Tally } from '@/domain/tally'
import { useStorageStore } from './storage'

/** The open scan: its meta and answers, followed live (other tabs included). */
export const useScanStore = defineStore('scan', () => {
  const storage = useStorageStore()
  const id = ref<string | null>(null)
  const meta = shallowRef<ScanMeta | null>(null)
  const answers = shallowRef<AnswerMap>({})
  const actions = shallowRef<AgendaAction[]>([])
  const lastDeletedAction = shallowRef<AgendaAction | null>(null)
  const state = ref<'idle' | 'loading' | 'ready' | 'missing'>('idle')
  let subscription: { unsubscribe(): void } | null = null

  function open(scanId: string) {
    if (id.value === scanId && subscription) return
    close()
    id.value = scanId
    state.value = 'loading'
    subscription = repo.watchScan(scanId).subscribe({
      next: (result) => {
        if (!result) {
          meta.value = null
          answers.value = {}
          actions.value = []
          state.value = 'missing'
          return
        }
        meta.value = result.meta
        const map: Record<number, Answer> = {}
        for (const a of result.answers) map[a.question] = a
        answers.value = map
        actions.value = result.actions
        state.value = 'ready'
      },
      error: () => {
        state.value = 'missing'
      },
    })
  }

  function close() {
    subscription?.unsubscribe()
    subscription = null
    id.value = null
    meta.value = null
    answers.value = {}
    actions.value = []
    lastDeletedAction.value = null
    state.value = 'idle'
  }

  function requireId(): string {
    if (!id.value) throw new Error('Er is geen Quick Scan geopend.')
    return id.value
  }

  const saveText = (question: number, text: string) => {
    const scanId = requireId()
    return storage.track(() => repo.updateAnswer(scanId, question, { text }))
  }

  const saveLabel = (question: number, label: LabelValue | null) => {
    const scanId = requireId()
    return storage.track(() => repo.updateAnswer(scanId, question, { label }))
  }

  const saveTally = (question: number, tally: Tally) => {
    const scanId = requireId()
    return storage.track(() => repo.updateAnswer(scanId, question, { tally }))
  }

  const saveDiscuss = (question: number, discuss: boolean) => {
    const scanId = requireId()
    return storage.track(() => repo.updateAnswer(scanId, question, { discuss }))
  }

  const addAction = (
    part: PartId,
    fields: Partial<ActionFields> = {},
    question: number | null = null,
  ) => {
    const scanId = requireId()
    return storage.track(() => repo.addAction(scanId, part, fields, question))
  }

  const updateAction = (id: string, changes: Partial<ActionFields>) =>
    storage.track(() => repo.updateAction(id, changes))

  const moveAction = (id: string, direction: -1 | 1) =>
    storage.track(() => repo.moveAction(id, direction))

  async function deleteAction(id: string) {
    lastDeletedAction.value = await storage.track(() => repo.deleteAction(id))
    return lastDeletedAction.value
  }

  async function undoDeleteAction() {
    const action = lastDeletedAction.value
    if (!action) return null
    await storage.track(() => repo.restoreDeletedAction(action))
    lastDeletedAction.value = null
    return action
  }

  const saveFollowUp = <K extends keyof FollowUp>(field: K, value: FollowUp[K]) => {
    const scanId = requireId()
    return storage.track(() => repo.updateFollowUp(scanId, field, value))
  }

  const saveMeta = (changes: repo.MetaChanges) => {
    const scanId = requireId()
    return storage.track(() => repo.updateScanMeta(scanId, changes))
  }

  const scanProgress = computed(() => progress(answers.value))

  return {
    id,
    meta,
    answers,
    actions,
    lastDeletedAction,
    state,
    open,
    close,
    saveText,
    saveLabel,
    saveDiscuss,
    saveTally,
    saveMeta,
    addAction,
    updateAction,
    moveAction,
    deleteAction,
    undoDeleteAction,
    saveFollowUp,
    progress: scanProgress,
  }
})
