import type { pdfContents } from '@/content/pdf'
import { slug } from './slug'

/** What a PDF holds. */
export type PdfContents = keyof typeof pdfContents

const who = (meta: { title: string; municipality: string }) =>
  meta.municipality.trim() ? `gemeente-${slug(meta.municipality)}` : slug(meta.title)

/** "quickscan-eigen-kracht-gemeente-zeist-2026-11-23.json": one scan as an exchange file. */
export const scanFileName = (meta: { title: string; municipality: string; date: string }) =>
  `quickscan-eigen-kracht-${who(meta)}-${meta.date}.json`

const fileKinds: Record<PdfContents, string> = {
  both: 'quickscan-eigen-kracht',
  scan: 'quickscan-eigen-kracht',
  agenda: 'actieagenda-eigen-kracht',
  report: 'verslag-dialoogsessie-eigen-kracht',
}

/**
 * "quickscan-eigen-kracht-gemeente-zeist-2026-11-23.pdf"; the agenda alone is
 * "actieagenda-eigen-kracht-…", the session report "verslag-dialoogsessie-eigen-kracht-…". Without a municipality the title stands in its place.
 */
export function pdfFileName(
  meta: { title: string; municipality: string; date: string },
  contents: PdfContents,
): string {
  const kind = fileKinds[contents]
  const date = /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : ''
  const name = [kind, who(meta), date].filter(Boolean).join('-').slice(0, 120).replace(/-+$/, '')
  return `${name}.pdf`
}
