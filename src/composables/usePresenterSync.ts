import { onBeforeUnmount, shallowRef } from 'vue'
import { STORAGE_KEYS } from '@/db/constants'
import {
  initialSession,
  reduce,
  restoreSession,
  type SessionAction,
  type SessionState,
} from '@/domain/session'

/**
 * The session state shared by the presenter and the audience windows of one scan.
 * The presenter owns it: it reduces actions, keeps the state in localStorage (a reload
 * continues the session) and sends it over a BroadcastChannel. The audience only listens, and
 * asks for the state when it opens. Same origin only: nothing leaves the browser.
 */
const storageKey = (scanId: string) => `${STORAGE_KEYS.sessionPrefix}${scanId}`

type Message =
  | { type: 'state'; state: SessionState }
  | { type: 'hello' }
  | { type: 'action'; action: SessionAction }
  | { type: 'fit'; question: number; clipped: boolean }

function load(scanId: string): SessionState {
  try {
    return restoreSession(JSON.parse(localStorage.getItem(storageKey(scanId)) ?? 'null'))
  } catch {
    return initialSession()
  }
}

export function usePresenterSync(scanId: string, role: 'presenter' | 'audience') {
  // shallowRef: the state is replaced, never mutated, and must stay a plain (cloneable) object.
  const state = shallowRef<SessionState>(load(scanId))
  /** The question whose answer the projector had to shorten, as the audience reports it. */
  const clippedQuestion = shallowRef<number | null>(null)
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(storageKey(scanId))

  function publish() {
    try {
      localStorage.setItem(storageKey(scanId), JSON.stringify(state.value))
    } catch {
      /* storage full or blocked: the channel still carries the state */
    }
    channel?.postMessage({ type: 'state', state: state.value } satisfies Message)
  }

  /**
   * The presenter reduces; the audience window passes a key it received (a clicker talks to the
   * window that has focus, which is the beamer's) to the presenter, which then sends the new
   * state to every window.
   */
  function dispatch(action: SessionAction) {
    if (role === 'audience') {
      channel?.postMessage({ type: 'action', action } satisfies Message)
      return
    }
    state.value = reduce(state.value, action, Date.now())
    publish()
  }

  if (channel) {
    channel.onmessage = (event: MessageEvent<Message>) => {
      const msg = event.data
      if (role === 'presenter' && msg?.type === 'hello') publish()
      if (role === 'presenter' && msg?.type === 'action') dispatch(msg.action)
      if (role === 'presenter' && msg?.type === 'fit') reportFit(msg.question, msg.clipped)
      if (role === 'audience' && msg?.type === 'state') state.value = restoreSession(msg.state)
    }
    if (role === 'audience') channel.postMessage({ type: 'hello' } satisfies Message)
  }

  // Without BroadcastChannel, the storage event still reaches other windows.
  const onStorage = (e: StorageEvent) => {
    if (role === 'audience' && e.key === storageKey(scanId) && e.newValue) {
      state.value = restoreSession(JSON.parse(e.newValue))
    }
  }
  window.addEventListener('storage', onStorage)

  onBeforeUnmount(() => {
    channel?.close()
    window.removeEventListener('storage', onStorage)
  })

  /** Whether the projector shows the current answer whole (audience → presenter). */
  function reportFit(question: number, clipped: boolean) {
    if (role === 'audience') {
      channel?.postMessage({ type: 'fit', question, clipped } satisfies Message)
      return
    }
    if (clipped) clippedQuestion.value = question
    else if (clippedQuestion.value === question) clippedQuestion.value = null
  }

  return { state, dispatch, clippedQuestion, reportFit }
}
