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

/** Reads a chosen file as UTF-8 text (FileReader: also in older browsers). */
export function readTextFile(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result ?? ''))
    reader.onerror = () => reject(reader.error ?? new Error('Lezen mislukt'))
    reader.readAsText(file, 'utf-8')
  })
}
