import type { PdfDeps, PdfScan } from './writer'
import { pdfFileName, type PdfContents } from '@/domain/fileNames'

/**
 * Makes the PDF and hands it to the browser as a download. jsPDF, autoTable, the builder and the
 * fonts are loaded here, with import(), so the app's first load carries none of them.
 * Returns the file name.
 */
export async function downloadScanPdf(scan: PdfScan, contents: PdfContents): Promise<string> {
  const builder =
    contents === 'report'
      ? import('./buildReportPdf').then((m) => (deps: PdfDeps) => m.buildReportPdf(scan, deps))
      : import('./buildScanPdf').then(
          (m) => (deps: PdfDeps) => m.buildScanPdf(scan, contents, deps),
        )
  const [{ jsPDF }, { autoTable }, build, fonts, logo] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    builder,
    import('./fonts').then((m) => m.loadFonts()),
    import('./logo').then((m) => m.loadLogo()),
  ])
  const doc = build({ jsPDF, autoTable, fonts, logo })
  const name = pdfFileName(scan.meta, contents)
  doc.save(name)
  return name
}
