/**
 * Debounced, ordered saving of one value (an answer text), without Vue.
 * - schedule(v): save v after `delay` ms of quiet; a newer value replaces an unsaved older one.
 * - flush(): save the pending value now (blur, tab hidden, page closing).
 * - Saves run one after another, so an older text can never land after a newer one.
 * - A failed save keeps its value pending (unless a newer one came), so the next flush retries.
 * - onSettled(hasUnsaved) is called after every save attempt.
 */
export interface DebouncedSaver<T> {
  schedule(value: T): void
  flush(): Promise<void>
  hasUnsaved(): boolean
  cancel(): void
}

export function createDebouncedSaver<T>(
  save: (value: T) => Promise<unknown>,
  delay: number,
  onSettled: (hasUnsaved: boolean) => void = () => {},
): DebouncedSaver<T> {
  let timer: ReturnType<typeof setTimeout> | null = null
  let pending: { value: T } | null = null
  let failed = false
  let chain: Promise<void> = Promise.resolve()

  function clearTimer() {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  function flush(): Promise<void> {
    clearTimer()
    if (!pending) return chain
    const { value } = pending
    pending = null
    chain = chain.then(async () => {
      try {
        await save(value)
        failed = false
      } catch {
        failed = true
        pending ??= { value }
      }
      onSettled(pending !== null || failed)
    })
    return chain
  }

  return {
    schedule(value) {
      pending = { value }
      clearTimer()
      timer = setTimeout(() => void flush(), delay)
    },
    flush,
    hasUnsaved: () => pending !== null || failed,
    cancel() {
      clearTimer()
      pending = null
    },
  }
}
