const months = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
]

/** Local calendar date as yyyy-mm-dd. */
export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** "2026-11-23" -> "23 november 2026"; anything else is returned unchanged. */
export function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return iso
  const month = months[Number(m[2]) - 1]
  if (!month) return iso
  return `${Number(m[3])} ${month} ${m[1]}`
}

/** "14:32" in local time. */
export function clockTime(ms: number): string {
  const d = new Date(ms)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

/** "23 november 2026 om 14:32" */
export function dutchDateTime(ms: number): string {
  return `${dutchDate(isoDate(new Date(ms)))} om ${clockTime(ms)}`
}

export function defaultTitle(d: Date): string {
  return `Quick Scan ${dutchDate(isoDate(d))}`
}
