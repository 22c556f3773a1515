import type { jsPDF as JsPdf } from 'jspdf'
import type { autoTable as AutoTable } from 'jspdf-autotable'
import { agendaColumns, agendaParts, followUpAdvice, followUpTexts } from '@/content/agenda'
import { pdfContents } from '@/content/pdf'
import { toolName, sourceCredit } from '@/content/intro'
import { labels } from '@/content/labels'
import { parts } from '@/content/parts'
import { questions, questionByNumber } from '@/content/questions'
import {
  actionCellText,
  actionsOfPart,
  agendaPartHeading,
  type AgendaAction,
} from '@/domain/agenda'
import { dutchDate, dutchDateTime } from '@/domain/dates'
import type { AnswerMap, ScanMeta } from '@/domain/scan'
import type { PdfContents } from '@/domain/fileNames'
import { fitToFont, normaliseParagraphs } from './text'

/**
 * Builds the PDF of a scan: pure, no I/O. jsPDF, autoTable and the font data are passed in, so
 * the app loads them only when a PDF is made and tests can run this in Node.
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

const FONT = 'NotoSans'
const PAGE = { w: 210, h: 297 }
const MARGIN = { top: 24, bottom: 22, left: 22, right: 22 }
const WIDTH = PAGE.w - MARGIN.left - MARGIN.right
const COLOR = {
  text: [27, 27, 27],
  subtle: [74, 74, 74],
  accent: [21, 66, 115],
  rule: [201, 206, 214],
}
const PT = 0.3528 // mm per point

type Rgb = number[]

class Writer {
  y = MARGIN.top
  constructor(
    readonly doc: JsPdf,
    private readonly fit: (t: string) => string,
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

const labelText = (value: number | null) => {
  const label = labels.find((l) => l.value === value)
  return label ? `Label ${label.value}: ${label.text}` : 'Geen label gekozen'
}

function participantsLine(meta: ScanMeta): string {
  if (meta.mode !== 'group') return 'Alleen ingevuld'
  if (meta.participants.length === 0) return 'Ingevuld met een groep'
  return meta.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)).join(', ')
}

function titlePage(w: Writer, scan: PdfScan, contents: PdfContents, now: Date) {
  const { meta } = scan
  w.gap(30)
  w.text(toolName, { size: 14, color: COLOR.subtle, after: 4 })
  const kind = pdfContents[contents].title
  w.text(kind, { size: 28, bold: true, color: COLOR.accent, after: 6 })
  w.text(meta.title, { size: 18, bold: true, after: 10 })
  const rows: [string, string][] = [
    ['Gemeente', meta.municipality || '–'],
    ['Datum', dutchDate(meta.date)],
    ['Deelnemers', participantsLine(meta)],
  ]
  if (contents !== 'agenda') {
    const answered = meta.answeredCount
    rows.push(['Ingevuld', `${answered} van ${questions.length} vragen`])
  }
  for (const [k, v] of rows) {
    w.text(k, { size: 10, bold: true, color: COLOR.subtle, after: 0.5 })
    w.text(v, { size: 12, after: 4 })
  }
  w.gap(20)
  w.text(`Gemaakt op ${dutchDateTime(now.getTime())}.`, { size: 9, color: COLOR.subtle, after: 1 })
  w.text(sourceCredit, { size: 9, color: COLOR.subtle })
}

function labelsPage(w: Writer) {
  w.newPage()
  w.heading('De vier labels', 16)
  w.text(
    'Bij elke vraag hoort een antwoord en één van deze vier labels. Het label laat zien hoe gedeeld het antwoord binnen de gemeente is.',
    { after: 5 },
  )
  for (const l of labels) {
    w.text(`Label ${l.value}`, { bold: true, after: 0.5 })
    w.text(l.text, { indent: 6, after: 4 })
  }
}

function scanSection(w: Writer, scan: PdfScan) {
  for (const part of parts) {
    w.newPage()
    w.heading(`${part.id}. ${part.title}`, 18, 40)
    w.gap(2)
    for (const n of part.questions) {
      const q = questionByNumber(n)!
      const a = scan.answers[n]
      w.heading(`Vraag ${n} van ${questions.length}`, 10, 30)
      w.text(q.text, { size: 12.5, bold: true, after: 3 })
      // The label stays in one piece with the rule under it, and with the answer's last line:
      // never a label alone at the top of a page.
      const label = labelText(a?.label ?? null)
      const labelRoom = w.lines(label, 10).length * w.lineHeight(10) + 9
      const answer = normaliseParagraphs(a?.text ?? '')
      if (answer) {
        const paras = answer.split('\n')
        paras.forEach((para, i) => {
          if (para === '') w.gap(2)
          else w.text(para, { after: 0.6, keepLastWith: i === paras.length - 1 ? labelRoom : 0 })
        })
        w.gap(1.5)
      } else {
        w.text('Niet ingevuld', { color: COLOR.subtle, after: 2.5, keepLastWith: labelRoom })
      }
      w.ensure(labelRoom)
      w.text(label, { size: 10, bold: true, color: COLOR.subtle, after: 1 })
      if (a?.discuss)
        w.text('Hier willen we over verder praten.', { size: 10, color: COLOR.subtle, after: 1 })
      w.gap(3)
      w.rule()
    }
  }
}

function whenText(a: AgendaAction): string {
  const date = a.whenDate ? dutchDate(a.whenDate) : ''
  return [a.when.trim(), date].filter(Boolean).join(' · ')
}

function agendaSection(w: Writer, scan: PdfScan, deps: PdfDeps, fit: (t: string) => string) {
  w.newPage()
  w.heading('Actieagenda', 20, 40)
  for (const p of agendaParts) {
    w.heading(agendaPartHeading(p), 14, 35)
    w.text(p.hint, { size: 9.5, color: COLOR.subtle, after: 3 })
    const rows = actionsOfPart(scan.actions, p.part).map((a) => [
      fit(actionCellText(a)),
      fit(a.who.trim()),
      fit(whenText(a)),
    ])
    if (rows.length === 0) {
      w.text('Nog geen acties.', { color: COLOR.subtle, after: 5 })
      continue
    }
    w.ensure(25)
    deps.autoTable(w.doc, {
      startY: w.y,
      margin: { left: MARGIN.left, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom },
      head: [[agendaColumns.action, agendaColumns.who, agendaColumns.when]],
      body: rows,
      theme: 'grid',
      styles: {
        font: FONT,
        fontStyle: 'normal',
        fontSize: 10,
        cellPadding: 2.2,
        textColor: COLOR.text as [number, number, number],
        lineColor: COLOR.rule as [number, number, number],
        lineWidth: 0.2,
        valign: 'top',
      },
      headStyles: {
        font: FONT,
        fontStyle: 'bold',
        fillColor: COLOR.accent as [number, number, number],
        textColor: [255, 255, 255],
      },
      columnStyles: {
        0: { cellWidth: WIDTH * 0.5 },
        1: { cellWidth: WIDTH * 0.3 },
        2: { cellWidth: WIDTH * 0.2 },
      },
      rowPageBreak: 'avoid',
    })
    const last = (w.doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable
    w.y = (last?.finalY ?? w.y) + 8
  }

  const f = scan.meta.followUp
  w.heading(followUpTexts.heading, 14, 30)
  w.text(followUpAdvice, { size: 9.5, color: COLOR.subtle, after: 4 })
  const meet =
    f.meetAgain === 'ja'
      ? `Ja, de groep komt in dezelfde samenstelling weer bij elkaar${f.nextMeeting.trim() ? `: ${f.nextMeeting.trim()}` : '.'}`
      : f.meetAgain === 'nee'
        ? `${followUpTexts.meetAgainNo}.`
        : followUpTexts.notAgreed
  w.text(followUpTexts.meetAgain, {
    bold: true,
    after: 0.5,
  })
  w.text(meet, { after: 3 })
  if (f.pickedUpBy.trim()) {
    w.text(followUpTexts.pickedUpBy, { bold: true, after: 0.5 })
    w.text(normaliseParagraphs(f.pickedUpBy), { after: 3 })
  }
  w.text(followUpTexts.accountability, { bold: true, after: 0.5 })
  w.text(normaliseParagraphs(f.accountability) || followUpTexts.notAgreed, { after: 3 })
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

export function buildScanPdf(
  scan: PdfScan,
  contents: PdfContents,
  deps: PdfDeps,
  now = new Date(),
): JsPdf {
  const doc = new deps.jsPDF({ unit: 'mm', format: 'a4', compress: true })
  const hasGlyph = registerFonts(doc, deps.fonts)
  const fit = (t: string) => fitToFont(t, hasGlyph)
  const w = new Writer(doc, fit)
  const { meta } = scan

  titlePage(w, scan, contents, now)
  if (contents !== 'agenda') {
    labelsPage(w)
    scanSection(w, scan)
  }
  if (contents !== 'scan') agendaSection(w, scan, deps, fit)
  headersAndFooters(doc, meta.title, fit)

  const kind = pdfContents[contents].title
  doc.setProperties({
    title: fit(`${kind}: ${meta.title}`),
    subject: fit(
      `${toolName}${meta.municipality ? `, gemeente ${meta.municipality}` : ''}, ${dutchDate(meta.date)}`,
    ),
    author: fit(meta.municipality ? `Gemeente ${meta.municipality}` : toolName),
    creator: toolName,
    keywords: 'eigen kracht, quick scan, actieagenda',
  })
  doc.setLanguage('nl')
  return doc
}
