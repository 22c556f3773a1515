import { useEventListener } from '@vueuse/core'
import type { SessionAction } from '@/domain/session'

/**
 * Presenter keys, as clickers and slide tools use them: → / PageDown next, ← / PageUp back,
 * B blank, R reveal, T timer, K time on the projector, 1 / 2 the
 * counting round (first impression, after the conversation), F full screen, ? help. Ignored while typing in a field, and with
 * Ctrl/Alt/Meta held, so browser shortcuts and text editing keep working.
 */
export function useSessionKeys(
  dispatch: (a: SessionAction) => void,
  extra: { fullscreen?: () => void; help?: () => void } = {},
) {
  useEventListener(window, 'keydown', (e: KeyboardEvent) => {
    if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented) return
    const t = e.target as HTMLElement | null
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return
    if (t?.closest('dialog[open]')) return
    const handled = (() => {
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          dispatch({ type: 'next' })
          return true
        case 'ArrowLeft':
        case 'PageUp':
          dispatch({ type: 'previous' })
          return true
        case 'b':
        case 'B':
          dispatch({ type: 'toggle-blank' })
          return true
        case 'r':
        case 'R':
          dispatch({ type: 'toggle-reveal' })
          return true
        case 't':
        case 'T':
          dispatch({ type: 'toggle-timer' })
          return true
        case 'k':
        case 'K':
          dispatch({ type: 'toggle-clock' })
          return true
        case '1':
        case '2':
          dispatch({ type: 'set-round', round: e.key === '1' ? 1 : 2 })
          return true
        case 'f':
        case 'F':
          extra.fullscreen?.()
          return !!extra.fullscreen
        case '?':
          extra.help?.()
          return !!extra.help
        default:
          return false
      }
    })()
    if (handled) e.preventDefault()
  })
}
