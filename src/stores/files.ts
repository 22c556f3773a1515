import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { fileTexts } from '@/content/errors'
import { STORAGE_KEYS } from '@/db/constants'
import { isoDate } from '@/domain/dates'
import { ToolError } from '@/domain/errors'
import { MAX_FILE_BYTES } from '@/domain/limits'
import type { ExportFile, ScanSummary } from '@/domain/fileFormat'
import { scanFileName } from '@/domain/fileNames'
import { downloadTextFile, readTextFile } from '@/share/files'
import { useStorageStore } from './storage'

// Loaded when a file is written or read: the start page shows the file section at once, without
// the storage layer or the schema library.
const repository = () => import('@/db/repository')
const fileFormat = () => import('@/domain/fileFormat')

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

  /** Reads and checks a chosen file; returns an error message or null (then `pending` is set). */
  async function read(file: File): Promise<string | null> {
    pending.value = null
    const { readExportFile } = await fileFormat()
    if (file.size > MAX_FILE_BYTES) return fileTexts.tooLarge
    let content: string
    try {
      content = await readTextFile(file)
    } catch {
      return fileTexts.unreadable
    }
    const result = readExportFile(content, file.size)
    if (!result.ok) return result.message
    pending.value = { file: result.file, summaries: result.summaries, name: file.name }
    return null
  }

  async function confirmImport() {
    const p = pending.value
    if (!p) return []
    const added = await storage.track(async () => (await repository()).importScans(p.file.scans))
    pending.value = null
    return added
  }

  function cancelImport() {
    pending.value = null
  }

  return { pending, lastBackupAt, exportScan, exportBackup, read, confirmImport, cancelImport }
})
