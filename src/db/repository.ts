import { liveQuery, type Observable } from 'dexie'
import { toRaw } from 'vue'
import type { LabelValue } from '@/content/labels'
import { newId } from '@/domain/id'
import { restoreAnswer, restoreScanMeta } from '@/domain/restore'
import {
  SCAN_FORMAT_VERSION,
  countAnswered,
  emptyAnswer,
  type Answer,
  type FillMode,
  type Participant,
  type ScanMeta,
} from '@/domain/scan'
import { DB_NAME } from './constants'
import { ToolDatabase } from './database'

/**
 * All IndexedDB access of the app goes through this module.
 *
 * Traps handled here:
 * - IndexedDB may be missing or refuse to open (private windows, disabled storage). Then we
 *   run on fake-indexeddb in memory (loaded only in that case) so the app still works, and
 *   report mode 'memory' so the UI can say nothing will be kept.
 * - Writes are field updates inside a transaction (read-modify-write of one answer row), so
 *   two tabs editing one draft keep each other's changes.
 * - Vue proxies cannot be structured-cloned: everything handed to Dexie goes through toRaw.
 */

export type StorageMode = 'indexeddb' | 'memory'

let db: ToolDatabase | null = null
let versionChangeHandler: (() => void) | null = null

function database(): ToolDatabase {
  if (!db) throw new Error('De opslag is nog niet geopend.')
  return db
}

/** Use a given database (tests). */
export function useDatabase(instance: ToolDatabase): void {
  db = instance
}

/** Another tab opened a newer version of the database: this tab must stop writing. */
export function onVersionChange(handler: () => void): void {
  versionChangeHandler = handler
}

export async function openStorage(name = DB_NAME): Promise<StorageMode> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB ontbreekt')
    const real = new ToolDatabase(name)
    await real.open()
    real.on('versionchange', () => {
      real.close()
      versionChangeHandler?.()
      return false
    })
    db = real
    return 'indexeddb'
  } catch {
    const { indexedDB: memoryIndexedDB, IDBKeyRange: memoryKeyRange } =
      await import('fake-indexeddb')
    const memory = new ToolDatabase(name, {
      indexedDB: memoryIndexedDB,
      IDBKeyRange: memoryKeyRange,
    })
    await memory.open()
    db = memory
    return 'memory'
  }
}

// ---- reading -------------------------------------------------------------------------------

function restoreMetas(rows: unknown[]): ScanMeta[] {
  return rows.map((r) => restoreScanMeta(r)).filter((m): m is ScanMeta => m !== null)
}

/** Summaries only (no answer texts), newest first: cheap with hundreds of drafts. */
export async function listScans(): Promise<ScanMeta[]> {
  const rows = await database().scans.orderBy('updatedAt').reverse().toArray()
  return restoreMetas(rows)
}

export function watchScans(): Observable<ScanMeta[]> {
  return liveQuery(() => listScans())
}

export interface ScanWithAnswers {
  meta: ScanMeta
  answers: Answer[]
}

export async function getScan(id: string): Promise<ScanWithAnswers | null> {
  const d = database()
  return d.transaction('r', d.scans, d.answers, async () => {
    const meta = restoreScanMeta(await d.scans.get(id))
    if (!meta) return null
    const rows = await d.answers.where('scanId').equals(id).toArray()
    const answers = rows.map((r) => restoreAnswer(r)).filter((a): a is Answer => a !== null)
    return { meta, answers }
  })
}

export function watchScan(id: string): Observable<ScanWithAnswers | null> {
  return liveQuery(() => getScan(id))
}

// ---- writing -------------------------------------------------------------------------------

export interface NewScan {
  title: string
  municipality: string
  date: string
  mode: FillMode
  participants: Participant[]
}

export async function createScan(input: NewScan, now = Date.now()): Promise<ScanMeta> {
  const meta: ScanMeta = {
    formatVersion: SCAN_FORMAT_VERSION,
    id: newId(),
    title: input.title.trim(),
    municipality: input.municipality.trim(),
    date: input.date,
    mode: input.mode,
    participants: cleanParticipants(input.participants),
    createdAt: now,
    updatedAt: now,
    answeredCount: 0,
  }
  await database().scans.add(meta)
  return meta
}

function cleanParticipants(list: Participant[]): Participant[] {
  return toRaw(list)
    .map((p) => ({ name: p.name.trim(), role: p.role.trim() }))
    .filter((p) => p.name !== '' || p.role !== '')
}

export type MetaChanges = Partial<
  Pick<ScanMeta, 'title' | 'municipality' | 'date' | 'mode' | 'participants'>
>

/** Updates only the given fields of the scan's meta record. */
export async function updateScanMeta(id: string, changes: MetaChanges, now = Date.now()) {
  const patch: Partial<ScanMeta> = { ...toRaw(changes), updatedAt: now }
  if (changes.title !== undefined) patch.title = changes.title.trim() || 'Quick Scan zonder titel'
  if (changes.participants) patch.participants = cleanParticipants(changes.participants)
  const n = await database().scans.update(id, patch)
  if (n === 0) throw new Error('Deze Quick Scan bestaat niet (meer).')
}

export type AnswerChange = { text: string } | { label: LabelValue | null }

/**
 * Writes one field of one answer. Inside one transaction: read the answer row, change the
 * field, write it back, recount the scan's completed answers and touch its updatedAt.
 */
export async function updateAnswer(
  scanId: string,
  question: number,
  change: AnswerChange,
  now = Date.now(),
): Promise<void> {
  const d = database()
  await d.transaction('rw', d.scans, d.answers, async () => {
    if ((await d.scans.where('id').equals(scanId).count()) === 0) {
      throw new Error('Deze Quick Scan bestaat niet (meer).')
    }
    const current =
      restoreAnswer(await d.answers.get([scanId, question])) ?? emptyAnswer(scanId, question, now)
    await d.answers.put({ ...current, ...change, updatedAt: now })
    const all = await d.answers.where('scanId').equals(scanId).toArray()
    await d.scans.update(scanId, { answeredCount: countAnswered(all), updatedAt: now })
  })
}

export async function duplicateScan(
  id: string,
  title: string,
  now = Date.now(),
): Promise<ScanMeta> {
  const d = database()
  return d.transaction('rw', d.scans, d.answers, async () => {
    const source = await getScan(id)
    if (!source) throw new Error('Deze Quick Scan bestaat niet (meer).')
    const copy: ScanMeta = { ...source.meta, id: newId(), title, createdAt: now, updatedAt: now }
    await d.scans.add(copy)
    await d.answers.bulkAdd(source.answers.map((a) => ({ ...a, scanId: copy.id })))
    return copy
  })
}

/** Deletes a scan and returns what was deleted, so the caller can offer undo. */
export async function deleteScan(id: string): Promise<ScanWithAnswers | null> {
  const d = database()
  return d.transaction('rw', d.scans, d.answers, async () => {
    const snapshot = await getScan(id)
    await d.answers.where('scanId').equals(id).delete()
    await d.scans.delete(id)
    return snapshot
  })
}

export async function restoreDeletedScan(snapshot: ScanWithAnswers): Promise<void> {
  const d = database()
  await d.transaction('rw', d.scans, d.answers, async () => {
    await d.scans.put(toRaw(snapshot.meta))
    await d.answers.bulkPut(snapshot.answers.map((a) => toRaw(a)))
  })
}
