import {
  ACTION_PROPS,
  ANSWER_PROPS,
  FOLLOW_UP_PROPS,
  fieldKey,
  type FieldProp,
  type FieldTarget,
  type FieldValues,
} from '@/domain/fields'
import { STORAGE_KEYS } from './constants'

/**
 * The write-ahead journal: every change to a field is written here synchronously, before the
 * debounced IndexedDB write. A page that is closed, reloaded or left a millisecond after the
 * last key gives IndexedDB no time (a write started in pagehide behind a promise chain never
 * queues its requests), but localStorage is written at once and survives close and reload.
 * When the app starts and when a scan opens, entries are replayed into IndexedDB (only where
 * they are newer than the stored field), then removed; a successful save removes its entry.
 *
 * One entry per tab and field, so two tabs never overwrite each other's entries. localStorage
 * may be disabled or full: then recording reports false and typing goes on as before.
 */
export interface JournalEntry {
  scanId: string
  target: FieldTarget
  value: FieldValues[FieldProp]
  /** Time of the change. */
  at: number
  tab: string
}

const PREFIX = STORAGE_KEYS.journalPrefix
const tab = Math.random().toString(36).slice(2, 10)

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    return null // a browser that refuses storage throws on the mere access
  }
}

const entryKey = (tabId: string, scanId: string, target: FieldTarget) =>
  `${PREFIX}${tabId}|${scanId}|${fieldKey(target)}`

/** Records a change; false when the journal cannot take it (storage disabled or full). */
export function recordChange(
  scanId: string,
  target: FieldTarget,
  value: FieldValues[FieldProp],
  at: number,
): boolean {
  const s = store()
  if (!s) return false
  const entry: JournalEntry = { scanId, target, value, at, tab }
  try {
    s.setItem(entryKey(tab, scanId, target), JSON.stringify(entry))
    return true
  } catch {
    return false
  }
}

/** A change up to `at` is stored: its entry (and none newer) goes. */
export function changeSaved(scanId: string, target: FieldTarget, at: number): void {
  removeEntry({ scanId, target, at, tab }, at)
}

/** Removes an entry when it is not newer than `upTo` (another keystroke may have replaced it). */
export function removeEntry(
  e: Pick<JournalEntry, 'scanId' | 'target' | 'tab' | 'at'>,
  upTo = e.at,
) {
  const s = store()
  if (!s) return
  const key = entryKey(e.tab, e.scanId, e.target)
  try {
    const current = parseEntry(s.getItem(key))
    if (current && current.at <= upTo) s.removeItem(key)
  } catch {
    /* a journal we cannot read or change is one we cannot clean either */
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

const oneOf = <T extends string>(list: readonly T[], x: unknown): x is T =>
  (list as readonly unknown[]).includes(x)

function parseTarget(t: unknown): FieldTarget | null {
  if (!isObject(t)) return null
  const { kind, prop } = t
  if (kind === 'answer' && typeof t.question === 'number' && oneOf(ANSWER_PROPS, prop))
    return { kind, question: t.question, prop }
  if (kind === 'action' && typeof t.id === 'string' && oneOf(ACTION_PROPS, prop))
    return { kind, id: t.id, prop }
  if (kind === 'followUp' && oneOf(FOLLOW_UP_PROPS, prop)) return { kind, prop }
  return null
}

/** An entry as read back, or null for anything that is not one (the value is checked on write). */
export function parseEntry(raw: string | null): JournalEntry | null {
  if (raw === null) return null
  let e: unknown
  try {
    e = JSON.parse(raw)
  } catch {
    return null
  }
  if (!isObject(e) || typeof e.scanId !== 'string' || typeof e.tab !== 'string') return null
  if (typeof e.at !== 'number' || !Number.isFinite(e.at) || !('value' in e)) return null
  const target = parseTarget(e.target)
  if (!target) return null
  return { scanId: e.scanId, target, value: e.value as JournalEntry['value'], at: e.at, tab: e.tab }
}

/** All entries (of one scan, if given), oldest change first. Unreadable entries are removed. */
export function journalEntries(scanId?: string): JournalEntry[] {
  const s = store()
  if (!s) return []
  const entries: JournalEntry[] = []
  try {
    const keys: string[] = []
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i)
      if (k?.startsWith(PREFIX)) keys.push(k)
    }
    for (const k of keys) {
      const e = parseEntry(s.getItem(k))
      if (!e) s.removeItem(k)
      else if (scanId === undefined || e.scanId === scanId) entries.push(e)
    }
  } catch {
    return entries
  }
  return entries.sort((a, b) => a.at - b.at)
}
