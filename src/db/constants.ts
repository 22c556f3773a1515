/**
 * The one place for storage names: the database and every localStorage key the app uses.
 * Changing DB_NAME orphans every user's drafts: don't.
 */
export const DB_NAME = 'reflectietool-eigen-kracht'

export const STORAGE_KEYS = {
  /** Entries of the write-ahead journal (db/journal.ts): prefix + tab|scan|field. */
  journalPrefix: 'rt-journal|',
  /** When the last backup of all drafts was made, for the reminder. */
  lastBackup: 'rt-last-backup',
  /** The dialogue session's shared state, per scan: prefix + scan id. */
  sessionPrefix: 'rt-session-',
  /** A phone's ballot for one vote: prefix + session code + questions (domain/ballot.ts). */
  ballotPrefix: 'rt-stembriefje-',
  /** The slips a presenter read while a vote lasts, per scan: prefix + scan id (ballotBox.ts). */
  ballotBoxPrefix: 'rt-stembus-',
} as const
