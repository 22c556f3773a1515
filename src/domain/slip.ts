import type { LabelValue } from '@/content/labels'
import { QUESTION_COUNT } from '@/content/questions'
import type { Round } from './tally'

/**
 * The answer slip ("stembriefje") a participant's phone shows as a QR code, and the facilitator's
 * camera reads: pure code, like the file format, with a version. It carries no name: the
 * session code of the vote, the counting round, a random pseudonym made on the phone (so the
 * same participant's slip counts once, and a newer one replaces the older), a sequence number,
 * the questions, per question the label and the flag "Hier wil ik over praten", and a checksum.
 *
 *   EK1:K7QX:1:7HQ2MZ4P:3:01:160402000000000:2B9F
 *   │   │    │ │        │ │  │               └ checksum (FNV-1a of all before it, base 36)
 *   │   │    │ │        │ │  └ one digit per question: label 1–4 (0 none), +5 with the flag
 *   │   │    │ │        │ └ the first question of the vote (01–15); the digits say how many
 *   │   │    │ │        └ sequence: raised each time the participant changes a choice
 *   │   │    │ └ pseudonym, random, made on the phone, never shown
 *   │   │    └ the round: 1 first impression, 2 after the conversation
 *   │   └ the vote's session code
 *   └ "EK" and the format version
 *
 * Only characters of the QR code's alphanumeric mode (upper case, digits and ':'), so the code
 * stays small: about fifty characters for all fifteen questions, a 29 × 29 QR code.
 * Decoding never trusts its input: every part is matched against a strict pattern and bounded.
 */
export const SLIP_VERSION = 1
const PREFIX = 'EK'

/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I). */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export const SESSION_CODE_LENGTH = 4
export const PSEUDONYM_LENGTH = 8
export const MAX_SEQUENCE = 9999

export interface Choice {
  label: LabelValue | null
  /** "Hier wil ik over praten". */
  discuss: boolean
}

/** The questions a vote asks: from `from` to `to`, both included. */
export interface VoteScope {
  from: number
  to: number
}

export interface Slip extends VoteScope {
  code: string
  round: Round
  pseudonym: string
  sequence: number
  /** One choice per question, from `from` to `to`. */
  choices: Choice[]
}

export type SlipProblem =
  'not-a-slip' | 'newer-version' | 'checksum' | 'other-session' | 'other-round' | 'other-questions'

export type Decoded = { ok: true; slip: Slip } | { ok: false; problem: SlipProblem; slip?: Slip }

/** A random code of `length` characters of CODE_ALPHABET. */
export function randomCode(length: number, random = cryptoRandom): string {
  const bytes = random(length)
  // 256 is a multiple of 32: every character is equally likely.
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('')
}

const cryptoRandom = (n: number) => crypto.getRandomValues(new Uint8Array(n))

export const newSessionCode = () => randomCode(SESSION_CODE_LENGTH)
export const newPseudonym = () => randomCode(PSEUDONYM_LENGTH)

const codePattern = (n: number) => new RegExp(`^[${CODE_ALPHABET}]{${n}}$`)
export const SESSION_CODE_PATTERN = codePattern(SESSION_CODE_LENGTH)
export const PSEUDONYM_PATTERN = codePattern(PSEUDONYM_LENGTH)

export const isSessionCode = (raw: unknown): raw is string =>
  typeof raw === 'string' && SESSION_CODE_PATTERN.test(raw)

/** A choice read back from storage: a label 1–4 or none, and the flag; null when it is not one. */
export function restoreChoice(raw: unknown): Choice | null {
  if (typeof raw !== 'object' || raw === null) return null
  const c = raw as Record<string, unknown>
  const label = c.label === null || c.label === undefined ? null : Number(c.label)
  if (label !== null && ![1, 2, 3, 4].includes(label)) return null
  return { label: label as LabelValue | null, discuss: c.discuss === true }
}

/** 32-bit FNV-1a of the text, as four base-36 characters (one wrong read in 1.7 million passes). */
export function checksum(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return (h % 36 ** 4).toString(36).toUpperCase().padStart(4, '0')
}

const digitOf = (c: Choice) => (c.label ?? 0) + (c.discuss ? 5 : 0)

function choiceOf(digit: number): Choice {
  const discuss = digit >= 5
  const label = digit - (discuss ? 5 : 0)
  return { label: label === 0 ? null : (label as LabelValue), discuss }
}

