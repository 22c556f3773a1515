import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { fileTexts } from '@/content/errors'
import { STORAGE_KEYS } from '@/db/constants'
import { isoDate } from '@/domain/dates'
import { ToolError } from '@/domain/errors'
import { MAX_FILE_BYTES } from '@/domain/limits'
import type { CheckProgress, ExportFile, ScanSummary } from '@/domain/fileFormat'
import type { ScanMeta } from '@/domain/scan'
import { scanFileName } from '@/domain/fileNames'
import { downloadTextFile, readTextFile } from '@/share/files'
import { useStorageStore } from './storage'

// Loaded when a file is written or read: the start page shows the file section at once, without
// the storage layer or the schema library.
const repository = () => import('@/db/repository')
const fileFormat = () => import('@/domain/fileFormat')

/** From this size a file's reading and checking shows its progress (some 300 Quick Scans). */
const SHOW_CHECK_FROM_BYTES = 512 * 1024

/**
 * A new task, not a microtask: the page draws and handles a click in between. A message on a
 * MessageChannel rather than setTimeout, which browsers slow to once a second in a tab in the
 * background (a large file would then take minutes to check there).
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/** Export, backup and import. Reading a file never touches stored drafts until the user confirms. */
export const useFilesStore = defineStore('files', () => {
  const storage = useStorageStore()
  // shallowRef: the file's data goes to IndexedDB as is, and Vue proxies cannot be cloned.
  const pending = shallowRef<{ file: ExportFile; summaries: ScanSummary[]; name: string } | null>(
    null,
  )
  const lastBackupAt = ref<number | null>(
    Number(localStorage.getItem(STORAGE_KEYS.lastBackup)) || null,
  )

  async function exportScan(id: string) {
    const [repo, { serialiseExport, toExportedScan }] = await Promise.all([
      repository(),
      fileFormat(),
    ])
    const scan = await repo.getScan(id)
    if (!scan) throw new ToolError('scan-missing')
    const content = serialiseExport('scan', [toExportedScan(scan.meta, scan.answers, scan.actions)])
    const name = scanFileName(scan.meta)
    downloadTextFile(name, content)
    return name
  }

  /** All drafts; in several numbered files only when one file would pass the file limits. */
  async function exportBackup() {
    const [repo, { serialiseExport, splitBackup, toExportedScan }] = await Promise.all([
      repository(),
      fileFormat(),
    ])
    const all = await repo.getAllScans()
    const parts = splitBackup(all.map((s) => toExportedScan(s.meta, s.answers, s.actions)))
    const base = `reservekopie-reflectietool-eigen-kracht-${isoDate(new Date())}`
    const names = parts.map((_, i) =>
      parts.length === 1 ? `${base}.json` : `${base}-deel-${i + 1}-van-${parts.length}.json`,
    )
    parts.forEach((part, i) => downloadTextFile(names[i]!, serialiseExport('backup', part)))
    const name = names.join(', ')
    lastBackupAt.value = Date.now()
    try {
      localStorage.setItem(STORAGE_KEYS.lastBackup, String(lastBackupAt.value))
    } catch {
      /* not critical: only used for a reminder */
    }
    return { name, count: all.length }
  }

  /** While an import is being written: how many scans are in so far, of how many. */
  const progress = ref<{ done: number; total: number } | null>(null)
  /**
   * While a large file is being read and checked: how many of its scans are checked (`total` 0
   * while the file is read and parsed, before its scans are counted). Null for a small file: it
   * takes no time to speak of, and a bar that flashes up would only distract.
   */
  const checking = ref<CheckProgress | null>(null)
  /** Stops whichever runs: the check of a chosen file or the writing of an import. */
  let stopper: AbortController | null = null

  /**
   * Reads and checks a chosen file; returns an error message, or null (then `pending` is set), or
   * `{ stopped: true }` when the user stopped it. The check runs a chunk of scans per task
   * (readSteps in domain/fileFormat.ts), so the page draws `checking` and hears "Stoppen".
   */
  async function read(file: File): Promise<string | null | { stopped: true }> {
    // One at a time: a file chosen while another is checked or imported waits for "Stoppen".
    if (stopper) return fileTexts.busy
    pending.value = null
    if (file.size > MAX_FILE_BYTES) return fileTexts.tooLarge
    const controller = new AbortController()
    stopper = controller
    const { signal } = controller
    if (file.size >= SHOW_CHECK_FROM_BYTES) checking.value = { done: 0, total: 0 }
    try {
      const { readSteps, CHECK_CHUNK } = await fileFormat()
      let content: string
      try {
        content = await readTextFile(file, signal)
      } catch {
        if (signal.aborted) return { stopped: true }
        return fileTexts.unreadable
      }
      const steps = readSteps(content, file.size)
      for (;;) {
        if (signal.aborted) return { stopped: true }
        const step = steps.next()
        if (step.done) {
          const result = step.value
          if (!result.ok) return result.message
          pending.value = { file: result.file, summaries: result.summaries, name: file.name }
          return null
        }
        if (checking.value || step.value.total > CHECK_CHUNK) checking.value = step.value
        await nextTask()
      }
    } finally {
      checking.value = null
      if (stopper === controller) stopper = null
    }
  }

  /**
   * Writes the pending file's scans as new drafts, all or nothing (one transaction, see
   * importScansWithProgress). Returns the new drafts, or null when the user stopped it (then
   * nothing was written). A storage failure throws, and also leaves nothing.
   */
  async function confirmImport(): Promise<ScanMeta[] | null> {
    const p = pending.value
    if (!p || stopper) return []
    const controller = new AbortController()
    stopper = controller
    progress.value = { done: 0, total: p.file.scans.length }
    try {
      const added = await storage.track(async () => {
        const repo = await repository()
        try {
          return await repo.importScansWithProgress(p.file.scans, {
            signal: controller.signal,
            onProgress: (done, total) => {
              progress.value = { done, total }
            },
          })
        } catch (e) {
          // Stopping is the user's choice, not a storage failure: no error banner.
          if (e instanceof repo.ImportStoppedError) return null
          throw e
        }
      })
      pending.value = null
      return added
    } finally {
      progress.value = null
      stopper = null
    }
  }

  /**
   * Stops a running check (nothing is kept of the file) or import (the transaction is aborted,
   * so nothing of it is kept).
   */
  function stopImport() {
    stopper?.abort()
  }

  function cancelImport() {
    pending.value = null
  }

  return {
    pending,
    checking,
    progress,
    lastBackupAt,
    exportScan,
    exportBackup,
    read,
    confirmImport,
    stopImport,
    cancelImport,
  }
})
