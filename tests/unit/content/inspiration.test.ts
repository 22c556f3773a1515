import { describe, expect, it } from 'vitest'
import type { Block } from '@/content/blocks'
import { dimensiesEigenKracht, participatieladder } from '@/content/figures'
import { inspiration, inspirationFor } from '@/content/inspiration'
import { collapsedSource, rawSource } from './source'

/**
 * The "Inspiratie + voorbeelden" content, checked for structure and against the source text.
 */
const source = collapsedSource

const QUESTIONS_WITH_INSPIRATION = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15]

/** All blocks, boxes opened up. */
function flatten(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => (b.kind === 'box' ? [b, ...flatten(b.blocks)] : [b]))
}

/** Every text of a block (not urls), including intros, titles, items, speakers and citations. */
function textsOf(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
    case 'heading':
    case 'hint':
      return [b.text]
    case 'list':
      return [...b.items]
    case 'checklist':
      return b.intro === undefined ? [...b.items] : [b.intro, ...b.items]
    case 'quote':
      return [b.text, b.speaker]
    case 'definition':
      return [b.text, b.citation]
    case 'link':
      return [b.text]
    case 'box':
      return [b.title]
    case 'figure':
      return []
  }
}

const allBlocks = inspiration.flatMap((s) => flatten(s.blocks))
const allTexts = [
  ...inspiration.flatMap((s) => (s.intro === undefined ? [] : [s.intro])),
  ...allBlocks.flatMap(textsOf),
]
const links = (blocks: readonly Block[]) =>
  flatten(blocks).filter((b): b is Extract<Block, { kind: 'link' }> => b.kind === 'link')
const sectionText = (question: number) => {
  const s = inspirationFor(question)
  if (!s) return ''
  return [s.intro ?? '', ...flatten(s.blocks).flatMap(textsOf)].join(' ')
}