/** A scope within the fifteen questions. */
export const validScope = (s: VoteScope) =>
  Number.isInteger(s.from) &&
  Number.isInteger(s.to) &&
  s.from >= 1 &&
  s.from <= s.to &&
  s.to <= QUESTION_COUNT

export function encodeSlip(slip: Slip): string {
  if (!validScope(slip) || slip.choices.length !== slip.to - slip.from + 1) {
    throw new RangeError('Het stembriefje past niet bij de vragen van de stemronde.')
  }
  const body = [
    `${PREFIX}${SLIP_VERSION}`,
    slip.code,
    slip.round,
    slip.pseudonym,
    Math.min(Math.max(Math.trunc(slip.sequence), 0), MAX_SEQUENCE),
    String(slip.from).padStart(2, '0'),
    slip.choices.map(digitOf).join(''),
  ].join(':')
  return `${body}:${checksum(`${body}:`)}`
}

const code = `[${CODE_ALPHABET}]`
const SLIP_PATTERN = new RegExp(
  `^${PREFIX}${SLIP_VERSION}:(${code}{${SESSION_CODE_LENGTH}}):([12]):(${code}{${PSEUDONYM_LENGTH}}):` +
    `(\\d{1,4}):(\\d{2}):(\\d{1,${QUESTION_COUNT}}):([0-9A-Z]{4})$`,
)

/** Reads a slip's text. Nothing in it is trusted: a wrong part makes the whole slip wrong. */
export function decodeSlip(raw: string): Decoded {
  const text = typeof raw === 'string' ? raw.trim().toUpperCase() : ''
  if (text.length > 80) return { ok: false, problem: 'not-a-slip' }
  const version = /^EK(\d{1,3}):/.exec(text)
  if (!version) return { ok: false, problem: 'not-a-slip' }
  if (Number(version[1]) > SLIP_VERSION) return { ok: false, problem: 'newer-version' }
  const m = SLIP_PATTERN.exec(text)
  if (!m) return { ok: false, problem: 'not-a-slip' }
  const [, sessionCode, round, pseudonym, sequence, from, digits, sum] = m
  if (checksum(text.slice(0, text.length - 4)) !== sum) return { ok: false, problem: 'checksum' }
  const scope = { from: Number(from), to: Number(from) + digits!.length - 1 }
  if (!validScope(scope)) return { ok: false, problem: 'not-a-slip' }
  return {
    ok: true,
    slip: {
      code: sessionCode!,
      round: Number(round) as Round,
      pseudonym: pseudonym!,
      sequence: Number(sequence),
      ...scope,
      choices: Array.from(digits!, (d) => choiceOf(Number(d))),
    },
  }
}

/** The vote a presenter is reading slips for. */
export interface VoteExpectation extends VoteScope {
  code: string
  round: Round
}

/** Decodes a slip and checks it belongs to this vote and round. */
export function readSlip(raw: string, expected: VoteExpectation): Decoded {
  const decoded = decodeSlip(raw)
  if (!decoded.ok) return decoded
  const { slip } = decoded
  if (slip.code !== expected.code) return { ok: false, problem: 'other-session', slip }
  if (slip.from !== expected.from || slip.to !== expected.to) {
    return { ok: false, problem: 'other-questions', slip }
  }
  if (slip.round !== expected.round) return { ok: false, problem: 'other-round', slip }
  return decoded
}

/** "vraag 3", "vraag 1 t/m 5". */
export const scopeText = (s: VoteScope) =>
  s.from === s.to ? `vraag ${s.from}` : `vraag ${s.from} t/m ${s.to}`

/** The questions of a scope, in order. */
export const scopeQuestions = (s: VoteScope) =>
  Array.from({ length: s.to - s.from + 1 }, (_, i) => s.from + i)

/** The questions as the ballot's address carries them: "3" or "1-15". */
export const scopeParam = (s: VoteScope) => (s.from === s.to ? `${s.from}` : `${s.from}-${s.to}`)

export function parseScopeParam(raw: unknown): VoteScope | null {
  const m = typeof raw === 'string' ? /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(raw) : null
  if (!m) return null
  const scope = { from: Number(m[1]), to: Number(m[2] ?? m[1]) }
  return validScope(scope) ? scope : null
}
