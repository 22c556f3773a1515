import { useEventListener } from '@vueuse/core'
import { onBeforeUnmount } from 'vue'
import { useStorageStore } from '@/stores/storage'
import { createDebouncedSaver } from './debouncedSaver'

/** Typing is saved after this many ms of quiet (the ceiling is 500). */
export const AUTOSAVE_DELAY_MS = 400

/**
 * Autosave for one field. Besides the debounce, the pending value is written at once when
 * the tab is hidden, the page is being closed or left (pagehide, beforeunload) and when the
 * component goes away. A browser gives an unloading page no time to wait for IndexedDB, but
 * a transaction started in pagehide is committed; so we start it there, synchronously.
 * Only when a save has failed do we ask the browser to warn before leaving.
 */
export function useAutosave<T>(
  key: string,
  save: (value: T) => Promise<unknown>,
  delay = AUTOSAVE_DELAY_MS,
) {
  const storage = useStorageStore()
  const saver = createDebouncedSaver(save, delay, (unsaved) => storage.setUnsaved(key, unsaved))

  useEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') void saver.flush()
  })
  useEventListener(window, 'pagehide', () => void saver.flush())
  useEventListener(window, 'beforeunload', (event: BeforeUnloadEvent) => {
    void saver.flush()
    if (saver.hasUnsaved()) event.preventDefault()
  })
  const unregister = storage.registerFlush(saver.flush)
  onBeforeUnmount(() => {
    unregister()
    void saver.flush()
  })

  function schedule(value: T) {
    storage.setUnsaved(key, true)
    saver.schedule(value)
  }

  return { schedule, flush: saver.flush, hasUnsaved: saver.hasUnsaved }
}
