import type { ScanMeta } from './scan'

/**
 * Finding drafts in a long list: search, sort and group the summaries (pure, no Vue). The start
 * page keeps the choices in the URL query (`?zoek=…&sorteer=…&groepeer=…`).
 */
export type DraftSort = 'changed' | 'title' | 'municipality' | 'date'
export type DraftGroup = 'none' | 'year' | 'municipality'

export interface DraftQuery {
  search: string
  sort: DraftSort
  group: DraftGroup
}

/** What a draft is found and sorted by: its summary. */
export type DraftFacts = Pick<
  ScanMeta,
  'id' | 'title' | 'municipality' | 'date' | 'updatedAt' | 'participants'
>

export const DEFAULT_QUERY: DraftQuery = { search: '', sort: 'changed', group: 'none' }

export const sortChoices: readonly { value: DraftSort; text: string }[] = [
  { value: 'changed', text: 'Laatst gewijzigd' },
  { value: 'title', text: 'Titel' },
  { value: 'municipality', text: 'Gemeente' },
  { value: 'date', text: 'Datum' },
]

export const groupChoices: readonly { value: DraftGroup; text: string }[] = [
  { value: 'none', text: 'Niet groeperen' },
  { value: 'year', text: 'Per jaar' },
  { value: 'municipality', text: 'Per gemeente' },
]

/** Dutch order, numbers by value ("Scan 2" before "Scan 10"), case and accents alike. */
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })
export const compareDutch = (a: string, b: string) => collator.compare(a, b)

/** Lower case without accents: "Şükrü" and "sukru" are the same search. */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    // Letters without a decomposition that users type without the accent.
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')

const haystacks = new WeakMap<object, string>()
function haystackOf(scan: DraftFacts): string {
  let text = haystacks.get(scan)
  if (text === undefined) {
    text = fold([scan.title, scan.municipality, ...scan.participants.map((p) => p.name)].join('\n'))
    haystacks.set(scan, text)
  }
  return text
}

const wordsOf = (search: string) => fold(search).split(/\s+/).filter(Boolean)

/** Whether every word of the search is in the title, the municipality or a participant's name. */
export function matchesSearch(scan: DraftFacts, search: string): boolean {
  const words = wordsOf(search)
  if (words.length === 0) return true
  const text = haystackOf(scan)
  return words.every((w) => text.includes(w))
}

/** The participants whose name matched a word of the search (to say why a draft was found). */
export function matchedParticipants(scan: DraftFacts, search: string): string[] {
  const words = wordsOf(search)
  if (words.length === 0) return []
  return scan.participants
    .map((p) => p.name)
    .filter((name) => name !== '' && words.some((w) => fold(name).includes(w)))
}

/** Empty values last, whatever the order. */
function emptyLast(a: string, b: string, compare: (a: string, b: string) => number) {
  if (!a || !b) return Number(!a) - Number(!b)
  return compare(a, b)
}

