import { isToolError } from '@/domain/errors'
import { journalEntries, removeEntry } from './journal'
import { writeField } from './repository'

/**
 * Replays the journal into IndexedDB: each entry is written where it is newer than the stored
 * field (never over a value another tab stored later), then removed. Entries of scans or
 * actions that no longer exist are dropped. An entry whose write fails (disk full) stays, to
 * be tried again next time. Returns how many fields were written and the last failure.
 */
export async function replayJournal(
  scanId?: string,
): Promise<{ written: number; failure: unknown }> {
  let written = 0
  let failure: unknown = null
  for (const entry of journalEntries(scanId)) {
    try {
      if (await writeField(entry.scanId, entry.target, entry.value, entry.at, { ifNewer: true }))
        written++
    } catch (e) {
      // Kept for next time unless its scan or action is gone.
      if (!isToolError(e, 'scan-missing') && !isToolError(e, 'action-missing')) {
        failure = e
        continue
      }
    }
    removeEntry(entry)
  }
  return { written, failure }
}
