import { onBeforeUnmount, ref, watch, type Ref } from 'vue'
import { changeSaved, recordChange } from '@/db/journal'
import { changeTime, fieldKey, type FieldTarget, type FieldValues } from '@/domain/fields'
import { useScanStore } from '@/stores/scan'
import { useStorageStore } from '@/stores/storage'
import { createDebouncedSaver } from './debouncedSaver'

/** Typing is saved after this many ms of quiet; choices (delay 0) at once. */
export const AUTOSAVE_DELAY_MS = 400

/**
 * One field of the open scan as the user edits it: text, label, checkbox, tally, agenda field.
 * The one mechanism for a local edit against the live store's echo, and the one path to disk:
 *
 * 1. A change shows at once, is written synchronously to the journal, and is saved to
 *    IndexedDB after the debounce (or at once, for choices), in order.
 * 2. A stored value is taken over only when it is at least as new as this field's own last
 *    change (its field time), so an older echo (a save that was already under way) never
 *    flicks the field back; while a change of ours waits to be saved, nothing is taken over.
 * 3. With `holdWhileFocused` (text), a stored change from another tab waits until the field
 *    loses focus, so the cursor never jumps.
 * A failed save keeps the value on screen and in the journal; the next change or exit retries.
 *
 * The target is fixed for the component's life: a component whose field changes with a prop
 * (the presenter's tally for the current question) must be keyed by it.
 */
export function useSyncedValue<P extends keyof FieldValues>(
  target: FieldTarget & { prop: P },
  fallback: FieldValues[P],
  options: { delay?: number; holdWhileFocused?: boolean } = {},
) {
  const delay = options.delay ?? AUTOSAVE_DELAY_MS
  const holdWhileFocused = options.holdWhileFocused ?? delay > 0
  type V = FieldValues[P]
  const scan = useScanStore()
  const storage = useStorageStore()
  const scanId = scan.id
  const stored = () => scan.storedValue(target) as { value: V; at: number } | undefined
  const key = fieldKey(target)

  const value = ref(stored()?.value ?? fallback) as Ref<V>
  const el: Ref<HTMLElement | null> = ref(null)
  /** Time of this field's last change here; stored values older than it are echoes. */
  let lastChange = 0
  let journaled = true

  const saver = createDebouncedSaver<{ value: V; at: number }>(
    async (change) => {
      await scan.saveField(target, change.value, change.at)
      if (scanId) changeSaved(scanId, target, change.at)
    },
    delay,
    (unsaved) => storage.setUnsaved(key, unsaved),
  )

  function takeStored() {
    const s = stored()
    if (!s || s.at < lastChange || saver.hasUnsaved()) return
    if (holdWhileFocused && el.value && document.activeElement === el.value) return
    value.value = s.value
  }
  watch(stored, takeStored)

  /** The user changed the field. */
  function set(next: V) {
    value.value = next
    const at = changeTime()
    lastChange = at
    journaled = scanId !== null && recordChange(scanId, target, next, at)
    storage.setUnsaved(key, true)
    saver.schedule({ value: next, at })
    if (delay === 0) void saver.flush()
  }

  const unregister = storage.register({
    flush: saver.flush,
    atRisk: () => saver.hasUnsaved() && !journaled,
  })
  onBeforeUnmount(() => {
    unregister()
    void saver.flush()
  })

  return {
    value,
    el,
    set,
    /** Save now (on blur), then follow the store again. */
    async flush() {
      await saver.flush()
      takeStored()
    },
    focus: () => el.value?.focus(),
  }
}
