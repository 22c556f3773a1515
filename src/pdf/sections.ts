import { agendaColumns, agendaParts, followUpAdvice, followUpTexts } from '@/content/agenda'
import { toolName, toolVersion, sourceCredit } from '@/content/intro'
import { labelByValue, labelName, labels, labelWithText } from '@/content/labels'
import { parts } from '@/content/parts'
import { questions, questionByNumber } from '@/content/questions'
import {
  actionCellText,
  actionsOfPart,
  agendaPartHeading,
  type AgendaAction,
} from '@/domain/agenda'
import { dutchDate, dutchDateTime } from '@/domain/dates'
import type { Answer, ScanMeta } from '@/domain/scan'
import type { Elem } from './tagging'
import { normaliseParagraphs } from './text'
import {
  COLOR,
  FONT,
  MARGIN,
  PAGE,
  WIDTH,
  type PdfDeps,
  type PdfLogo,
  type PdfScan,
  type Writer,
} from './writer'

/**
 * The parts the PDFs share: the title page, the labels, the questions, the action agenda. Each
 * tags what it draws (see tagging.ts): H1 for the title, H2 per part, H3 per question, P for the
 * text, L for lists, Table for the tables.
 */

export const labelText = (value: number | null) => {
  const label = labelByValue(value)
  return label ? labelWithText(label) : 'Geen label gekozen'
}

/** Who took part: names (with their role) only where they were entered. */
export function participantsLine(meta: ScanMeta): string {
  if (meta.mode !== 'group') return 'Alleen ingevuld'
  if (meta.participants.length === 0) return 'Ingevuld met een groep'
  return meta.participants
    .map((p) => (p.name ? (p.role ? `${p.name} (${p.role})` : p.name) : p.role))
    .join(', ')
}

/**
 * The top of the first page: what this PDF is (H1, with the scan's title), for which
 * municipality, when, who took part and the facts in `rows`, compact, so page 1 has room for
 * the summary that follows.
 */
export function titlePage(
  w: Writer,
  meta: ScanMeta,
  kind: string,
  rows: readonly [string, string][],
  now: Date,
  logo?: PdfLogo,
) {
  if (logo) drawLogo(w, meta, logo)
  w.gap(4)
  w.text(toolName, { size: 12, color: COLOR.subtle, after: 2 })
  const h1 = w.text(kind, { size: 24, bold: true, color: COLOR.accent, after: 2, as: 'H1' })
  w.text(meta.title, { size: 16, bold: true, after: 6, as: h1 })
  w.pairs(
    [
      ['Gemeente', meta.municipality || '–'],
      ['Datum', dutchDate(meta.date)],
      ['Deelnemers', participantsLine(meta)],
      ...rows,
    ],
    { keyWidth: 32, size: 11, keySize: 10, keyColor: COLOR.subtle, after: 1.5 },
  )
  w.gap(2)
  w.text(
    `Gemaakt op ${dutchDateTime(now.getTime())} met versie ${toolVersion} van de tool. ${sourceCredit}`,
    {
      size: 8.5,
      color: COLOR.subtle,
      after: 6,
    },
  )
}

/** The logo at the top right of page 1, at most 18 mm high and 50 mm wide: a Figure with Alt. */
function drawLogo(w: Writer, meta: ScanMeta, logo: PdfLogo) {
  const scale = Math.min(18 / logo.height, 50 / logo.width)
  const [width, height] = [logo.width * scale, logo.height * scale]
  const figure = w.tag.add('Figure', w.parent, {
    alt: meta.municipality.trim() ? `Logo van gemeente ${meta.municipality.trim()}` : 'Logo',
  })
  const x = PAGE.w - MARGIN.right - width
  const k = w.doc.internal.scaleFactor
  figure.bbox = [x * k, (PAGE.h - w.y - height) * k, (x + width) * k, (PAGE.h - w.y) * k]
  w.tag.content(figure, () => w.doc.addImage(logo.data, 'PNG', x, w.y, width, height))
}

const TABLE_STYLE = {
  font: FONT,
  fontStyle: 'normal' as const,
  textColor: COLOR.text as [number, number, number],
  lineColor: COLOR.rule as [number, number, number],
  lineWidth: 0.2,
  valign: 'top' as const,
}

/**
 * A table drawn by autoTable and tagged: Table, TR per row, TH per header cell (scope column),
 * TD per body cell. Each cell's background and border are drawn here as an artifact, then its
 * text is marked content of the cell (willDrawCell opens it, didDrawCell closes it). The header
 * autoTable repeats on a following page is an artifact too: a reader meets it once.
 */
