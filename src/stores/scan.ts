import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { LabelValue } from '@/content/labels'
import * as repo from '@/db/repository'
import { progress, type Answer, type AnswerMap, type ScanMeta } from '@/domain/scan'
import { useStorageStore } from './storage'

/** The open scan: its meta and answers, followed live (other tabs included). */
export const useScanStore = defineStore('scan', () => {
  const storage = useStorageStore()
  const id = ref<string | null>(null)
  const meta = shallowRef<ScanMeta | null>(null)
  const answers = shallowRef<AnswerMap>({})
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
          state.value = 'missing'
          return
        }
        meta.value = result.meta
        const map: Record<number, Answer> = {}
        for (const a of result.answers) map[a.question] = a
        answers.value = map
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

  const saveMeta = (changes: repo.MetaChanges) => {
    const scanId = requireId()
    return storage.track(() => repo.updateScanMeta(scanId, changes))
  }

  const scanProgress = computed(() => progress(answers.value))

  return {
    id,
    meta,
    answers,
    state,
    open,
    close,
    saveText,
    saveLabel,
    saveMeta,
    progress: scanProgress,
  }
})
