/**
 * File I/O for the browser: offering a text file as a download and reading a chosen file.
 * Serialising and validating live in domain/fileFormat.ts.
 */
export function downloadTextFile(name: string, content: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // Revoke later: some browsers start the download only after the click handler has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Reads a chosen file as UTF-8 text (FileReader: also in older browsers); `signal` stops it. */
export function readTextFile(file: Blob, signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    const stop = () => reader.abort()
    signal?.addEventListener('abort', stop, { once: true })
    reader.onloadend = () => signal?.removeEventListener('abort', stop)
    reader.onload = () => resolve(String(reader.result ?? ''))
    reader.onerror = () => reject(reader.error ?? new Error('Lezen mislukt'))
    reader.onabort = () => reject(new DOMException('Lezen gestopt', 'AbortError'))
    if (signal?.aborted) {
      reject(new DOMException('Lezen gestopt', 'AbortError'))
      return
    }
    reader.readAsText(file, 'utf-8')
  })
}
