import type { ScanMeta } from './scan'

/** A draft counts as real work once this many questions are complete. */
export const BACKUP_AFTER_ANSWERED = 3

/**
 * Whether to remind the user of a backup: a draft with real work changed after the last backup
 * (or there never was one).
 */
export function isBackupDue(
  drafts: readonly Pick<ScanMeta, 'answeredCount' | 'updatedAt'>[],
  lastBackupAt: number | null,
): boolean {
  const worked = drafts.filter((s) => s.answeredCount >= BACKUP_AFTER_ANSWERED)
  if (worked.length === 0) return false
  const latest = Math.max(...worked.map((s) => s.updatedAt))
  return lastBackupAt === null || latest > lastBackupAt
}
