import type { jsPDF as JsPdf } from 'jspdf'
import { labels } from '@/content/labels'
import { pdfContents } from '@/content/pdf'
import { questions } from '@/content/questions'
import type { Answer } from '@/domain/scan'
import {
  LABEL_VALUES,
  consensus,
  consensusText,
  countsOf,
  finalTally,
  hasSecondRound,
  roundText,
  shift,
  shiftText,
  total,
  type Tally,
} from '@/domain/tally'
import { agendaSection, labelsBlock, questionSections, titlePage } from './sections'
import {
  COLOR,
  FONT,
  LABEL_COLOR,
  MARGIN,
  PAGE,
  finishPdf,
  startPdf,
  type PdfDeps,
  type PdfScan,
  type Writer,
} from './writer'

/**
 * "Verslag van de dialoogsessie": what a facilitator sends round the morning after. The title
 * page, a summary (how much was counted, where there is no shared view, how the picture moved
 * between the rounds), then per question the group's answer and label with the counts of each
 * round drawn as bars with their numbers, then the action agenda and the follow-up agreements.
 * Pure, like buildScanPdf (see writer.ts).
 */

const ROW = 5.4 // mm per label row in a chart
const NAME_W = 52 // mm for "1 Afgesproken"
const BAR_MAX = 80 // mm for the largest count

const counted = (scan: PdfScan) =>
  questions.filter((q) => total(finalTally(countsOf(scan.answers[q.number]))) > 0)

/** The summary follows the title on page 1. */
function summary(w: Writer, scan: PdfScan) {
  w.heading('Samenvatting van de sessie', 16, 30, 'H2')
  const done = counted(scan)
  const twice = done.filter((q) => hasSecondRound(countsOf(scan.answers[q.number])))
  w.text(
    `Geteld bij ${done.length} van de ${questions.length} vragen` +
      (twice.length > 0
        ? `; bij ${twice.length} ${twice.length === 1 ? 'vraag' : 'vragen'} twee keer: voor het gesprek (eerste indruk) en erna. De telling na het gesprek telt.`
        : '.'),
    { after: 4 },
  )
  const open = done.filter(
    (q) => consensus(finalTally(countsOf(scan.answers[q.number]))) === 'niet-gedeeld',
  )
  w.heading(consensusText['niet-gedeeld'], 13, 12, 'H3')
  w.text(
    open.length > 0
      ? `Bij ${open.map((q) => `vraag ${q.number}`).join(', ')}. Waar de labels ver uiteen liggen of veel deelnemers label 3 of 4 kozen, is het gesprek nog niet af: goede kandidaten voor de actieagenda.`
      : done.length > 0
        ? 'Bij geen van de getelde vragen.'
        : 'Er is nog niets geteld.',
    { after: 4 },
  )
  if (twice.length > 0) {
    w.heading('Van eerste indruk naar na het gesprek', 13, 12, 'H3')
    w.list(
      twice.map((q) => {
        const moved = shift(countsOf(scan.answers[q.number]))!
        return `Vraag ${q.number}: ${shiftText(moved).replace(/^V/, 'v')}.`
      }),
      { after: 1.5 },
    )
    w.gap(2)
  }
  labelsBlock(w, 'H3')
}

/**
 * One round's counts: a caption, then per label its name, a bar in its colour and the number.
 * Both rounds of a question share `max`, so their bars compare.
 */
function bars(w: Writer, t: Tally, caption: string, max: number) {
  const n = total(t)
  w.ensure(7 + ROW * 4)
  w.text(`${caption} · ${n} ${n === 1 ? 'deelnemer' : 'deelnemers'}`, {
    size: 9.5,
    bold: true,
    color: COLOR.subtle,
    after: 1,
  })
  const { doc, tag } = w
  // A Figure whose Alt says the numbers; the tracks behind the bars are decoration (artifacts).
  const figure = tag.add('Figure', w.parent, {
    alt: `${caption}: ${LABEL_VALUES.map((l) => `label ${l}: ${t[l]}`).join(', ')} (${n} ${n === 1 ? 'deelnemer' : 'deelnemers'})`,
  })
  const k = doc.internal.scaleFactor
  const x = MARGIN.left + NAME_W
  figure.bbox = [
    MARGIN.left * k,
    (PAGE.h - w.y - ROW * 4) * k,
    (x + BAR_MAX + 10) * k,
    (PAGE.h - w.y) * k,
  ]
  for (const l of LABEL_VALUES) {
    const y = w.y
    const short = labels.find((x) => x.value === l)!.short
    doc.setFont(FONT, 'normal')
    doc.setFontSize(9)
    doc.setTextColor(...(COLOR.text as [number, number, number]))
    tag.content(figure, () => doc.text(w.fit(`${l} ${short}`), MARGIN.left, y + 3.4))
    tag.artifact(() => {
      doc.setFillColor(...(COLOR.track as [number, number, number]))
      doc.rect(x, y + 0.6, BAR_MAX, 3.6, 'F')
    })
    tag.content(figure, () => {
      const len = t[l] === 0 ? 0 : Math.max((t[l] / max) * BAR_MAX, 1)
      if (len > 0) {
        doc.setFillColor(LABEL_COLOR[l])
        doc.rect(x, y + 0.6, len, 3.6, 'F')
      }
      doc.setFont(FONT, 'bold')
      doc.text(String(t[l]), x + BAR_MAX + 3, y + 3.4)
    })
    w.y += ROW
  }
  w.gap(2)
}

function counts(w: Writer, answer: Answer | undefined) {
  const c = countsOf(answer)
  w.gap(2)
  if (total(finalTally(c)) === 0) {
    w.text('Niet geteld.', { size: 10, color: COLOR.subtle, after: 1 })
    return
  }
  const max = Math.max(1, ...LABEL_VALUES.flatMap((l) => [c.tally[l], c.tallyAfter[l]]))
  if (hasSecondRound(c)) {
    bars(w, c.tally, roundText[1], max)
    bars(w, c.tallyAfter, roundText[2], max)
    w.text(`${shiftText(shift(c)!)}.`, { size: 10, bold: true, after: 1 })
  } else {
    bars(w, c.tally, 'Telling', max)
  }
  const verdict = consensus(finalTally(c))
  w.text(
    verdict === 'niet-gedeeld'
      ? `Let op: ${consensusText[verdict].toLowerCase()}.`
      : `${consensusText[verdict]}.`,
    {
      size: 10,
      bold: verdict === 'niet-gedeeld',
      color: verdict === 'niet-gedeeld' ? COLOR.warning : COLOR.subtle,
      after: 1,
    },
  )
}

export function buildReportPdf(scan: PdfScan, deps: PdfDeps, now = new Date()): JsPdf {
  const { fit, w } = startPdf(deps)
  const { meta } = scan
  const kind = pdfContents.report.title
  titlePage(
    w,
    meta,
    kind,
    [['Geteld', `${counted(scan).length} van ${questions.length} vragen`]],
    now,
    deps.logo,
  )
  summary(w, scan)
  questionSections(w, scan, (_n, answer) => counts(w, answer))
  agendaSection(w, scan, deps, fit)
  return finishPdf(w, meta, kind, 'eigen kracht, dialoogsessie, tellingen, actieagenda')
}
