import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { NewScan, ScanWithAnswers } from '@/db/repository'
import { toComparedScan, type ComparedScan } from '@/domain/compare'
import type { ScanMeta } from '@/domain/scan'
import { useStorageStore } from './storage'

/**
 * The storage layer, loaded on demand: this store is part of the start page, which paints
 * before Dexie has arrived. Use it only once storage is open (storage.mode is set).
 */
const repository = () => import('@/db/repository')

/** The list of drafts (summaries only) and the actions on whole drafts. */
export const useScansStore = defineStore('scans', () => {
  const storage = useStorageStore()
  const summaries = ref<ScanMeta[]>([])
  const loaded = ref(false)
  // shallowRef: the snapshot goes back to IndexedDB as is, and Vue proxies cannot be cloned.
  const lastDeleted = shallowRef<ScanWithAnswers | null>(null)
  let subscription: { unsubscribe(): void } | null = null
  let watching = false

  /** Follows the draft list live, also changes made in other tabs. */
  async function watch() {
    if (watching) return
    watching = true
    const repo = await repository()
    // stopWatching() may have come while the module loaded, or a later watch() already subscribed.
    if (!watching || subscription) return
    subscription = repo.watchScans().subscribe({
      next: (list) => {
        summaries.value = list
        loaded.value = true
      },
      error: () => {
        loaded.value = true
      },
    })
  }

  /** The chosen drafts with their answers, for the comparison (missing ones left out). */
  async function loadForCompare(ids: readonly string[]): Promise<ComparedScan[]> {
    const repo = await repository()
    const found = await Promise.all(ids.map((id) => repo.getScan(id)))
    return found.filter((s) => s !== null).map(toComparedScan)
  }

  function stopWatching() {
    watching = false
    subscription?.unsubscribe()
    subscription = null
  }

  async function create(input: NewScan) {
    const repo = await repository()
    const meta = await storage.track(() => repo.createScan(input))
    void repo.requestPersistence()
    return meta
  }

  const rename = (id: string, title: string) =>
    storage.track(async () => (await repository()).updateScanMeta(id, { title }))

  const duplicate = (scan: ScanMeta) =>
    storage.track(async () => (await repository()).duplicateScan(scan.id, `${scan.title} (kopie)`))

  async function remove(id: string) {
    lastDeleted.value = await storage.track(async () => (await repository()).deleteScan(id))
  }

  async function undoRemove() {
    const snapshot = lastDeleted.value
    if (!snapshot) return null
    await storage.track(async () => (await repository()).restoreDeletedScan(snapshot))
    lastDeleted.value = null
    return snapshot.meta
  }

  return {
    loadForCompare,
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