export function table(
  w: Writer,
  deps: PdfDeps,
  head: readonly string[],
  body: readonly (readonly string[])[],
  widths: readonly number[],
  size = 10,
) {
  const { doc, tag } = w
  const tableElem = tag.add('Table', w.parent)
  const elems = new Map<string, Elem>()
  const elem = (key: string, make: () => Elem) => {
    const found = elems.get(key)
    if (found) return found
    const made = make()
    elems.set(key, made)
    return made
  }
  const looks = new WeakMap<object, { fill: [number, number, number] | null; line: number }>()
  let headPage = 0
  deps.autoTable(doc, {
    startY: w.y,
    margin: { left: MARGIN.left, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom },
    head: [[...head]],
    body: body.map((r) => [...r]),
    theme: 'grid',
    styles: { ...TABLE_STYLE, fontSize: size, cellPadding: size * 0.21 },
    headStyles: {
      font: FONT,
      fontStyle: 'bold',
      fillColor: COLOR.accent as [number, number, number],
      textColor: [255, 255, 255],
    },
    columnStyles: Object.fromEntries(widths.map((f, i) => [i, { cellWidth: WIDTH * f }])),
    rowPageBreak: 'avoid',
    willDrawCell: ({ cell, row, column }) => {
      // autoTable draws the same header cells again on a following page: keep their own look.
      const look = looks.get(cell) ?? {
        fill: Array.isArray(cell.styles.fillColor)
          ? (cell.styles.fillColor as [number, number, number])
          : null,
        line: typeof cell.styles.lineWidth === 'number' ? cell.styles.lineWidth : 0.2,
      }
      looks.set(cell, look)
      tag.artifact(() => {
        doc.setLineWidth(look.line)
        doc.setDrawColor(...(COLOR.rule as [number, number, number]))
        if (look.fill) doc.setFillColor(...look.fill)
        doc.rect(cell.x, cell.y, cell.width, cell.height, look.fill ? 'DF' : 'S')
      })
      // Drawn: autoTable draws no background or border of its own, inside the cell's content.
      cell.styles.lineWidth = 0
      cell.styles.fillColor = false
      const isHead = row.section === 'head'
      if (isHead && headPage === 0) headPage = tag.page
      if (isHead && headPage !== tag.page) return void tag.beginArtifact('Pagination')
      const tr = elem(`${row.section}${row.index}`, () => tag.add('TR', tableElem))
      const td = elem(`${row.section}${row.index}:${column.index}`, () =>
        isHead ? tag.add('TH', tr, { attributes: '/O /Table /Scope /Column' }) : tag.add('TD', tr),
      )
      tag.begin(td)
    },
    didDrawCell: () => tag.end(),
  })
  const last = (doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable
  w.y = last?.finalY ?? w.y
  return tableElem
}

/** The four labels with their full text, compact: a list, as a block before the answers. */
export function labelsBlock(w: Writer, role: 'H2' | 'H3' = 'H2') {
  w.heading('De vier labels', role === 'H2' ? 14 : 13, 40, role)
  w.text(
    'Bij elke vraag hoort een antwoord en één van deze vier labels. Het label laat zien hoe gedeeld het antwoord binnen de gemeente is.',
    { size: 9.5, after: 2.5 },
  )
  w.pairs(
    labels.map((l) => [labelName(l), l.text] as const),
    { keyWidth: 66, size: 9.5, after: 1.5 },
  )
  w.gap(4)
}

/**
 * For a council member on page 1: per question its label, then the actions (as far as they fit;
 * they continue on the next page).
 */
export function scanSummary(
  w: Writer,
  scan: PdfScan,
  deps: PdfDeps,
  fit: (t: string) => string,
  withActions: boolean,
) {
  w.heading('Samenvatting: de labels per vraag', 14, 30)
  table(
    w,
    deps,
    ['Nr.', 'Vraag', 'Label'],
    questions.map((q) => {
      const label = labelByValue(scan.answers[q.number]?.label ?? null)
      return [String(q.number), fit(q.text), label ? labelName(label) : 'Geen label gekozen']
    }),
    [0.08, 0.6, 0.32],
    8.5,
  )
  w.gap(7)
  if (!withActions) return
  w.heading('Acties', 14, 25)
  const actions = agendaParts.flatMap((p) => actionsOfPart(scan.actions, p.part))
  if (actions.length === 0) {
    w.text('Nog geen acties.', { color: COLOR.subtle, after: 5 })
    return
  }
  table(
    w,
    deps,
    [agendaColumns.action, agendaColumns.who, agendaColumns.when],
    actions.map((a) => [fit(actionCellText(a)), fit(a.who.trim()), fit(whenText(a))]),
    [0.5, 0.3, 0.2],
    9,
  )
  w.gap(7)
}

/**
 * Every question by part: its text, the answer, the label. `extra` adds what a PDF shows more of
 * a question (the report: the counts), before the rule that closes it.
 */
export function questionSections(
  w: Writer,
  scan: PdfScan,
  extra?: (n: number, answer: Answer | undefined) => void,
) {
  for (const part of parts) {
    w.newPage()
    w.heading(`${part.id}. ${part.title}`, 18, 40, 'H2')
    w.gap(2)
    for (const n of part.questions) {
      const q = questionByNumber(n)!
      const a = scan.answers[n]
      // One H3: "Vraag n van 15" and the question, kept together with the answer's first lines.
      const h3 = w.heading(`Vraag ${n} van ${questions.length}`, 10, 30, 'H3')
      w.text(q.text, { size: 12.5, bold: true, after: 3, as: h3 })
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
      extra?.(n, a)
      w.gap(3)
      w.rule()
    }
  }
}

function whenText(a: AgendaAction): string {
  const date = a.whenDate ? dutchDate(a.whenDate) : ''
  return [a.when.trim(), date].filter(Boolean).join(' · ')
}

export function agendaSection(
  w: Writer,
  scan: PdfScan,
  deps: PdfDeps,
  fit: (t: string) => string,
  onNewPage = true,
) {
  if (onNewPage) w.newPage()
  w.heading('Actieagenda', 20, 40, 'H2')
  for (const p of agendaParts) {
    // The heading stays with its hint and the table's first rows.
    const hint = w.lines(p.hint, 9.5).length * w.lineHeight(9.5) + 3
    w.heading(agendaPartHeading(p), 14, hint + 28, 'H3')
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
    table(
      w,
      deps,
      [agendaColumns.action, agendaColumns.who, agendaColumns.when],
      rows,
      [0.5, 0.3, 0.2],
    )
    w.gap(8)
  }

  const f = scan.meta.followUp
  w.heading(followUpTexts.heading, 14, 30, 'H3')
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
