import { ref } from 'vue'
import { isToolError } from '@/domain/errors'

/**
 * Runs a user's action (add, move, delete, rename) and decides where its failure shows, by one
 * rule: a failure of the browser's storage shows once, in the storage banner (stores/storage
 * sets it in track()); a rule of the tool (the agenda is full, the draft is gone) shows here, next
 * to what the user did, in its own Dutch words (content/errors.ts).
 */
export function useAttempt() {
  const failure = ref('')
  async function attempt(action: () => Promise<void>) {
    failure.value = ''
    try {
      await action()
    } catch (e) {
      if (isToolError(e)) failure.value = e.message
    }
  }
  return { failure, attempt }
}
