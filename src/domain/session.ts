import { QUESTION_COUNT } from '@/content/questions'
import type { Round } from './tally'
import type { Vote } from './ballotBox'
import * as v from 'valibot'
import {
  restoreFields,
  sessionFields,
  voteSchema,
  type SessionFields,
  type Stopwatch,
} from './records'

/**
 * The small shared state of a dialogue session, synced from the presenter to the audience
 * view (Slidev's shared state idea): which question, revealed or not, blank screen, timers.
 * Changed only through `reduce`, a pure function.
 */
export type { Stopwatch }

/** Its fields are defined in records.ts (sessionFields). */
export interface SessionState extends SessionFields {
  version: 1
}

export type SessionAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'goto'; question: number }
  | { type: 'toggle-reveal' }
  | { type: 'toggle-blank' }
  | { type: 'toggle-timer' }
  | { type: 'toggle-clock' }
  | { type: 'set-countdown'; minutes: number }
  | { type: 'set-round'; round: Round }
  | { type: 'start-vote'; vote: Vote }
  | { type: 'end-vote' }
  | { type: 'toggle-join' }

export const initialSession = (): SessionState => ({
  version: 1,
  question: 1,
  revealed: false,
  blank: false,
  session: { elapsedMs: 0, since: null },
  perQuestion: { elapsedMs: 0, since: null },
  clockShown: false,
  countdownMinutes: 0,
  round: 1,
  vote: null,
  joinShown: false,
})

/** Lengths the facilitator can choose per question (0: count up). */
export const COUNTDOWN_CHOICES = [0, 3, 5, 10] as const

/**
 * What the projector's clock shows: the question's time counted up, or what is left of the
 * chosen minutes (never below zero; `over` once the time is up).
 */
export function questionClock(s: SessionState, now: number): { ms: number; over: boolean } {
  const spent = elapsed(s.perQuestion, now)
  if (s.countdownMinutes === 0) return { ms: spent, over: false }
  const left = s.countdownMinutes * 60_000 - spent
  return { ms: Math.max(left, 0), over: left <= 0 }
}

export const running = (w: Stopwatch) => w.since !== null

export function elapsed(w: Stopwatch, now: number): number {
  return w.elapsedMs + (w.since !== null ? Math.max(now - w.since, 0) : 0)
}

const stop = (w: Stopwatch, now: number): Stopwatch => ({ elapsedMs: elapsed(w, now), since: null })
const start = (w: Stopwatch, now: number): Stopwatch =>
  w.since !== null ? w : { ...w, since: now }

function goTo(s: SessionState, question: number, now: number): SessionState {
  const q = Math.min(Math.max(Math.trunc(question), 1), QUESTION_COUNT)
  if (q === s.question) return s
  // A new question starts hidden, in the first round, with its own timer from zero (running if
  // the session runs).
  return {
    ...s,
    question: q,
    revealed: false,
    blank: false,
    round: 1,
    joinShown: false,
    perQuestion: { elapsedMs: 0, since: running(s.session) ? now : null },
  }
}

export function reduce(s: SessionState, a: SessionAction, now: number): SessionState {
  switch (a.type) {
    case 'next':
      return goTo(s, s.question + 1, now)
    case 'previous':
      return goTo(s, s.question - 1, now)
    case 'goto':
      return goTo(s, a.question, now)
    case 'toggle-reveal':
      return { ...s, revealed: !s.revealed, blank: false, joinShown: false }
    case 'toggle-blank':
      return { ...s, blank: !s.blank }
    case 'toggle-timer':
      return running(s.session)
        ? { ...s, session: stop(s.session, now), perQuestion: stop(s.perQuestion, now) }
        : { ...s, session: start(s.session, now), perQuestion: start(s.perQuestion, now) }
    case 'toggle-clock':
      return { ...s, clockShown: !s.clockShown }
    case 'set-round':
      return a.round === 1 || a.round === 2 ? { ...s, round: a.round } : s
    case 'start-vote':
      return v.is(voteSchema, a.vote)
        ? { ...s, vote: { ...a.vote }, joinShown: true, revealed: false, blank: false }
        : s
    case 'end-vote':
      return { ...s, vote: null, joinShown: false }
    case 'toggle-join':
      return s.vote ? { ...s, joinShown: !s.joinShown, blank: false } : s
    case 'set-countdown': {
      const minutes = Math.trunc(a.minutes)
      return Number.isInteger(minutes) && minutes >= 0 && minutes <= 60
        ? { ...s, countdownMinutes: minutes }
        : s
    }
  }
}

/** Anything read back (storage, another window) becomes a valid state, or the initial one. */
export function restoreSession(raw: unknown): SessionState {
  const fields = restoreFields(sessionFields, raw)
  return fields ? { version: 1, ...fields } : initialSession()
}

/** "12:05" or "1:02:05". */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(ms, 0) / 1000)
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const sec = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`
}
