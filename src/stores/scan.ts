import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
import type { PartId } from '@/content/parts'
import { journalEntries } from '@/db/journal'
import { replayJournal } from '@/db/replay'
import * as repo from '@/db/repository'
import type { ActionFields, AgendaAction } from '@/domain/agenda'
import { ToolError } from '@/domain/errors'
import type { PdfContents } from '@/domain/fileNames'
import {
  fieldKey,
  storedField,
  type FieldProp,
  type FieldTarget,
  type FieldValues,
  type StoredField,
} from '@/domain/fields'
import { progress, type Answer, type AnswerMap, type ScanMeta } from '@/domain/scan'
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
  /** Journal entries that could not be written when the scan opened, by field key. */
  const journaled = shallowRef(new Map<string, StoredField<FieldValues[FieldProp]>>())
  let subscription: { unsubscribe(): void } | null = null

  function open(scanId: string) {
    if (id.value === scanId && subscription) return
    close()
    id.value = scanId
    state.value = 'loading'
    // What the journal holds for this scan (typed in a tab that closed before it could save)
    // is written first, so the page shows it.
    // What could not be written (disk full) is shown from the journal, and the banner says so.
    const mine = { unsubscribe: () => {} }
    subscription = mine
    void replayJournal(scanId)
      .catch((e: unknown) => ({ written: 0, failure: e }))
      .then(({ failure }) => {
        if (subscription !== mine) return // closed or another scan opened meanwhile
        if (failure) storage.report(failure)
        journaled.value = new Map(
          journalEntries(scanId).map((e) => [fieldKey(e.target), { value: e.value, at: e.at }]),
        )
        subscription = subscribe(scanId)
      })
  }

  function subscribe(scanId: string) {
    return repo.watchScan(scanId).subscribe({
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
    journaled.value = new Map()
    state.value = 'idle'
  }

  function requireId(): string {
    if (!id.value) throw new ToolError('not-open')
    return id.value
  }

  /** Writes one field; `at` is the time of the change (see domain/fields.ts). */
  const saveField = (target: FieldTarget, value: FieldValues[FieldProp], at: number) => {
    const scanId = requireId()
    // Vue proxies cannot be stored (structured clone): hand the repository the raw value.
    return storage.track(() => repo.writeField(scanId, target, toRaw(value), at))
  }

  /** A field's stored value and time, followed live; a newer unwritten journal entry wins. */
  function storedValue(target: FieldTarget) {
    const stored = storedField(
      { meta: meta.value, answers: answers.value, actions: actions.value },
      target,
    )
    const pending = journaled.value.get(fieldKey(target))
    return pending && pending.at > (stored?.at ?? 0) ? pending : stored
  }

  const addAction = (
    part: PartId,
    fields: Partial<ActionFields> = {},
    question: number | null = null,
  ) => {
    const scanId = requireId()
    return storage.track(() => repo.addAction(scanId, part, fields, question))
  }

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

  const saveMeta = (changes: repo.MetaChanges) => {
    const scanId = requireId()
    return storage.track(() => repo.updateScanMeta(scanId, toRaw(changes)))
  }

  /** The open scan as a PDF download; jsPDF and the fonts load only now. Returns the file name. */
  async function downloadPdf(contents: PdfContents) {
    if (!meta.value) throw new ToolError('not-open')
    const { downloadScanPdf } = await import('@/pdf/download')
    return downloadScanPdf(
      { meta: meta.value, answers: answers.value, actions: actions.value },
      contents,
    )
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
    saveField,
    storedValue,
    saveMeta,
    addAction,
    moveAction,
    deleteAction,
    undoDeleteAction,
    downloadPdf,
    progress: scanProgress,
  }
})
