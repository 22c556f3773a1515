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

/** A node of pdf.js's structure tree: an element (role, kids) or a marked-content reference. */
export interface TreeNode {
  role?: string
  alt?: string
  type?: string
  id?: string
  children?: TreeNode[]
}

export interface TaggedPage {
  tree: TreeNode | null
  /** The text of each marked-content id on the page. */
  textById: Map<string, string>
  /** Non-empty text runs outside any marked content, and those inside an artifact. */
  untagged: string[]
  artifacts: string[]
  /** Marked-content ids used in the page's content. */
  ids: Set<string>
}

/** The structure tree and the marked content of every page, as pdf.js reads them back. */
export async function taggedOf(
  source: jsPDF | Uint8Array,
): Promise<{ pages: TaggedPage[]; raw: string; metadata: { get(k: string): unknown } | null }> {
  const data = source instanceof Uint8Array ? source : new Uint8Array(source.output('arraybuffer'))
  const raw = Buffer.from(data).toString('latin1')
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise
  const pages: TaggedPage[] = []
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i)
    const tree = (await page.getStructTree()) as TreeNode | null
    const content = await page.getTextContent({ includeMarkedContent: true })
    const stack: { id?: string; tag?: string }[] = []
    const textById = new Map<string, string>()
    const untagged: string[] = []
    const artifacts: string[] = []
    const ids = new Set<string>()
    for (const item of content.items as Record<string, unknown>[]) {
      if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
        const mc = { id: item.id as string | undefined, tag: item.tag as string | undefined }
        if (mc.id) ids.add(mc.id)
        stack.push(mc)
      } else if (item.type === 'endMarkedContent') stack.pop()
      else if (typeof item.str === 'string' && item.str.trim() !== '') {
        const str = item.str
        const tagged = [...stack].reverse().find((m) => m.id)
        if (stack.some((m) => m.tag === 'Artifact')) artifacts.push(str)
        else if (tagged?.id)
          textById.set(tagged.id, `${textById.get(tagged.id) ?? ''} ${str}`.trim())
        else untagged.push(str)
      }
    }
    pages.push({ tree, textById, untagged, artifacts, ids })
  }
  const meta = await pdf.getMetadata()
  return { pages, raw, metadata: (meta.metadata as { get(k: string): unknown } | null) ?? null }
}

/** Every element of a tree, depth first, in reading order. */
export function elementsOf(node: TreeNode | null): TreeNode[] {
  if (!node) return []
  const own = node.role ? [node] : []
  return [...own, ...(node.children ?? []).flatMap(elementsOf)]
}

/** The text of an element on one page: its marked content and its kids', in order. */
export function textOfNode(node: TreeNode, page: TaggedPage): string {
  if (node.type === 'content') return page.textById.get(node.id!) ?? ''
  return (node.children ?? [])
    .map((k) => textOfNode(k, page))
    .filter(Boolean)
    .join(' ')
}
