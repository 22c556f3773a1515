import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { STORAGE_KEYS } from '@/db/constants'
import { isoDate } from '@/domain/dates'
import { ToolError } from '@/domain/errors'
import type { ExportFile, ScanSummary } from '@/domain/fileFormat'
import { slug } from '@/domain/slug'
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
    const who = scan.meta.municipality
      ? `gemeente-${slug(scan.meta.municipality)}`
      : slug(scan.meta.title)
    const name = `quickscan-eigen-kracht-${who}-${scan.meta.date}.json`
    downloadTextFile(name, content)
    return name
  }

  async function exportBackup() {
    const [repo, { serialiseExport, toExportedScan }] = await Promise.all([
      repository(),
      fileFormat(),
    ])
    const all = await repo.getAllScans()
    const content = serialiseExport(
      'backup',
      all.map((s) => toExportedScan(s.meta, s.answers, s.actions)),
    )
    const name = `reservekopie-reflectietool-eigen-kracht-${isoDate(new Date())}.json`
    downloadTextFile(name, content)
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
    const { MAX_FILE_BYTES, readExportFile } = await fileFormat()
    if (file.size > MAX_FILE_BYTES) {
      return `Dit bestand is te groot (meer dan ${MAX_FILE_BYTES / 1024 / 1024} MB). Een bestand van deze tool is veel kleiner; kies het juiste bestand.`
    }
    let content: string
    try {
      content = await readTextFile(file)
    } catch {
      return 'Het bestand kon niet worden gelezen. Probeer het opnieuw of kies een ander bestand.'
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
