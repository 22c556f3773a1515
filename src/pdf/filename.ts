export type PdfContents = 'scan' | 'agenda' | 'both'

/** Lower-case ASCII words joined by dashes: safe on every file system and in every mail client. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

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