describe('inspiration content', () => {
  it('has a section with blocks for questions 1-9 and 11-15, in order, and none for 10', () => {
    expect(inspiration.map((s) => s.question)).toEqual(QUESTIONS_WITH_INSPIRATION)
    for (const n of QUESTIONS_WITH_INSPIRATION) {
      expect(inspirationFor(n)?.blocks.length ?? 0).toBeGreaterThan(0)
    }
    expect(inspirationFor(10)).toBeUndefined()
    expect(inspirationFor(16)).toBeUndefined()
  })

  it('has no empty texts, lists or boxes', () => {
    for (const b of allBlocks) {
      for (const t of textsOf(b)) expect(t.length).toBeGreaterThan(0)
      if (b.kind === 'list' || b.kind === 'checklist') expect(b.items.length).toBeGreaterThan(0)
      if (b.kind === 'box') expect(b.blocks.length).toBeGreaterThan(0)
    }
  })

  it('has trimmed texts without double spaces or PDF leftovers', () => {
    for (const t of allTexts) {
      expect(t.trim()).toBe(t)
      expect(t).not.toMatch(/\s{2,}/)
      expect(t).not.toMatch(/Terug naar Quick Scan|Klik hier|Hier vindt u|https?:\/\//)
    }
  })

  it('keeps "Denk aan: " in hints', () => {
    const hints = allBlocks.filter((b) => b.kind === 'hint')
    expect(hints.length).toBe(3)
    for (const h of hints) expect(h.kind === 'hint' && h.text.startsWith('Denk aan: ')).toBe(true)
  })

  it('has absolute http(s) link urls without spaces, none twice in one section', () => {
    for (const s of inspiration) {
      const urls = links(s.blocks).map((l) => l.url)
      expect(new Set(urls).size).toBe(urls.length)
      for (const url of urls) {
        const parsed = new URL(url)
        expect(['http:', 'https:']).toContain(parsed.protocol)
        expect(url).toMatch(/^https?:\/\//)
        expect(url).not.toMatch(/\s/)
      }
    }
  })

  it('links every URL of the source’s inspiration part, and only those', () => {
    const start = rawSource.indexOf('INSPIRATIE + VOORBEELDEN')
    const end = rawSource.indexOf('VERANTWOORDING EN ONDERZOEKSKADER')
    const sourceUrls = new Set(
      rawSource
        .slice(start, end)
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^https?:\/\//.test(l)),
    )
    const ourUrls = new Set(
      inspiration.flatMap((s) => links(s.blocks).map((l) => l.url.replace(/%20/g, ' '))),
    )
    expect([...ourUrls].sort()).toEqual([...sourceUrls].sort())
  })

  it('uses each figure once, at the right question', () => {
    const figures = inspiration.flatMap((s) =>
      flatten(s.blocks).flatMap((b) => (b.kind === 'figure' ? [[s.question, b.figure]] : [])),
    )
    expect(figures).toEqual([
      [1, 'dimensies-eigen-kracht'],
      [5, 'participatieladder'],
    ])
  })

  it('keeps every quote with its speaker verbatim from the source', () => {
    const quotes = allBlocks.filter((b) => b.kind === 'quote')
    expect(quotes.length).toBe(8)
    for (const q of quotes) {
      if (q.kind !== 'quote') continue
      expect(q.text).toMatch(/^‘.*’$/)
      expect(q.speaker).not.toMatch(/^—/)
      expect(source).toContain(`${q.text} — ${q.speaker}`)
    }
  })

  it('keeps quoted definitions with their citation verbatim from the source', () => {
    const definitions = allBlocks.filter((b) => b.kind === 'definition')
    expect(definitions.map((d) => d.kind === 'definition' && d.citation)).toEqual([
      'Gilsing, Jansma & Schöne, 2017',
      'Boumans, 2015',
      'Verzaal, 2002',
    ])
    for (const d of definitions) {
      if (d.kind !== 'definition' || !d.text.startsWith('‘')) continue
      expect(source).toContain(`${d.text} (${d.citation})`)
    }
  })

  it('has the boxes, with the 15 hordes of the A&O fonds toolkit', () => {
    const boxes = allBlocks.filter((b) => b.kind === 'box')
    expect(boxes.map((b) => b.kind === 'box' && b.title)).toEqual([
      'Toolkit voor uitvoerders binnen het sociaal domein',
      'Ervaringswijzer',
      'Voorbeeld uit de gemeente Vaals: in gesprek met burgers via Photovoice',
    ])
    const toolkit = boxes[0]
    const hordes =
      toolkit?.kind === 'box' ? toolkit.blocks.find((b) => b.kind === 'list' && b.ordered) : null
    expect(hordes?.kind === 'list' && hordes.items.length).toBe(15)
  })

  it.each([
    [1, 'Het persoonlijk kapitaal kent drie dimensies die onderling samenhangen:'],
    [2, 'Succesvol zelf doen zet een proces in gang dat mensen sterker maakt.'],
    [3, 'Deze diepere laag heeft een politieke lading en reflecteert het maatschappijbeeld'],
    [4, 'De gemeente koopt de zorg in en voert de Jeugdwet en Participatiewet uit.'],
    [5, 'Sommige gemeenten gaan bij het opstellen van een beleidsvisie al in gesprek'],
    [6, 'Veel gemeenten gaan daarbij uit van de ‘omgekeerde toets’.'],
    [7, '‘Een lekkere vraag past niet in een rekenmachine.’'],
    [8, 'Kijk dus vooral naar werkzame elementen in de verschillende interventies.'],
    [9, 'De gemeente is van een regelorganisatie veranderd in een casusorganisatie'],
    [11, 'Hoeveel inwoners bereiken we? Hoeveel kosten besparen we?'],
    [12, 'Sommige gemeenten kiezen er daarbij voor om op inwonerniveau te monitoren'],
    [13, 'Voldoende expertise en (praktijk)ervaring bij de professional'],
    [14, 'Maar wat gebeurt er eigenlijk met de resultaten?'],
    [
      15,
      'Deze startfoto, waarin de leefwereld van inwoners centraal stond, gaf input voor beleid.',
    ],
  ] as const)('question %i contains a sentence verbatim from the source', (n, sentence) => {
    expect(sectionText(n)).toContain(sentence)
    expect(source).toContain(sentence)
  })
})

describe('figures', () => {
  it('has the participatieladder with 6 rungs from Informeren to Zelfbestuur', () => {
    const rungs = participatieladder.rungs
    expect(rungs.length).toBe(6)
    expect(rungs.map((r) => r.step)).toEqual([1, 2, 3, 4, 5, 6])
    expect(rungs[0]?.name).toBe('Informeren')
    expect(rungs[5]?.name).toBe('Zelfbestuur')
    for (const r of rungs) expect(source).toContain(`${r.name} ${r.description}`)
    expect(participatieladder.axes.low).toBe('Laag')
    expect(participatieladder.axes.high).toBe('Hoog')
  })

  it('has the dimensions of eigen kracht with 6 relations between the three main dimensions', () => {
    const ids = dimensiesEigenKracht.dimensions.map((d) => d.id)
    expect(ids).toEqual(['competentioneel', 'motivationeel', 'sociaal', 'maatschappelijk'])
    const main = ['competentioneel', 'motivationeel', 'sociaal']
    const rels = dimensiesEigenKracht.relations
    expect(rels.length).toBe(6)
    for (const r of rels) {
      expect(main).toContain(r.from)
      expect(main).toContain(r.to)
      expect(r.from).not.toBe(r.to)
      expect(source).toContain(r.label)
    }
    // One relation each way between each pair of dimensions.
    expect(new Set(rels.map((r) => `${r.from}>${r.to}`)).size).toBe(6)
    expect(dimensiesEigenKracht.note.length).toBeGreaterThan(0)
  })

  it('has figure texts that are trimmed and without double spaces', () => {
    const texts = [
      dimensiesEigenKracht.title,
      dimensiesEigenKracht.note,
      ...dimensiesEigenKracht.dimensions.flatMap((d) => [d.title, d.subtitle, d.details ?? 'x']),
      ...dimensiesEigenKracht.relations.map((r) => r.label),
      participatieladder.title,
      ...participatieladder.rungs.flatMap((r) => [r.name, r.description]),
      ...Object.values(participatieladder.axes),
    ]
    for (const t of texts) {
      expect(t.length).toBeGreaterThan(0)
      expect(t.trim()).toBe(t)
      expect(t).not.toMatch(/\s{2,}/)
    }
  })
})
