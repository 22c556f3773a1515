import Dexie, { liveQuery, type Observable } from 'dexie'
import type { LabelValue } from '@/content/labels'
import { ToolError } from '@/domain/errors'
import { newId } from '@/domain/id'
import type { PartId } from '@/content/parts'
import {
  emptyFollowUp,
  moveAction as planMove,
  nextOrder,
  type ActionFields,
  type AgendaAction,
  type FollowUp,
} from '@/domain/agenda'
import { toStoredScan, type ExportedScan } from '@/domain/fileFormat'
import { restoreAction, restoreAnswer, restoreScanMeta } from '@/domain/restore'
import {
  limitOf,
  type FieldProp,
  type FieldTarget,
  type FieldTimes,
  type FieldValues,
  type FollowUpProp,
} from '@/domain/fields'
import { hardLimit, LIMITS, type LimitName } from '@/domain/limits'
import type { Tally } from '@/domain/tally'
import {
  SCAN_FORMAT_VERSION,
  countAnswered,
  emptyAnswer,
  type Answer,
  type FillMode,
  type Participant,
  type ScanMeta,
} from '@/domain/scan'
import { DB_NAME, STORAGE_KEYS } from './constants'
import { ToolDatabase } from './database'

/**
 * All IndexedDB access of the app goes through this module.
 *
 * Traps handled here:
 * - IndexedDB may be missing or refuse to open (private windows, disabled storage). Then we
 *   run on fake-indexeddb in memory (loaded only in that case) so the app still works, and
 *   report mode 'memory' so the UI can say nothing will be kept. liveQuery needs telling too.
 * - Writes are field updates inside a transaction (read-modify-write of one answer row), so
 *   two tabs editing one draft keep each other's changes.
 * - Vue proxies cannot be structured-cloned: callers (the stores) hand in plain data; what comes
 *   from a form is copied field by field here (participants) before it goes to Dexie.
 */

export type StorageMode = 'indexeddb' | 'memory'

let db: ToolDatabase | null = null
let versionChangeHandler: (() => Promise<void> | void) | null = null

function database(): ToolDatabase {
  if (!db) throw new ToolError('storage-not-open')
  return db
}

/** Use a given database (tests). */
export function useDatabase(instance: ToolDatabase): void {
  db = instance
}

/**
 * Another tab opened a newer version of the database: this tab must stop writing. The handler
 * may return a promise (saving what is pending); the connection closes after it, so the other
 * tab's upgrade waits for our last writes instead of this tab writing in the old format later.
 */
export function onVersionChange(handler: () => Promise<void> | void): void {
  versionChangeHandler = handler
}

export async function openStorage(name = DB_NAME): Promise<StorageMode> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB ontbreekt')
    const real = new ToolDatabase(name)
    await real.open()
    real.on('versionchange', () => {
      void Promise.resolve(versionChangeHandler?.())
        .catch(() => {})
        .finally(() => real.close())
      return false
    })
    db = real
    return 'indexeddb'
  } catch {
    const { indexedDB: memoryIndexedDB, IDBKeyRange: memoryKeyRange } =
      await import('fake-indexeddb')
    // liveQuery checks Dexie.dependencies (captured at load from the page's globals), not the
    // database's own options: without this it silently never runs a query in memory mode.
    Dexie.dependencies.indexedDB = memoryIndexedDB
    Dexie.dependencies.IDBKeyRange = memoryKeyRange
    const memory = new ToolDatabase(name, {
      indexedDB: memoryIndexedDB,
      IDBKeyRange: memoryKeyRange,
    })
    await memory.open()
    db = memory
    return 'memory'
  }
}

/**
 * Ask the browser to keep our data when disk space runs low (otherwise IndexedDB is
 * "best effort" and can be evicted). Best effort itself: some browsers decide silently.
 */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false
  } catch {
    return false
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
  actions: AgendaAction[]
}

