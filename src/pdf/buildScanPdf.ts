import type { jsPDF as JsPdf } from 'jspdf'
import { pdfContents } from '@/content/pdf'
import { questions } from '@/content/questions'
import type { PdfContents } from '@/domain/fileNames'
import { agendaSection, labelsBlock, questionSections, scanSummary, titlePage } from './sections'
import { finishPdf, startPdf, type PdfDeps, type PdfScan } from './writer'

export type { PdfDeps, PdfScan } from './writer'

/**
 * The PDF of a scan (the Quick Scan, the action agenda, or both): pure, no I/O; see writer.ts.
 * Page 1 is what a council member reads: the title, municipality, date and who took part, then
 * the label of each question and the actions (continuing on page 2 where they do not fit), then
 * the four labels explained; the answers per part and the full agenda follow. A tagged PDF (see
 * tagging.ts). The session report is buildReportPdf.
 */
export function buildScanPdf(
  scan: PdfScan,
  contents: Exclude<PdfContents, 'report'>,
  deps: PdfDeps,
  now = new Date(),
): JsPdf {
  const { fit, w } = startPdf(deps)
  const { meta } = scan
  const kind = pdfContents[contents].title
  const rows: [string, string][] =
    contents === 'agenda'
      ? []
      : [['Ingevuld', `${meta.answeredCount} van ${questions.length} vragen`]]
  titlePage(w, meta, kind, rows, now, deps.logo)
  if (contents !== 'agenda') {
    scanSummary(w, scan, deps, fit, contents === 'both')
    labelsBlock(w)
    questionSections(w, scan)
  }
  // The agenda alone starts on page 1, under the title.
  if (contents !== 'scan') agendaSection(w, scan, deps, fit, contents !== 'agenda')
  return finishPdf(w, meta, kind, 'eigen kracht, quick scan, actieagenda')
}
