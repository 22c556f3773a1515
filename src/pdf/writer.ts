import type { jsPDF as JsPdf } from 'jspdf'
import type { autoTable as AutoTable } from 'jspdf-autotable'
import { toolName } from '@/content/intro'
import type { AgendaAction } from '@/domain/agenda'
import { dutchDate } from '@/domain/dates'
import type { AnswerMap, ScanMeta } from '@/domain/scan'
import { Elem, Tagger, type Role } from './tagging'
import { fitToFont } from './text'

/**
 * What every PDF of the tool shares: the page, the colours, a writer that wraps text and breaks
 * pages, the embedded font, the running header and footer and the document's properties. The
 * builders (buildScanPdf, buildReportPdf) are pure: jsPDF, autoTable and the font data are passed
 * in, so the app loads them only when a PDF is made and tests can run them in Node.
 *
 * Everything drawn is tagged (tagging.ts): `text` and `heading` put their lines into a new element
 * (or the one given) under `parent`, rules and the running header and footer are artifacts.
 *
 * Trap: jsPDF's standard fonts cannot print ş, ł, ğ, ı, ż and more, so an embedded TTF (regular
 * and bold) is registered under one family and every style used (table headers included) must
 * exist in it, or jsPDF falls back silently and warns "Unable to look up font".
 */

export interface PdfScan {
  meta: ScanMeta
  answers: AnswerMap
  actions: readonly AgendaAction[]
}

export interface PdfDeps {
  jsPDF: typeof JsPdf
  autoTable: typeof AutoTable
  /** Base64 TTF data. */
  fonts: { regular: string; bold: string }
  /** The municipality's logo (logo.ts), shown at the top of the first page. */
  logo?: PdfLogo
}

/** A PNG image and its size in pixels. */
export interface PdfLogo {
  data: Uint8Array
  width: number
  height: number
}

export const FONT = 'NotoSans'
export const PAGE = { w: 210, h: 297 }
export const MARGIN = { top: 24, bottom: 22, left: 22, right: 22 }
export const WIDTH = PAGE.w - MARGIN.left - MARGIN.right
export const COLOR = {
  text: [27, 27, 27],
  subtle: [74, 74, 74],
  accent: [21, 66, 115],
  rule: [201, 206, 214],
  warning: [122, 74, 0],
  track: [243, 245, 248],
}

/** The four label colours of the light scheme (theme.css --rt-color-label-N, checked by a test). */
export const LABEL_COLOR: Record<1 | 2 | 3 | 4, string> = {
  1: '#102a5c',
  2: '#1f93a8',
  3: '#e06500',
  4: '#b8406f',
}
export const PT = 0.3528 // mm per point

export type Rgb = number[]

export class Writer {
  y = MARGIN.top
  /** Where new elements go in the structure tree. */
  parent: Elem
  constructor(
    readonly doc: JsPdf,
    readonly fit: (t: string) => string,
    readonly tag: Tagger,
  ) {
    this.parent = tag.root
  }

  /** Runs `draw` with new elements going into `elem`. */
  within<T>(elem: Elem, draw: () => T): T {
    const before = this.parent
    this.parent = elem
    try {
      return draw()
    } finally {
      this.parent = before
    }
  }

  lineHeight(size: number) {
    return size * PT * 1.45
  }

  newPage() {
    this.tag.breakPage(() => this.doc.addPage())
    this.y = MARGIN.top
  }

  /** Start a new page unless `space` mm still fits on this one. */
  ensure(space: number) {
    if (this.y + space > PAGE.h - MARGIN.bottom) this.newPage()
  }

  lines(text: string, size: number, width = WIDTH): string[] {
    this.doc.setFontSize(size)
    return this.doc.splitTextToSize(this.fit(text), width) as string[]
  }

  /**
   * Writes text, wrapped, continuing on new pages as needed, as content of `as`: an element, or
   * a new one of that role (a paragraph by default). Returns the element.
   */
  text(
    text: string,
    opts: {
      size?: number
      bold?: boolean
      color?: Rgb
      indent?: number
      after?: number
      /** Room (mm) that must follow the last line on the same page. */
      keepLastWith?: number
      as?: Elem | Role
    } = {},
  ): Elem {
    const size = opts.size ?? 10.5
    const indent = opts.indent ?? 0
    this.doc.setFont(FONT, opts.bold ? 'bold' : 'normal')
    this.doc.setTextColor(...((opts.color ?? COLOR.text) as [number, number, number]))
    const lh = this.lineHeight(size)
    const lines = this.lines(text, size, WIDTH - indent)
    const elem = opts.as instanceof Elem ? opts.as : this.tag.add(opts.as ?? 'P', this.parent)
    lines.forEach((line, i) => {
      // The page break (if any) comes first, so a run opens on the page its first line is on.
      this.ensure(lh + (i === lines.length - 1 ? (opts.keepLastWith ?? 0) : 0))
      if (!this.tag.isOpen) this.tag.begin(elem)
      this.doc.text(line, MARGIN.left + indent, this.y + size * PT)
      this.y += lh
    })
    if (this.tag.isOpen) this.tag.end()
    this.y += opts.after ?? 2
    return elem
  }

  /** A heading that never sits alone at the bottom of a page: it needs room for what follows. */
  heading(text: string, size: number, keepWith = 20, role: 'H1' | 'H2' | 'H3' = 'H2') {
    const lines = this.lines(text, size)
    this.ensure(lines.length * this.lineHeight(size) + keepWith)
    return this.text(text, { size, bold: true, color: COLOR.accent, after: 2, as: role })
  }

