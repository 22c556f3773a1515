import type { jsPDF as JsPdf } from 'jspdf'
import { pdfContents } from '@/content/pdf'
import { questions } from '@/content/questions'
import type { PdfContents } from '@/domain/fileNames'
import { agendaSection, labelsPage, questionSections, titlePage } from './sections'
import { finishPdf, startPdf, type PdfDeps, type PdfScan } from './writer'

export type { PdfDeps, PdfScan } from './writer'

/**
 * The PDF of a scan (the Quick Scan, the action agenda, or both): pure, no I/O; see writer.ts.
 * The session report is buildReportPdf.
 */
export function buildScanPdf(
  scan: PdfScan,
  contents: Exclude<PdfContents, 'report'>,
  deps: PdfDeps,
  now = new Date(),
): JsPdf {
  const { doc, fit, w } = startPdf(deps)
  const { meta } = scan
  const kind = pdfContents[contents].title
  const rows: [string, string][] =
    contents === 'agenda'
      ? []
      : [['Ingevuld', `${meta.answeredCount} van ${questions.length} vragen`]]
  titlePage(w, meta, kind, rows, now)
  if (contents !== 'agenda') {
    labelsPage(w)
    questionSections(w, scan)
  }
  if (contents !== 'scan') agendaSection(w, scan, deps, fit)
  return finishPdf(doc, meta, kind, 'eigen kracht, quick scan, actieagenda', fit)
}
