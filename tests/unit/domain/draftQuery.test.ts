import { describe, expect, it } from 'vitest'
import {
  countText,
  DEFAULT_QUERY,
  groupDrafts,
  matchedParticipants,
  matchesSearch,
  moreText,
  parseDraftQuery,
  queryDrafts,
  sortDrafts,
  toRouteQuery,
  type DraftFacts,
} from '@/domain/draftQuery'

let n = 0
const draft = (fields: Partial<DraftFacts> & { title: string }): DraftFacts => ({
  id: `id-${++n}`,
  municipality: '',
  date: '',
  updatedAt: n,
  participants: [],
  ...fields,
})

const titles = (list: readonly DraftFacts[]) => list.map((s) => s.title)

describe('draft search', () => {
  const zeist = draft({
    title: 'Scan Zeist',
    municipality: "'s-Hertogenbosch",
    participants: [
      { name: 'Şükrü Yılmaz', role: '' },
      { name: 'Łukasz', role: '' },
    ],
  })

  it('finds by title, municipality and participant, case and accents ignored', () => {
    expect(matchesSearch(zeist, 'zeist')).toBe(true)
    expect(matchesSearch(zeist, 'HERTOGENBOSCH')).toBe(true)
    expect(matchesSearch(zeist, 'sukru')).toBe(true)
    expect(matchesSearch(zeist, 'yilmaz')).toBe(true)
    expect(matchesSearch(zeist, 'lukasz')).toBe(true)
    expect(matchesSearch(zeist, 'ŞÜKRÜ')).toBe(true)
    expect(matchesSearch(zeist, '  ')).toBe(true)
    expect(matchesSearch(zeist, 'utrecht')).toBe(false)
  })

  it('needs every word, in any field', () => {
    expect(matchesSearch(zeist, 'scan sukru')).toBe(true)
    expect(matchesSearch(zeist, 'scan utrecht')).toBe(false)
  })

  it('says which participants matched', () => {
    expect(matchedParticipants(zeist, 'sukru')).toEqual(['Şükrü Yılmaz'])
    expect(matchedParticipants(zeist, 'zeist')).toEqual([])
    expect(matchedParticipants(zeist, '')).toEqual([])
  })
})

describe('draft sorting', () => {
  const list = [
    draft({ title: 'scan 10', municipality: 'Zeist', date: '2025-03-01', updatedAt: 30 }),
    draft({ title: 'Scan 2', municipality: '', date: '2026-01-05', updatedAt: 10 }),
    draft({ title: 'Één scan', municipality: 'Ede', date: '', updatedAt: 20 }),
    draft({ title: 'IJsselstein', municipality: 'Amersfoort', date: '2024-12-31', updatedAt: 40 }),
  ]

  it('sorts by last changed first (the default)', () => {
    expect(titles(sortDrafts(list, 'changed'))).toEqual([
      'IJsselstein',
      'scan 10',
      'Één scan',
      'Scan 2',
    ])
  })

  it('sorts titles in Dutch order: case and accents alike, numbers by value', () => {
    expect(titles(sortDrafts(list, 'title'))).toEqual([
      'Één scan',
      'IJsselstein',
      'Scan 2',
      'scan 10',
    ])
  })

  it('sorts by municipality and by date, empty ones last', () => {
    expect(titles(sortDrafts(list, 'municipality'))).toEqual([
      'IJsselstein',
      'Één scan',
      'scan 10',
      'Scan 2',
    ])
    expect(titles(sortDrafts(list, 'date'))).toEqual([
      'Scan 2',
      'scan 10',
      'IJsselstein',
      'Één scan',
    ])
  })

  it('does not change the list it is given', () => {
    const before = titles(list)
    sortDrafts(list, 'title')
    expect(titles(list)).toEqual(before)
  })
})

