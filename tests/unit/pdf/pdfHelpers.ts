import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { jsPDF } from 'jspdf'
import { autoTable } from 'jspdf-autotable'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { expect } from 'vitest'

/** What the PDF tests share: the real fonts and libraries, and the text pdf.js reads back. */
const fontDir = resolve(__dirname, '../../../node_modules/@expo-google-fonts/noto-sans')
export const fonts = {
  regular: readFileSync(resolve(fontDir, '400Regular/NotoSans_400Regular.ttf')).toString('base64'),
  bold: readFileSync(resolve(fontDir, '700Bold/NotoSans_700Bold.ttf')).toString('base64'),
}
export const deps = { jsPDF, autoTable, fonts }

export async function textOf(doc: jsPDF): Promise<{ text: string; pages: number }> {
  const data = new Uint8Array(doc.output('arraybuffer'))
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise
  let text = ''
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i)
    const content = await page.getTextContent()
    text += content.items.map((it) => ('str' in it ? it.str : '')).join('\n') + '\n'
  }
  return { text: text.replace(/\s+/g, ' '), pages: pdf.numPages }
}

/** Asserts the parts appear in this order in the text. */
export function expectInOrder(text: string, parts: string[]) {
  let from = 0
  for (const p of parts) {
    const at = text.indexOf(p, from)
    expect(at, `“${p}” na positie ${from}`).toBeGreaterThanOrEqual(0)
    from = at + p.length
  }
}