export async function getScan(id: string): Promise<ScanWithAnswers | null> {
  const d = database()
  return d.transaction('r', d.scans, d.answers, d.actions, async () => {
    const meta = restoreScanMeta(await d.scans.get(id))
    if (!meta) return null
    const rows = await d.answers.where('scanId').equals(id).toArray()
    const answers = rows.map((r) => restoreAnswer(r)).filter((a): a is Answer => a !== null)
    const actionRows = await d.actions.where('scanId').equals(id).toArray()
    const actions = actionRows
      .map((r) => restoreAction(r))
      .filter((a): a is AgendaAction => a !== null)
    return { meta, answers, actions }
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
  within(input.title, 'title')
  within(input.municipality, 'municipality')
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
    followUp: emptyFollowUp(),
    fieldTimes: {},
  }
  await database().scans.add(meta)
  return meta
}

function cleanParticipants(list: Participant[]): Participant[] {
  const cleaned = list
    .map((p) => ({ name: p.name.trim(), role: p.role.trim() }))
    .filter((p) => p.name !== '' || p.role !== '')
  if (cleaned.length > hardLimit('participants')) throw new ToolError('too-many-participants')
  for (const p of cleaned) {
    within(p.name, 'participantName')
    within(p.role, 'participantRole')
  }
  return cleaned
}

export type MetaChanges = Partial<
  Pick<ScanMeta, 'title' | 'municipality' | 'date' | 'mode' | 'participants'>
>

/** Updates only the given fields of the scan's meta record. */
export async function updateScanMeta(id: string, changes: MetaChanges, now = Date.now()) {
  within(changes.title, 'title')
  within(changes.municipality, 'municipality')
  const patch: Partial<ScanMeta> = { ...changes, updatedAt: now }
  if (changes.title !== undefined) patch.title = changes.title.trim() || 'Quick Scan zonder titel'
  if (changes.participants) patch.participants = cleanParticipants(changes.participants)
  const n = await database().scans.update(id, patch)
  if (n === 0) throw new ToolError('scan-missing')
}

export type AnswerChange =
  | { text: string }
  | { label: LabelValue | null }
  | { discuss: boolean }
  | { tally: Tally }
  | { tallyAfter: Tally }
  | { slipTally: Tally }
  | { slipTallyAfter: Tally }

export interface WriteOptions {
  /**
   * Write only when this change is newer than the stored field (a replayed journal entry must
   * never overwrite what another tab stored later). Without it the write always lands.
   */
  ifNewer?: boolean
}

/** The fields a change names, each checked against its hard limit. */
/** Refuses text past its hard limit: what is stored, an export holds, and every file reads back. */
function within(value: unknown, limit: LimitName | null) {
  if (limit && typeof value === 'string' && value.length > hardLimit(limit)) {
    throw new ToolError('text-too-long')
  }
}

/** The fields a change names, each checked against its hard limit. */
function changedFields<C extends object>(change: C): (keyof C & FieldProp)[] {
  const props = Object.keys(change) as (keyof C & FieldProp)[]
  for (const prop of props) within(change[prop], limitOf(prop))
  return props
}

/** The record's field times with these fields set to `at`. */
const touched = (times: FieldTimes, props: readonly FieldProp[], at: number): FieldTimes => ({
  ...times,
  ...Object.fromEntries(props.map((p) => [p, at])),
})

/** Every named field was last changed before `at`. */
const allNewer = (times: FieldTimes, props: readonly FieldProp[], at: number) =>
  props.every((p) => at > (times[p] ?? 0))

/**
 * Writes one field of one answer. Inside one transaction: read the answer row, change the
 * field, write it back, recount the scan's completed answers and touch its updatedAt.
 * `now` is the time of the change (it becomes the field's time). Returns whether it wrote.
 */
export async function updateAnswer(
  scanId: string,
  question: number,
  change: AnswerChange,
  now = Date.now(),
  { ifNewer = false }: WriteOptions = {},
): Promise<boolean> {
  const props = changedFields(change)
  const d = database()
  return d.transaction('rw', d.scans, d.answers, async () => {
    if ((await d.scans.where('id').equals(scanId).count()) === 0) {
      throw new ToolError('scan-missing')
    }
    const current =
      restoreAnswer(await d.answers.get([scanId, question])) ?? emptyAnswer(scanId, question, now)
    if (ifNewer && !allNewer(current.fieldTimes, props, now)) return false
    await d.answers.put({
      ...current,
      ...change,
      fieldTimes: touched(current.fieldTimes, props, now),
      updatedAt: now,
    })
    const all = await d.answers.where('scanId').equals(scanId).toArray()
    await d.scans.update(scanId, { answeredCount: countAnswered(all), updatedAt: now })
    return true
  })
}

/** Writes one field (answer, action or follow-up) of a scan; see updateAnswer. */
export function writeField(
  scanId: string,
  target: FieldTarget,
  value: FieldValues[FieldProp],
  at: number,
  options: WriteOptions = {},
): Promise<boolean> {
  const change = { [target.prop]: value }
  switch (target.kind) {
    case 'answer':
      return updateAnswer(scanId, target.question, change as AnswerChange, at, options)
    case 'action':
      return updateAction(target.id, change as Partial<ActionFields>, at, options)
    case 'followUp':
      return updateFollowUp(scanId, target.prop, value as FollowUp[FollowUpProp], at, options)
  }
}

export async function duplicateScan(
  id: string,
  title: string,
  now = Date.now(),
): Promise<ScanMeta> {
  const d = database()
  return d.transaction('rw', d.scans, d.answers, d.actions, async () => {
    const source = await getScan(id)
    if (!source) throw new ToolError('scan-missing')
    const copy: ScanMeta = { ...source.meta, id: newId(), title, createdAt: now, updatedAt: now }
    await d.scans.add(copy)
    await d.answers.bulkAdd(source.answers.map((a) => ({ ...a, scanId: copy.id })))
    await d.actions.bulkAdd(source.actions.map((a) => ({ ...a, id: newId(), scanId: copy.id })))
    return copy
  })
}

/**
 * Deletes a scan and returns what was deleted, so the caller can offer undo. Its dialogue
 * session and the slips of a vote (pseudonyms) in localStorage go too; an undo brings back the
 * draft and its counts, not the slips.
 */
export async function deleteScan(id: string): Promise<ScanWithAnswers | null> {
  const d = database()
  const snapshot = await d.transaction('rw', d.scans, d.answers, d.actions, async () => {
    const found = await getScan(id)
    await d.answers.where('scanId').equals(id).delete()
    await d.actions.where('scanId').equals(id).delete()
    await d.scans.delete(id)
    return found
  })
  try {
    localStorage.removeItem(`${STORAGE_KEYS.sessionPrefix}${id}`)
    localStorage.removeItem(`${STORAGE_KEYS.ballotBoxPrefix}${id}`)
  } catch {
    /* storage blocked: nothing was kept there either */
  }
  return snapshot
}

export async function restoreDeletedScan(snapshot: ScanWithAnswers): Promise<void> {
  const d = database()
  await d.transaction('rw', d.scans, d.answers, d.actions, async () => {
    await d.scans.put(snapshot.meta)
    await d.answers.bulkPut(snapshot.answers)
    await d.actions.bulkPut(snapshot.actions)
  })
}

// ---- action agenda -------------------------------------------------------------------------

async function touchScan(d: ToolDatabase, scanId: string, now: number) {
  const n = await d.scans.update(scanId, { updatedAt: now })
  if (n === 0) throw new ToolError('scan-missing')
}

/** Adds an action at the end of its part; returns it. */
export async function addAction(
  scanId: string,
  part: PartId,
  fields: Partial<ActionFields> = {},
  question: number | null = null,
  now = Date.now(),
): Promise<AgendaAction> {
  const d = database()
  return d.transaction('rw', d.scans, d.actions, async () => {
    await touchScan(d, scanId, now)
    const existing = await d.actions.where('scanId').equals(scanId).toArray()
    if (existing.length >= LIMITS.actionsPerScan) throw new ToolError('too-many-actions')
    // Built through the one door in, so every field gets its default from domain/records.ts.
    const action = restoreAction(
      { ...fields, id: newId(), scanId, part, order: nextOrder(existing, part), question },
      now,
    )!
    await d.actions.add(action)
    return action
  })
}

/** Writes one field of one action; see updateAnswer. */
export async function updateAction(
  id: string,
  changes: Partial<ActionFields>,
  now = Date.now(),
  { ifNewer = false }: WriteOptions = {},
): Promise<boolean> {
  const props = changedFields(changes)
  const d = database()
  return d.transaction('rw', d.scans, d.actions, async () => {
    const row = restoreAction(await d.actions.get(id))
    if (!row) throw new ToolError('action-missing')
    if (ifNewer && !allNewer(row.fieldTimes, props, now)) return false
    await d.actions.update(id, {
      ...changes,
      fieldTimes: touched(row.fieldTimes, props, now),
      updatedAt: now,
    })
    await touchScan(d, row.scanId, now)
    return true
  })
}

/** Moves an action one place up (-1) or down (1) within its part. */
export async function moveAction(
  id: string,
  direction: -1 | 1,
  now = Date.now(),
): Promise<boolean> {
  const d = database()
  return d.transaction('rw', d.scans, d.actions, async () => {
    const row = restoreAction(await d.actions.get(id))
    if (!row) throw new ToolError('action-missing')
    const all = (await d.actions.where('scanId').equals(row.scanId).toArray())
      .map((r) => restoreAction(r))
      .filter((a): a is AgendaAction => a !== null)
    const writes = planMove(all, id, direction)
    for (const w of writes) await d.actions.update(w.id, { order: w.order })
    if (writes.length > 0) await touchScan(d, row.scanId, now)
    return writes.length > 0
  })
}

/** Deletes one action and returns it, for undo. */
export async function deleteAction(id: string, now = Date.now()): Promise<AgendaAction | null> {
  const d = database()
  return d.transaction('rw', d.scans, d.actions, async () => {
    const row = restoreAction(await d.actions.get(id))
    if (!row) return null
    await d.actions.delete(id)
    await touchScan(d, row.scanId, now)
    return row
  })
}

export async function restoreDeletedAction(action: AgendaAction, now = Date.now()) {
  const d = database()
  await d.transaction('rw', d.scans, d.actions, async () => {
    await touchScan(d, action.scanId, now)
    await d.actions.put(action)
  })
}

/** Writes one field of the follow-up agreements (key-path updates of the scan record). */
export async function updateFollowUp<K extends keyof FollowUp>(
  scanId: string,
  field: K,
  value: FollowUp[K],
  now = Date.now(),
  { ifNewer = false }: WriteOptions = {},
): Promise<boolean> {
  changedFields({ [field]: value })
  const d = database()
  return d.transaction('rw', d.scans, async () => {
    const raw = (await d.scans.get(scanId)) as { followUp?: unknown; fieldTimes?: unknown }
    const meta = restoreScanMeta(raw)
    if (!meta) throw new ToolError('scan-missing')
    if (ifNewer && !allNewer(meta.fieldTimes, [field], now)) return false
    // Key-path updates: only this one field of followUp and its time are written. Records from
    // before the agenda or before field times get the objects to write into first.
    if (typeof raw.followUp !== 'object' || raw.followUp === null) {
      await d.scans.update(scanId, { followUp: emptyFollowUp() })
    }
    if (typeof raw.fieldTimes !== 'object' || raw.fieldTimes === null) {
      await d.scans.update(scanId, { fieldTimes: {} })
    }
    const patch: Record<string, unknown> = {
      [`followUp.${field}`]: value,
      [`fieldTimes.${field}`]: now,
      updatedAt: now,
    }
    await d.scans.update(scanId, patch as Partial<ScanMeta>)
    return true
  })
}

// ---- files -----------------------------------------------------------------------------------

/** Every draft with its answers and actions, for a backup file. */
export async function getAllScans(): Promise<ScanWithAnswers[]> {
  const d = database()
  return d.transaction('r', d.scans, d.answers, d.actions, async () => {
    const ids = (await d.scans.toCollection().primaryKeys()) as string[]
    const all = await Promise.all(ids.map((id) => getScan(id)))
    return all.filter((s): s is ScanWithAnswers => s !== null)
  })
}

/** Adds imported scans as new drafts (new ids: nothing existing is overwritten). */
export async function importScans(
  scans: readonly ExportedScan[],
  now = Date.now(),
): Promise<ScanMeta[]> {
  const d = database()
  return d.transaction('rw', d.scans, d.answers, d.actions, async () => {
    const added: ScanMeta[] = []
    for (const s of scans) {
      const { meta, answers, actions } = toStoredScan(s, newId(), newId, now)
      await d.scans.add(meta)
      await d.answers.bulkAdd(answers)
      await d.actions.bulkAdd(actions)
      added.push(meta)
    }
    return added
  })
}

/** How many scans go into IndexedDB per step of a large import (and per progress update). */
export const IMPORT_CHUNK = 50

export interface ImportProgressOptions {
  /** Called after each chunk (and once at 0) with how many scans are written so far. */
  onProgress?: (done: number, total: number) => void
  /** Aborting it aborts the transaction: nothing of the import is kept. */
  signal?: AbortSignal
  chunkSize?: number
  now?: number
}

/** The import was stopped by the user (the signal): nothing was written. */
export class ImportStoppedError extends Error {
  constructor() {
    super('Import gestopt')
    this.name = 'ImportStoppedError'
  }
}

/**
 * Adds imported scans as new drafts, all or nothing, with progress and a way to stop.
 *
 * Chosen: ONE read-write transaction over scans, answers and actions, written in chunks with
 * bulkAdd (three requests per chunk instead of three per scan). Stopping calls `tx.abort()`;
 * a failure midway (disk full) aborts it too; a tab that is closed or reloaded mid-import has
 * its open transaction aborted by the browser. So no path leaves half an import behind — which
 * "write in chunks and delete them on cancel" cannot promise for a closed tab.
 * The transaction stays alive between chunks because each chunk's requests are queued from the
 * previous chunk's success callback (only Dexie promises are awaited, no timers). Those
 * callbacks are separate tasks, so the page still renders the progress and handles a click on
 * "Stoppen" in between. Other tabs' reads of these tables wait until the import commits, so no
 * tab ever sees a partly imported backup.
 */
export async function importScansWithProgress(
  scans: readonly ExportedScan[],
  { onProgress, signal, chunkSize = IMPORT_CHUNK, now = Date.now() }: ImportProgressOptions = {},
): Promise<ScanMeta[]> {
  if (signal?.aborted) throw new ImportStoppedError()
  const d = database()
  let stopped = false
  let onAbort: (() => void) | null = null
  try {
    return await d.transaction('rw', d.scans, d.answers, d.actions, async (tx) => {
      onAbort = () => {
        stopped = true
        try {
          tx.abort()
        } catch {
          /* already finished */
        }
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      const added: ScanMeta[] = []
      onProgress?.(0, scans.length)
      for (let start = 0; start < scans.length; start += chunkSize) {
        if (stopped) throw new ImportStoppedError()
        const stored = scans
          .slice(start, start + chunkSize)
          .map((s) => toStoredScan(s, newId(), newId, now))
        const metas = stored.map((s) => s.meta)
        await Promise.all([
          d.scans.bulkAdd(metas),
          d.answers.bulkAdd(stored.flatMap((s) => s.answers)),
          d.actions.bulkAdd(stored.flatMap((s) => s.actions)),
        ])
        added.push(...metas)
        if (stopped) throw new ImportStoppedError()
        onProgress?.(added.length, scans.length)
      }
      return added
    })
  } catch (e) {
    if (stopped) throw new ImportStoppedError()
    throw e
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort)
  }
}
