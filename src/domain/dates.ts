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

// ---- dates as typed in the Netherlands (dd-mm-jjjj), stored as yyyy-mm-dd ----------------------

const monthNames: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
}

/** Why a typed date was not taken: not written as a date, or a day that does not exist. */
export type DateProblem = 'format' | 'nonexistent'

export type ParsedDate = { ok: true; iso: string } | { ok: false; problem: DateProblem }

const pad2 = (n: number) => String(n).padStart(2, '0')

/**
 * A date as typed in the Netherlands, to the stored yyyy-mm-dd: "15-03-2027", "15-3-2027",
 * "15/3/2027", "15.3.2027", "15 maart 2027", "15 mrt 2027"; also "2027-03-15" (pasted).
 * The year has four digits (so "1-7-20", half typed, is not taken for 2020). Empty is fine
 * (no date).
 */
export function parseDutchDate(input: string): ParsedDate {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ')
  if (s === '') return { ok: true, iso: '' }
  let day: number, month: number, year: number
  let m =
    /^(\d{1,2}) ?[-/.] ?(\d{1,2}) ?[-/.] ?(\d{4})$/.exec(s) ??
    /^(\d{1,2}) (\d{1,2}) (\d{4})$/.exec(s)
  if (m) {
    ;[day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])]
  } else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s))) {
    ;[year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  } else if ((m = /^(\d{1,2})[ -]([a-z]+)\.?[ -](\d{4})$/.exec(s)) && monthNames[m[2]!]) {
    ;[day, month, year] = [Number(m[1]), monthNames[m[2]!]!, Number(m[3])]
  } else {
    return { ok: false, problem: 'format' }
  }
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) {
    return { ok: false, problem: 'nonexistent' }
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return { ok: false, problem: 'nonexistent' }
  return { ok: true, iso: `${year}-${pad2(month)}-${pad2(day)}` }
}

/** A stored date (yyyy-mm-dd) as shown in its field: "15-03-2027"; '' stays ''. */
export function formatDutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso
}
