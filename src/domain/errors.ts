import { errorTexts, type ErrorCode } from '@/content/errors'

/**
 * A failure the app knows: a code to decide on (callers test `code`, never the text) and its
 * Dutch text from content/errors.ts as the message.
 */
export class ToolError extends Error {
  constructor(readonly code: ErrorCode) {
    super(errorTexts[code])
    this.name = 'ToolError'
  }
}

export const isToolError = (e: unknown, code?: ErrorCode): e is ToolError =>
  e instanceof ToolError && (code === undefined || e.code === code)
