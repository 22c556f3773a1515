import { ref, watch, type Ref } from 'vue'
import { useAutosave } from './useAutosave'

/**
 * A text field that autosaves and follows its stored value. What the user types stays on
 * screen even when saving fails; a stored change from elsewhere (another tab) is taken over
 * only when this field has nothing unsaved and does not have focus, so no cursor jumps.
 */
export function useSyncedField(
  key: string,
  stored: () => string | undefined,
  save: (value: string) => Promise<unknown>,
) {
  const value = ref(stored() ?? '')
  const el: Ref<HTMLInputElement | HTMLTextAreaElement | null> = ref(null)
  const autosave = useAutosave(key, save)

  watch(stored, (next) => {
    if (next === undefined || next === value.value) return
    if (document.activeElement === el.value || autosave.hasUnsaved()) return
    value.value = next
  })

  return {
    value,
    el,
    onInput: () => autosave.schedule(value.value),
    onBlur: () => void autosave.flush(),
    focus: () => el.value?.focus(),
  }
}
