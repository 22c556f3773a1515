import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { clockTime } from '@/domain/dates'
import { isToolError } from '@/domain/errors'
import { classifyStorageError, storageErrorMessage } from '@/domain/storageErrors'
import type { StorageMode } from '@/db/repository'

/** A field registered for saving on page exit. */
export interface PendingField {
  /** Start saving what is pending now. */
  flush(): Promise<void>
  /** A change that failed to save and is not in the journal either. */
  atRisk(): boolean
}

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

  /**
   * The autosave registry: every field with typing to save registers here, and one set of
   * page-exit listeners saves them all. The journal (db/journal.ts) already holds each change,
   * so an exit cannot lose it; these listeners start the IndexedDB writes early, and warn before
   * leaving only for a change that neither a save nor the journal could keep.
   */
  const fields = new Set<PendingField>()
  let listening = false
  function register(field: PendingField) {
    fields.add(field)
    listen()
    return () => void fields.delete(field)
  }
  async function flushAll() {
    await Promise.allSettled([...fields].map((f) => f.flush()))
  }
  function listen() {
    if (listening || typeof window === 'undefined') return
    listening = true
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void flushAll()
    })
    window.addEventListener('pagehide', () => void flushAll())
    window.addEventListener('beforeunload', (event) => {
      void flushAll()
      if ([...fields].some((f) => f.atRisk())) event.preventDefault()
    })
  }

  function setUnsaved(key: string, value: boolean) {
    if (value) unsaved.value.add(key)
    else unsaved.value.delete(key)
  }

  /** A write that failed outside track() (replaying the journal). */
  function report(e: unknown) {
    error.value = storageErrorMessage(classifyStorageError(e))
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
      // A rule of the tool (domain/errors.ts) is not a storage failure: the caller shows it.
      if (!isToolError(e)) report(e)
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
    report,
    register,
    flushAll,
    statusText,
  }
})
