/**
 * How much a user can type, in one place. The form fields use these as `maxlength` (and show a
 * character count), the repository refuses writes past the hard limit, and the file schema
 * accepts everything up to the hard limit. The hard limit is twice the typing limit, so every
 * file the tool writes (even of text imported from a slightly different version) reads back.
 * Lengths are in UTF-16 code units, as `maxlength` and `String.length` count them.
 */
export const LIMITS = {
  /** A thorough answer to one reflection question runs to tens of thousands of characters. */
  answerText: 100_000,
  actionText: 10_000,
  actionWho: 2_000,
  actionWhen: 200,
  followUpNextMeeting: 200,
  followUpText: 20_000,
  title: 200,
  municipality: 200,
  participantName: 200,
  participantRole: 200,
  participants: 100,
  actionsPerScan: 300,
} as const

export type LimitName = keyof typeof LIMITS

/** What the repository and the file schema accept: the typing limit with room to spare. */
export const hardLimit = (name: LimitName): number => LIMITS[name] * 2

/**
 * Files. A backup is split into several files when one would pass either number, so each file
 * stays readable; the reader accepts twice as much.
 */
export const FILE_LIMITS = {
  scansPerFile: 1_000,
  bytesPerFile: 50 * 1024 * 1024,
} as const

export const MAX_FILE_BYTES = FILE_LIMITS.bytesPerFile * 2
export const MAX_SCANS_PER_FILE = FILE_LIMITS.scansPerFile * 2

/** A field shows its character count once this share of its room is used. */
export const countVisible = (length: number, limit: number) => length >= limit * 0.8
