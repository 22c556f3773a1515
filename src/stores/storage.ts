import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { clockTime } from '@/domain/dates'
import { classifyStorageError, storageErrorMessage } from '@/domain/storageErrors'
import type { StorageMode } from '@/db/repository'

/**
 * The truth about saving, for the status line and the banners: how storage was opened,
 * whether writes are in flight, when the last one landed, and the last failure.
 */
export const useStorageStore = defineStore('storage', () => {
  const mode = ref<StorageMode | null>(null)
  const pending = ref(0)
  const lastSavedAt = ref<number | null>(null)
  const error = ref<string | null>(null)
  const outdated = ref(false)
  /** Fields with typing that is not saved yet (waiting for the debounce, or failed). */
  const unsaved = ref(new Set<string>())

  /** Save functions of the fields with pending typing, so everything can be saved at once. */
  const flushers = new Set<() => Promise<void>>()
  function registerFlush(flush: () => Promise<void>) {
    flushers.add(flush)
    return () => flushers.delete(flush)
  }
  async function flushAll() {
    await Promise.allSettled([...flushers].map((f) => f()))
  }

  function setUnsaved(key: string, value: boolean) {
    if (value) unsaved.value.add(key)
    else unsaved.value.delete(key)
  }

  /** Runs one write and keeps the status honest. Rethrows so callers can keep their text. */
  async function track<T>(write: () => Promise<T>): Promise<T> {
    pending.value++
    try {
      const result = await write()
      lastSavedAt.value = Date.now()
      error.value = null
      return result
    } catch (e) {
      error.value = storageErrorMessage(classifyStorageError(e))
      throw e
    } finally {
      pending.value--
    }
  }

  const statusText = computed(() => {
    if (outdated.value) return 'Niet opgeslagen: herlaad de pagina.'
    if (error.value) return 'Opslaan mislukt.'
    if (mode.value === 'memory') return 'Niet opgeslagen: deze browser bewaart niets.'
    if (pending.value > 0 || unsaved.value.size > 0) return 'Bezig met opslaan…'
    if (lastSavedAt.value !== null)
      return `Opgeslagen in deze browser om ${clockTime(lastSavedAt.value)}`
    return 'Alles wat u typt, wordt automatisch opgeslagen in deze browser.'
  })

  return {
    mode,
    pending,
    lastSavedAt,
    error,
    outdated,
    unsaved,
    setUnsaved,
    track,
    registerFlush,
    flushAll,
    statusText,
  }
})
