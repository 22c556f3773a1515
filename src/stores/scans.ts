import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as repo from '@/db/repository'
import type { ScanMeta } from '@/domain/scan'
import { useStorageStore } from './storage'

/** The list of drafts (summaries only) and the actions on whole drafts. */
export const useScansStore = defineStore('scans', () => {
  const storage = useStorageStore()
  const summaries = ref<ScanMeta[]>([])
  const loaded = ref(false)
  const lastDeleted = ref<repo.ScanWithAnswers | null>(null)
  let subscription: { unsubscribe(): void } | null = null

  /** Follows the draft list live, also changes made in other tabs. */
  function watch() {
    subscription ??= repo.watchScans().subscribe({
      next: (list) => {
        summaries.value = list
        loaded.value = true
      },
      error: () => {
        loaded.value = true
      },
    })
  }

  function stopWatching() {
    subscription?.unsubscribe()
    subscription = null
  }

  async function create(input: repo.NewScan) {
    const meta = await storage.track(() => repo.createScan(input))
    void repo.requestPersistence()
    return meta
  }

  const rename = (id: string, title: string) =>
    storage.track(() => repo.updateScanMeta(id, { title }))

  const duplicate = (scan: ScanMeta) =>
    storage.track(() => repo.duplicateScan(scan.id, `${scan.title} (kopie)`))

  async function remove(id: string) {
    lastDeleted.value = await storage.track(() => repo.deleteScan(id))
  }

  async function undoRemove() {
    const snapshot = lastDeleted.value
    if (!snapshot) return null
    await storage.track(() => repo.restoreDeletedScan(snapshot))
    lastDeleted.value = null
    return snapshot.meta
  }

  return {
    summaries,
    loaded,
    lastDeleted,
    watch,
    stopWatching,
    create,
    rename,
    duplicate,
    remove,
    undoRemove,
  }
})