describe('draft grouping', () => {
  const list = sortDrafts(
    [
      draft({ title: 'A', municipality: 'zeist', date: '2025-03-01' }),
      draft({ title: 'B', municipality: 'Zeist', date: '2026-01-05' }),
      draft({ title: 'C', municipality: '', date: '' }),
      draft({ title: 'D', municipality: 'Ede', date: '2026-06-01' }),
    ],
    'title',
  )

  it('groups by year, newest first, without a date last', () => {
    const groups = groupDrafts(list, 'year')
    expect(groups.map((g) => g.heading)).toEqual(['2026', '2025', 'Zonder datum'])
    expect(titles(groups[0]!.items)).toEqual(['B', 'D'])
  })

  it('groups by municipality in Dutch order, case ignored, without one last', () => {
    const groups = groupDrafts(list, 'municipality')
    expect(groups.map((g) => g.heading)).toEqual([
      'Gemeente Ede',
      'Gemeente zeist',
      'Zonder gemeente',
    ])
    expect(titles(groups[1]!.items)).toEqual(['A', 'B'])
  })

  it('is one group when not grouping', () => {
    expect(groupDrafts(list, 'none')).toHaveLength(1)
  })
})

describe('queryDrafts', () => {
  const many = Array.from({ length: 1000 }, (_, i) =>
    draft({
      title: `Scan ${i}`,
      municipality: i === 500 ? 'Wijk bij Duurstede' : i % 2 ? 'Utrecht' : 'Zeist',
      date: `${2020 + (i % 5)}-01-01`,
      updatedAt: i,
    }),
  )

  it('shows a page, counts all that match', () => {
    const r = queryDrafts(many, DEFAULT_QUERY, 20)
    expect(r.total).toBe(1000)
    expect(r.matched).toBe(1000)
    expect(r.groups.flatMap((g) => g.items)).toHaveLength(20)
    expect(r.groups[0]!.items[0]!.title).toBe('Scan 999')
  })

  it('finds one by municipality among a thousand', () => {
    const r = queryDrafts(many, { ...DEFAULT_QUERY, search: 'duurstede' }, 20)
    expect(r.matched).toBe(1)
    expect(r.groups[0]!.items[0]!.title).toBe('Scan 500')
  })

  it('pages through the groups in the order shown', () => {
    const r = queryDrafts(many, { ...DEFAULT_QUERY, group: 'year' }, 20)
    expect(r.groups.map((g) => g.heading)).toEqual(['2024'])
    expect(r.ordered[0]!.date).toBe('2024-01-01')
    expect(r.ordered.at(-1)!.date).toBe('2020-01-01')
  })
})

describe('the URL query', () => {
  it('reads the choices, defaults for unknown values', () => {
    expect(parseDraftQuery({})).toEqual(DEFAULT_QUERY)
    expect(parseDraftQuery({ zoek: 'zeist', sorteer: 'title', groepeer: 'year' })).toEqual({
      search: 'zeist',
      sort: 'title',
      group: 'year',
    })
    expect(parseDraftQuery({ sorteer: 'nonsense', groepeer: ['municipality'] })).toEqual({
      ...DEFAULT_QUERY,
      group: 'municipality',
    })
  })

  it('writes only what is not the default, keeping other keys', () => {
    expect(toRouteQuery({ x: '1', zoek: 'oud' }, DEFAULT_QUERY)).toEqual({ x: '1' })
    const q = { search: 'Ede', sort: 'date', group: 'none' } as const
    expect(toRouteQuery({}, q)).toEqual({ zoek: 'Ede', sorteer: 'date' })
    expect(parseDraftQuery(toRouteQuery({}, q))).toEqual(q)
  })
})

describe('texts', () => {
  it('counts in Dutch', () => {
    expect(countText(12, 340)).toBe('12 van 340 Quick Scans')
    expect(countText(1000, 1000)).toBe('1.000 Quick Scans')
    expect(countText(1, 1)).toBe('1 Quick Scan')
    expect(countText(0, 1000)).toBe('0 van 1.000 Quick Scans')
    expect(moreText(20, 1000)).toBe('Toon meer (20 van 1.000)')
  })
})
