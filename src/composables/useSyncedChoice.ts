import { ref, watch, type Ref } from 'vue'

/**
 * A choice (radio, checkbox) that saves at once and follows its stored value. Between a click
 * and the moment the stored value shows that click, an older stored value can still arrive
 * (a text save that was already under way); it is ignored, so the choice does not flicker back.
 * When saving fails, the choice stays on screen (the storage banner says what went wrong) and
 * the field follows the stored value again from then on.
 */
export function useSyncedChoice<T>(
  stored: () => T | undefined,
  save: (value: T) => Promise<unknown>,
  initial: T,
) {
  const value = ref(stored() ?? initial) as Ref<T>
  /** The last value chosen here that the store has not shown yet. */
  let awaiting: { value: T } | null = null

  watch(stored, (next) => {
    if (next === undefined) return
    if (awaiting) {
      if (next !== awaiting.value) return
      awaiting = null
    }
    value.value = next
  })

  function choose(next: T) {
    value.value = next
    const mine = { value: next }
    awaiting = mine
    void save(next).catch(() => {
      if (awaiting === mine) awaiting = null
    })
  }

  return { value, choose }
}