  /**
   * Pairs side by side (a fact and its value, a label and its text) as a list: L, then per pair
   * LI with Lbl and LBody. A pair stays on one page.
   */
  pairs(
    rows: readonly (readonly [string, string])[],
    opts: { keyWidth: number; size?: number; keySize?: number; keyColor?: Rgb; after?: number },
  ) {
    const size = opts.size ?? 10
    const keySize = opts.keySize ?? size
    const list = this.tag.add('L', this.parent)
    for (const [key, value] of rows) {
      // Measured in the font they are drawn in: the key bold, the value regular.
      this.doc.setFont(FONT, 'bold')
      const keyLines = this.lines(key, keySize, opts.keyWidth - 3)
      this.doc.setFont(FONT, 'normal')
      const valueLines = this.lines(value, size, WIDTH - opts.keyWidth)
      const height = Math.max(
        keyLines.length * this.lineHeight(keySize),
        valueLines.length * this.lineHeight(size),
      )
      this.ensure(Math.min(height, 60))
      const item = this.tag.add('LI', list)
      const top = this.y
      this.doc.setFont(FONT, 'bold')
      this.doc.setFontSize(keySize)
      this.doc.setTextColor(...((opts.keyColor ?? COLOR.text) as [number, number, number]))
      this.tag.content(this.tag.add('Lbl', item), () =>
        keyLines.forEach((line, i) =>
          this.doc.text(line, MARGIN.left, top + i * this.lineHeight(keySize) + keySize * PT),
        ),
      )
      this.within(item, () =>
        this.text(value, { size, indent: opts.keyWidth, after: 0, as: 'LBody' }),
      )
      this.y = Math.max(this.y, top + height) + (opts.after ?? 1.5)
    }
    return list
  }

  /** Items as a list without bullets or numbers: L, then per item LI with its LBody. */
  list(items: readonly string[], opts: { size?: number; after?: number } = {}) {
    const list = this.tag.add('L', this.parent)
    for (const item of items) {
      const li = this.tag.add('LI', list)
      this.within(li, () => this.text(item, { size: opts.size, after: opts.after, as: 'LBody' }))
    }
    return list
  }

  rule() {
    this.tag.artifact(() => {
      this.doc.setDrawColor(...(COLOR.rule as [number, number, number]))
      this.doc.setLineWidth(0.3)
      this.doc.line(MARGIN.left, this.y, PAGE.w - MARGIN.right, this.y)
    })
    this.y += 4
  }

  gap(mm: number) {
    this.y += mm
  }
}

function registerFonts(doc: JsPdf, fonts: PdfDeps['fonts']) {
  doc.addFileToVFS('NotoSans-Regular.ttf', fonts.regular)
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal')
  doc.addFileToVFS('NotoSans-Bold.ttf', fonts.bold)
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold')
  doc.setFont(FONT, 'normal')
  const font = doc.internal as unknown as {
    getFont(
      name: string,
      style: string,
    ): { metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } } }
  }
  const maps = ['normal', 'bold'].map(
    (s) => font.getFont(FONT, s).metadata?.cmap?.unicode?.codeMap ?? {},
  )
  // A character prints only if both styles have it (answers and headings share the checks).
  return (cp: number) => maps.every((m) => (m[cp] ?? 0) > 0)
}

/** Running header and "pagina x van y" on every page but the title page. */
function headersAndFooters(w: Writer, title: string) {
  const { doc, fit, tag } = w
  const total = doc.getNumberOfPages()
  for (let i = 1; i <= total; i++) {
    doc.setPage(i)
    doc.setFont(FONT, 'normal')
    doc.setFontSize(8.5)
    doc.setTextColor(...(COLOR.subtle as [number, number, number]))
    tag.artifact(() => {
      if (i > 1) {
        const head = doc.splitTextToSize(fit(`${toolName} · ${title}`), WIDTH)[0] as string
        doc.text(head, MARGIN.left, 13)
        doc.setDrawColor(...(COLOR.rule as [number, number, number]))
        doc.line(MARGIN.left, 15, PAGE.w - MARGIN.right, 15)
      }
      doc.text(`pagina ${i} van ${total}`, PAGE.w - MARGIN.right, PAGE.h - 10, { align: 'right' })
    }, 'Pagination')
  }
}

/** A new A4 document with the font registered, a writer on its first page and the glyph fitter. */
export function startPdf(deps: PdfDeps) {
  const doc = new deps.jsPDF({ unit: 'mm', format: 'a4', compress: true })
  const hasGlyph = registerFonts(doc, deps.fonts)
  const fit = (t: string) => fitToFont(t, hasGlyph)
  return { doc, fit, w: new Writer(doc, fit, new Tagger(doc)) }
}

/** Header, footer and the document's properties (title, subject, author, language, XMP). */
export function finishPdf(w: Writer, meta: ScanMeta, kind: string, keywords: string) {
  const { doc, fit } = w
  headersAndFooters(w, meta.title)
  const title = fit(`${kind}: ${meta.title}`)
  w.tag.title = title
  w.tag.lang = 'nl'
  doc.setProperties({
    title,
    subject: fit(
      `${toolName}${meta.municipality ? `, gemeente ${meta.municipality}` : ''}, ${dutchDate(meta.date)}`,
    ),
    author: fit(meta.municipality ? `Gemeente ${meta.municipality}` : toolName),
    creator: toolName,
    keywords,
  })
  doc.setLanguage('nl')
  return doc
}