const byChanged = (a: DraftFacts, b: DraftFacts) => b.updatedAt - a.updatedAt
const tieBreak = (a: DraftFacts, b: DraftFacts) =>
  byChanged(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const comparers: Record<DraftSort, (a: DraftFacts, b: DraftFacts) => number> = {
  changed: byChanged,
  title: (a, b) => compareDutch(a.title, b.title),
  municipality: (a, b) =>
    emptyLast(a.municipality, b.municipality, compareDutch) || compareDutch(a.title, b.title),
  // Newest session first (ISO dates sort as text).
  date: (a, b) => emptyLast(a.date, b.date, (x, y) => (x < y ? 1 : x > y ? -1 : 0)),
}

/** A sorted copy: last changed first (the default), by title, municipality or date. */
export function sortDrafts<T extends DraftFacts>(list: readonly T[], sort: DraftSort): T[] {
  const compare = comparers[sort]
  return [...list].sort((a, b) => compare(a, b) || tieBreak(a, b))
}

export interface DraftGroupOf<T> {
  key: string
  /** The group's heading: "2026", "Gemeente Zeist", "Zonder gemeente", "Zonder datum". */
  heading: string
  items: T[]
}

const yearOf = (scan: DraftFacts) => /^(\d{4})-/.exec(scan.date)?.[1] ?? ''

/**
 * Groups a sorted list; the order within a group stays. Years newest first, municipalities in
 * Dutch order; drafts without a year or a municipality come last. 'none' is one group.
 */
export function groupDrafts<T extends DraftFacts>(
  sorted: readonly T[],
  group: DraftGroup,
): DraftGroupOf<T>[] {
  if (group === 'none') return [{ key: '', heading: '', items: [...sorted] }]
  const keyOf = group === 'year' ? yearOf : (s: DraftFacts) => s.municipality.trim()
  const map = new Map<string, { key: string; heading: string; items: T[] }>()
  for (const scan of sorted) {
    const raw = keyOf(scan)
    const key = group === 'municipality' ? fold(raw) : raw
    let entry = map.get(key)
    if (!entry) {
      const heading =
        group === 'year' ? raw || 'Zonder datum' : raw ? `Gemeente ${raw}` : 'Zonder gemeente'
      entry = { key, heading, items: [] }
      map.set(key, entry)
    }
    entry.items.push(scan)
  }
  const order =
    group === 'year'
      ? (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)
      : (a: string, b: string) => compareDutch(a, b)
  return [...map.values()].sort((a, b) => emptyLast(a.key, b.key, order))
}

/**
 * The drafts that match, in the order they are shown (group by group), and how many that is.
 * Only the first `limit` are shown; the groups are those of the shown drafts.
 */
export function queryDrafts<T extends DraftFacts>(
  list: readonly T[],
  query: DraftQuery,
  limit = Infinity,
): { total: number; matched: number; ordered: T[]; groups: DraftGroupOf<T>[] } {
  const found = list.filter((s) => matchesSearch(s, query.search))
  const grouped = groupDrafts(sortDrafts(found, query.sort), query.group)
  const ordered = grouped.flatMap((g) => g.items)
  const shown = new Set(ordered.slice(0, limit))
  const groups = grouped
    .map((g) => ({ ...g, items: g.items.filter((s) => shown.has(s)) }))
    .filter((g) => g.items.length > 0)
  return { total: list.length, matched: found.length, ordered, groups }
}

const isSort = (v: unknown): v is DraftSort => sortChoices.some((c) => c.value === v)
const isGroup = (v: unknown): v is DraftGroup => groupChoices.some((c) => c.value === v)
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v)

/** URL query keys (Dutch: they show in the address bar). */
export const QUERY_KEYS = { search: 'zoek', sort: 'sorteer', group: 'groepeer' } as const

/** The choices in a route query; unknown or missing values are the defaults. */
export function parseDraftQuery(query: Readonly<Record<string, unknown>>): DraftQuery {
  const search = first(query[QUERY_KEYS.search])
  const sort = first(query[QUERY_KEYS.sort])
  const group = first(query[QUERY_KEYS.group])
  return {
    search: typeof search === 'string' ? search : '',
    sort: isSort(sort) ? sort : DEFAULT_QUERY.sort,
    group: isGroup(group) ? group : DEFAULT_QUERY.group,
  }
}

/** The route query for the choices: other keys kept, defaults left out. */
export function toRouteQuery(
  current: Readonly<Record<string, unknown>>,
  q: DraftQuery,
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(current)) {
    const value = first(v)
    if (typeof value === 'string' && !Object.values(QUERY_KEYS).includes(k as never)) out[k] = value
  }
  if (q.search.trim()) out[QUERY_KEYS.search] = q.search
  if (q.sort !== DEFAULT_QUERY.sort) out[QUERY_KEYS.sort] = q.sort
  if (q.group !== DEFAULT_QUERY.group) out[QUERY_KEYS.group] = q.group
  return out
}

const number = (n: number) => n.toLocaleString('nl-NL')

/** "12 van 340 Quick Scans", "1 Quick Scan", "340 Quick Scans". */
export function countText(matched: number, total: number): string {
  const noun = (n: number) => (n === 1 ? 'Quick Scan' : 'Quick Scans')
  if (matched === total) return `${number(total)} ${noun(total)}`
  return `${number(matched)} van ${number(total)} ${noun(total)}`
}

/** The "show more" button: "Toon meer (20 van 1.000)" — how many are shown of how many. */
export const moreText = (shown: number, matched: number) =>
  `Toon meer (${number(shown)} van ${number(matched)})`
