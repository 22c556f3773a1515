import { agendaColumns, agendaParts, followUpAdvice, followUpTexts } from '@/content/agenda'
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
import type { Answer, ScanMeta } from '@/domain/scan'
import { normaliseParagraphs } from './text'
import { COLOR, FONT, MARGIN, WIDTH, type PdfDeps, type PdfScan, type Writer } from './writer'

/** The parts the PDFs share: the title page, the labels, the questions, the action agenda. */

export const labelText = (value: number | null) => {
  const label = labels.find((l) => l.value === value)
  return label ? `Label ${label.value}: ${label.text}` : 'Geen label gekozen'
}

/** Who took part: names (with their role) only where they were entered. */
export function participantsLine(meta: ScanMeta): string {
  if (meta.mode !== 'group') return 'Alleen ingevuld'
  if (meta.participants.length === 0) return 'Ingevuld met een groep'
  return meta.participants
    .map((p) => (p.name ? (p.role ? `${p.name} (${p.role})` : p.name) : p.role))
    .join(', ')
}

/** The first page: what this PDF is, for which scan, and the facts given in `rows`. */
export function titlePage(
  w: Writer,
  meta: ScanMeta,
  kind: string,
  rows: readonly [string, string][],
  now: Date,
) {
  w.gap(30)
  w.text(toolName, { size: 14, color: COLOR.subtle, after: 4 })
  w.text(kind, { size: 28, bold: true, color: COLOR.accent, after: 6 })
  w.text(meta.title, { size: 18, bold: true, after: 10 })
  const all: [string, string][] = [
    ['Gemeente', meta.municipality || '–'],
    ['Datum', dutchDate(meta.date)],
    ['Deelnemers', participantsLine(meta)],
    ...rows,
  ]
  for (const [k, v] of all) {
    w.text(k, { size: 10, bold: true, color: COLOR.subtle, after: 0.5 })
    w.text(v, { size: 12, after: 4 })
  }
  w.gap(20)
  w.text(`Gemaakt op ${dutchDateTime(now.getTime())}.`, { size: 9, color: COLOR.subtle, after: 1 })
  w.text(sourceCredit, { size: 9, color: COLOR.subtle })
}

export function labelsPage(w: Writer) {
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

export function agendaSection(w: Writer, scan: PdfScan, deps: PdfDeps, fit: (t: string) => string) {
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
