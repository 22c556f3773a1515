import { slug } from '@/domain/slug'

export type PdfContents = 'scan' | 'agenda' | 'both'

/**
 * "quickscan-eigen-kracht-gemeente-zeist-2026-11-23.pdf"; the agenda alone is
 * "actieagenda-eigen-kracht-…". Without a municipality the title stands in its place.
 */
export function pdfFileName(
  meta: { title: string; municipality: string; date: string },
  contents: PdfContents,
): string {
  const kind = contents === 'agenda' ? 'actieagenda-eigen-kracht' : 'quickscan-eigen-kracht'
  const who = meta.municipality.trim() ? `gemeente-${slug(meta.municipality)}` : slug(meta.title)
  const date = /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : ''
  const name = [kind, who, date].filter(Boolean).join('-').slice(0, 120).replace(/-+$/, '')
  return `${name}.pdf`
}
