import type { PdfScan } from './buildScanPdf'
import { pdfFileName, type PdfContents } from '@/domain/fileNames'

/**
 * Makes the PDF and hands it to the browser as a download. jsPDF, autoTable, the builder and the
 * fonts are loaded here, with import(), so the app's first load carries none of them.
 * Returns the file name.
 */
export async function downloadScanPdf(scan: PdfScan, contents: PdfContents): Promise<string> {
  const [{ jsPDF }, { autoTable }, { buildScanPdf }, fonts] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    import('./buildScanPdf'),
    import('./fonts').then((m) => m.loadFonts()),
  ])
  const doc = buildScanPdf(scan, contents, { jsPDF, autoTable, fonts })
  const name = pdfFileName(scan.meta, contents)
  doc.save(name)
  return name
}
