import type { jsPDF as JsPdf } from 'jspdf'
import type { autoTable as AutoTable } from 'jspdf-autotable'
import { toolName } from '@/content/intro'
import type { AgendaAction } from '@/domain/agenda'
import { dutchDate } from '@/domain/dates'
import type { AnswerMap, ScanMeta } from '@/domain/scan'
import { fitToFont } from './text'

/**
 * What every PDF of the tool shares: the page, the colours, a writer that wraps text and breaks
 * pages, the embedded font, the running header and footer and the document's properties. The
 * builders (buildScanPdf, buildReportPdf) are pure: jsPDF, autoTable and the font data are passed
 * in, so the app loads them only when a PDF is made and tests can run them in Node.
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
  constructor(
    readonly doc: JsPdf,
    readonly fit: (t: string) => string,
  ) {}

  lineHeight(size: number) {
    return size * PT * 1.45
  }

  newPage() {
    this.doc.addPage()
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

  /** Writes text, wrapped, continuing on new pages as needed. */
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
    } = {},
  ) {
    const size = opts.size ?? 10.5
    const indent = opts.indent ?? 0
    this.doc.setFont(FONT, opts.bold ? 'bold' : 'normal')
    this.doc.setTextColor(...((opts.color ?? COLOR.text) as [number, number, number]))
    const lh = this.lineHeight(size)
    const lines = this.lines(text, size, WIDTH - indent)
    lines.forEach((line, i) => {
      this.ensure(lh + (i === lines.length - 1 ? (opts.keepLastWith ?? 0) : 0))
      this.doc.text(line, MARGIN.left + indent, this.y + size * PT)
      this.y += lh
    })
    this.y += opts.after ?? 2
  }

  /** A heading that never sits alone at the bottom of a page: it needs room for what follows. */
  heading(text: string, size: number, keepWith = 20) {
    const lines = this.lines(text, size)
    this.ensure(lines.length * this.lineHeight(size) + keepWith)
    this.text(text, { size, bold: true, color: COLOR.accent, after: 2 })
  }

  rule() {
    this.doc.setDrawColor(...(COLOR.rule as [number, number, number]))
    this.doc.setLineWidth(0.3)
    this.doc.line(MARGIN.left, this.y, PAGE.w - MARGIN.right, this.y)
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
function headersAndFooters(doc: JsPdf, title: string, fit: (t: string) => string) {
  const total = doc.getNumberOfPages()
  for (let i = 1; i <= total; i++) {
    doc.setPage(i)
    doc.setFont(FONT, 'normal')
    doc.setFontSize(8.5)
    doc.setTextColor(...(COLOR.subtle as [number, number, number]))
    if (i > 1) {
      const head = doc.splitTextToSize(fit(`${toolName} · ${title}`), WIDTH)[0] as string
      doc.text(head, MARGIN.left, 13)
      doc.setDrawColor(...(COLOR.rule as [number, number, number]))
      doc.line(MARGIN.left, 15, PAGE.w - MARGIN.right, 15)
    }
    doc.text(`pagina ${i} van ${total}`, PAGE.w - MARGIN.right, PAGE.h - 10, { align: 'right' })
  }
}

/** A new A4 document with the font registered, a writer on its first page and the glyph fitter. */
export function startPdf(deps: PdfDeps) {
  const doc = new deps.jsPDF({ unit: 'mm', format: 'a4', compress: true })
  const hasGlyph = registerFonts(doc, deps.fonts)
  const fit = (t: string) => fitToFont(t, hasGlyph)
  return { doc, fit, w: new Writer(doc, fit) }
}

/** Header, footer and the document's properties (title, subject, author, language). */
export function finishPdf(
  doc: JsPdf,
  meta: ScanMeta,
  kind: string,
  keywords: string,
  fit: (t: string) => string,
) {
  headersAndFooters(doc, meta.title, fit)
  doc.setProperties({
    title: fit(`${kind}: ${meta.title}`),
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
