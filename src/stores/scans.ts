import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { NewScan, ScanWithAnswers } from '@/db/repository'
import { toComparedScan, type ComparedScan } from '@/domain/compare'
import { isoDate } from '@/domain/dates'
import { ToolError } from '@/domain/errors'
import type { ScanMeta } from '@/domain/scan'
import { downloadTextFile } from '@/share/files'
import { useStorageStore } from './storage'

/**
 * The storage layer, loaded on demand: this store is part of the start page, which paints
 * before Dexie has arrived. Use it only once storage is open (storage.mode is set).
 */
const repository = () => import('@/db/repository')
const fileFormat = () => import('@/domain/fileFormat')

/** The list of drafts (summaries only) and the actions on whole drafts. */
export const useScansStore = defineStore('scans', () => {
  const storage = useStorageStore()
  const summaries = ref<ScanMeta[]>([])
  const loaded = ref(false)
  // shallowRef: the snapshot goes back to IndexedDB as is, and Vue proxies cannot be cloned.
  // Everything the last "Verwijderen" deleted (one draft or a selection), for undo.
  const deleted = shallowRef<readonly ScanWithAnswers[]>([])
  const lastDeleted = computed(() => deleted.value[0] ?? null)
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
    await removeMany([id])
  }

  /** Deletes several drafts; undo puts all of them back. */
  async function removeMany(ids: readonly string[]) {
    const snapshots = await storage.track(async () => {
      const repo = await repository()
      const done: ScanWithAnswers[] = []
      for (const id of ids) {
        const snapshot = await repo.deleteScan(id)
        if (snapshot) done.push(snapshot)
      }
      return done
    })
    deleted.value = snapshots
    return snapshots.map((s) => s.meta)
  }

  /** Puts back what the last delete removed; returns their summaries (empty: nothing to undo). */
  async function undoRemoveAll(): Promise<ScanMeta[]> {
    const snapshots = deleted.value
    if (snapshots.length === 0) return []
    await storage.track(async () => {
      const repo = await repository()
      for (const snapshot of snapshots) await repo.restoreDeletedScan(snapshot)
    })
    deleted.value = []
    return snapshots.map((s) => s.meta)
  }

  async function undoRemove() {
    return (await undoRemoveAll())[0] ?? null
  }

  /**
   * The chosen drafts as one backup file (the backup format of the files store; numbered files
   * only when one would pass the file limits). Returns the file name(s) and how many.
   */
  async function exportSelection(ids: readonly string[]) {
    const [repo, { serialiseExport, splitBackup, toExportedScan }] = await Promise.all([
      repository(),
      fileFormat(),
    ])
    const found = (await Promise.all(ids.map((id) => repo.getScan(id)))).filter((s) => s !== null)
    if (found.length === 0) throw new ToolError('scan-missing')
    const parts = splitBackup(found.map((s) => toExportedScan(s.meta, s.answers, s.actions)))
    const base = `reservekopie-reflectietool-eigen-kracht-${isoDate(new Date())}-${found.length}-quick-scans`
    const names = parts.map((_, i) =>
      parts.length === 1 ? `${base}.json` : `${base}-deel-${i + 1}-van-${parts.length}.json`,
    )
    parts.forEach((part, i) => downloadTextFile(names[i]!, serialiseExport('backup', part)))
    return { name: names.join(', '), count: found.length }
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
    removeMany,
    undoRemove,
    undoRemoveAll,
    exportSelection,
  }
})
