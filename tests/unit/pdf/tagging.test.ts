// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest'
import { agendaParts } from '@/content/agenda'
import { parts } from '@/content/parts'
import { questions } from '@/content/questions'
import { agendaPartHeading } from '@/domain/agenda'
import { buildReportPdf } from '@/pdf/buildReportPdf'
import { buildScanPdf } from '@/pdf/buildScanPdf'
import { reportScan, scan } from './pdfFixtures'
import {
  deps,
  elementsOf,
  taggedOf,
  textOfNode,
  type TaggedPage,
  type TreeNode,
} from './pdfHelpers'
import { testAction } from '../scanFixture'

/**
 * The PDFs are tagged (PDF/UA-1 style): pdf.js reads the structure tree and the marked content
 * back, page by page, so what is asserted is what a screen reader gets.
 */
type Tagged = Awaited<ReturnType<typeof taggedOf>>

const hasContent = (e: TreeNode): boolean =>
  e.type === 'content' || (e.children ?? []).some(hasContent)

/**
 * The elements of `role` with content on a page, page by page, with their text on that page
 * (pdf.js gives each page the whole subtree of an element on it, empty where on other pages).
 */
function found(doc: Tagged, roles: string[]) {
  return doc.pages.flatMap((page, i) =>
    elementsOf(page.tree)
      .filter((e) => roles.includes(e.role!) && hasContent(e))
      .map((e) => ({ role: e.role!, text: textOfNode(e, page), node: e, page: i + 1 })),
  )
}

/** Every page: a tree, and each text run inside tagged content or an artifact. */
function expectAllTagged(doc: Tagged) {
  doc.pages.forEach((page: TaggedPage, i) => {
    expect(page.tree, `structure tree on page ${i + 1}`).not.toBeNull()
    expect(page.tree!.children?.[0]?.role, `page ${i + 1}`).toBe('Document')
    expect(page.untagged, `untagged text on page ${i + 1}`).toEqual([])
    // Each marked-content id on the page belongs to an element, and the other way round.
    const inTree = new Set(
      elementsOf(page.tree).flatMap((e) =>
        (e.children ?? []).filter((k) => k.type === 'content').map((k) => k.id!),
      ),
    )
    expect([...page.ids].sort(), `page ${i + 1}`).toEqual([...inTree].sort())
    expect(page.textById.size, `tagged text on page ${i + 1}`).toBeGreaterThan(0)
    // The running header and the page number are artifacts.
    expect(page.artifacts.join(' ')).toContain(`pagina ${i + 1} van ${doc.pages.length}`)
  })
}

let both: Tagged
// Building and reading back a PDF of eleven pages takes seconds on a busy machine.
beforeAll(async () => {
  both = await taggedOf(buildScanPdf(scan, 'both', deps, new Date(2026, 10, 23, 14, 32)))
}, 30_000)

describe('tagged PDF: the Quick Scan and agenda', { timeout: 30_000 }, () => {
  it('has a structure tree on every page and no text outside tagged content or artifacts', () => {
    expect(both.pages.length).toBeGreaterThan(8)
    expectAllTagged(both)
  })

  it('has its headings in order: the title (H1), the parts (H2), the questions (H3)', () => {
    const headings = found(both, ['H1', 'H2', 'H3', 'H4', 'H5', 'H6']).map(
      (h) => `${h.role} ${h.text}`,
    )
    expect(headings).toEqual([
      'H1 Quick Scan en actieagenda Quick Scan gemeente Zeist',
      'H2 Samenvatting: de labels per vraag',
      'H2 Acties',
      'H2 De vier labels',
      ...parts.flatMap((p) => [
        `H2 ${p.id}. ${p.title}`,
        ...p.questions.map(
          (n) => `H3 Vraag ${n} van 15 ${questions.find((q) => q.number === n)!.text}`,
        ),
      ]),
      'H2 Actieagenda',
      ...agendaParts.map((p) => `H3 ${agendaPartHeading(p)}`),
      'H3 Afspraken over het vervolg',
    ])
  })

  it('tags the answers and the labels as paragraphs in reading order, long answers across pages', () => {
    const paragraphs = found(both, ['P']).map((p) => p.text)
    const text = paragraphs.join(' | ')
    let from = 0
    for (const n of [1, 2, 3, 5, 6, 8, 10, 15]) {
      for (const s of [`Begin van antwoord ${n}.`, `Label ${(n % 4) + 1} · `]) {
        const at = text.indexOf(s, from)
        expect(at, s).toBeGreaterThanOrEqual(0)
        from = at
      }
    }
    // The answer of more than 10,000 characters is one element on more than one page.
    const long = found(both, ['P']).filter((p) => p.text.includes('gaat over eigen kracht'))
    expect(new Set(long.map((p) => p.page)).size).toBeGreaterThan(1)
    expect(long[0]!.text).toMatch(/^Eerste zin van het lange antwoord\./)
    expect(long.at(-1)!.text).toMatch(/Laatste zin van het lange antwoord\.$/)
    expect(text).toContain('Şükrü Łukasz Ğ ı ż ë é ï ’ “ ” € <b>vet</b>')
  })

  it('tags the facts and the four labels as lists', () => {
    const items = found(both, ['LI']).map((li) => li.text)
    expect(items.slice(0, 3)).toEqual([
      'Gemeente Zeist',
      'Datum 23 november 2026',
      'Deelnemers Şükrü Yılmaz (beleidsadviseur), Łukasz Żak (wijkteam)',
    ])
    expect(items.some((t) => t.startsWith('Label 2 · Nog een discussiepunt Dit is wat ik'))).toBe(
      true,
    )
    const lbl = found(both, ['Lbl']).map((l) => l.text)
    expect(lbl).toContain('Label 4 · Niet eerder over nagedacht')
  })

  it('tags the summary and the agenda as tables: Table, TR, TH, TD', () => {
    const tables = found(both, ['Table'])
    // Page 1: the labels per question, the actions; then the agenda: one table per part.
    expect(tables.length).toBe(5)
    const rows = (t: TreeNode) => (t.children ?? []).filter((k) => k.role)
    const cells = (tr: TreeNode, page: TaggedPage) =>
      (tr.children ?? []).map(
        (c) => `${c.role} ${textOfNode(c, both.pages[0]!) || textOfNode(c, page)}`,
      )
    for (const t of tables) {
      const page = both.pages[t.page - 1]!
      expect(rows(t.node).every((r) => r.role === 'TR')).toBe(true)
      const [head, ...body] = rows(t.node)
      expect(head!.children!.every((c) => c.role === 'TH')).toBe(true)
      for (const r of body) expect(r.children!.every((c) => c.role === 'TD')).toBe(true)
      expect(cells(head!, page).length).toBe(3)
    }
    const summary = tables[0]!
    const p1 = both.pages[summary.page - 1]!
    expect(cells(rows(summary.node)[0]!, p1)).toEqual(['TH Nr.', 'TH Vraag', 'TH Label'])
    expect(cells(rows(summary.node)[1]!, p1)).toEqual([
      'TD 1',
      `TD ${questions[0]!.text}`,
      'TD Label 2 · Nog een discussiepunt',
    ])
    expect(cells(rows(summary.node)[9]!, p1)).toEqual([
      'TD 9',
      `TD ${questions[8]!.text}`,
      'TD Geen label gekozen',
    ])
    const agenda = tables
      .slice(2)
      .flatMap((t) => rows(t.node).map((r) => cells(r, both.pages[t.page - 1]!).join(' | ')))
    expect(agenda).toEqual([
      'TH Actie | TH Wie doet wat? | TH Wanneer?',
      'TD Bij vraag 3: Welke waarden liggen ten grondslag aan het inzetten op eigen kracht? | TD Wie a1: Fatma | TD voor de zomer · 1 juni 2027',
      'TH Actie | TH Wie doet wat? | TH Wanneer?',
      'TD Gluren bij de buren in Utrecht | TD Wie b1: Fatma | TD voor de zomer · 1 juni 2027',
      'TD Opleidingsplan schrijven | TD Wie b2: Fatma | TD voor de zomer · 1 juni 2027',
      'TH Actie | TH Wie doet wat? | TH Wanneer?',
      'TD Monitoring bespreken met onderzoek (bij vraag 12) | TD Wie c1: Fatma | TD voor de zomer · 1 juni 2027',
    ])
  })

  it('tags a table across pages once: the repeated header is an artifact', async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      testAction({
        id: `m${i}`,
        scanId: 's1',
        part: 'A',
        order: i + 1,
        action: `Actie nummer ${i + 1}`,
        who: 'Fatma',
        when: 'dit jaar',
      }),
    )
    const doc = await taggedOf(buildScanPdf({ ...scan, actions: many }, 'agenda', deps))
    expectAllTagged(doc)
    const tables = found(doc, ['Table'])
    expect(new Set(tables.map((t) => t.page)).size).toBeGreaterThan(1)
    expect(found(doc, ['TH']).length).toBe(3)
    const later = doc.pages[tables.at(-1)!.page - 1]!
    expect(later.artifacts).toContain('Wie doet wat?')
    const tds = found(doc, ['TD']).map((c) => c.text)
    for (let i = 1; i <= 40; i++) expect(tds).toContain(`Actie nummer ${i}`)
  })

  it('has the catalog entries of a tagged PDF: MarkInfo, tree, title shown, language, XMP', () => {
    const { raw, metadata } = both
    expect(raw).toMatch(/^%PDF-1\.7/)
    expect(raw).toMatch(/\/MarkInfo << \/Marked true >>/)
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/)
    expect(raw).toMatch(/\/Type \/StructTreeRoot \/K \[\d+ 0 R\] \/ParentTree \d+ 0 R/)
    expect(raw).toMatch(/\/ViewerPreferences << \/DisplayDocTitle true >>/)
    expect(raw).toMatch(/\/Lang \(nl\)/)
    expect(raw).toMatch(/\/Metadata \d+ 0 R/)
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>')
    expect(raw).toContain('/Type /Metadata')
    for (let i = 0; i < both.pages.length; i++)
      expect(raw).toContain(`/StructParents ${i} /Tabs /S`)
    expect(metadata?.get('dc:title')).toBe('Quick Scan en actieagenda: Quick Scan gemeente Zeist')
    expect(metadata?.get('dc:language')).toBe('nl')
  })

  it('keeps its XMP in UTF-8 and its tree when the file is written a second time', async () => {
    const doc = buildScanPdf(
      { ...scan, meta: { ...scan.meta, title: 'Scan Şükrü & Łukasz' } },
      'scan',
      deps,
    )
    const first = await taggedOf(new Uint8Array(doc.output('arraybuffer')))
    // jsPDF numbers every object again on each output(): the tree must follow.
    const second = await taggedOf(new Uint8Array(doc.output('arraybuffer')))
    expect(second.metadata?.get('dc:title')).toBe('Quick Scan: Scan Şükrü & Łukasz')
    expect(second.pages.map((p) => p.tree)).toEqual(first.pages.map((p) => p.tree))
    expectAllTagged(second)
  })
})

describe('tagged PDF: the session report', { timeout: 30_000 }, () => {
  it('tags every page and draws each round of counts as a Figure whose Alt says the numbers', async () => {
    const doc = await taggedOf(buildReportPdf(reportScan, deps))
    expectAllTagged(doc)
    const figures = found(doc, ['Figure'])
    expect(figures.map((f) => f.node.alt)).toEqual([
      'Eerste indruk: label 1: 2, label 2: 1, label 3: 3, label 4: 2 (8 deelnemers)',
      'Na het gesprek: label 1: 5, label 2: 3, label 3: 0, label 4: 0 (8 deelnemers)',
      'Telling: label 1: 1, label 2: 0, label 3: 4, label 4: 3 (8 deelnemers)',
      'Eerste indruk: label 1: 6, label 2: 0, label 3: 0, label 4: 0 (6 deelnemers)',
      'Na het gesprek: label 1: 3, label 2: 0, label 3: 0, label 4: 3 (6 deelnemers)',
    ])
    // The figure holds the chart's own text, so it is read by search and copy too.
    expect(figures[0]!.text).toBe(
      '1 Afgesproken 2 2 Nog een discussiepunt 1 3 Weet niet hoe anderen denken 3 4 Niet eerder over nagedacht 2',
    )
    const headings = found(doc, ['H1', 'H2', 'H3']).map((h) => `${h.role} ${h.text}`)
    expect(headings.slice(0, 6)).toEqual([
      'H1 Verslag van de dialoogsessie Dialoogsessie Zeist',
      'H2 Samenvatting van de sessie',
      'H3 Hier is (nog) geen gedeeld beeld',
      'H3 Van eerste indruk naar na het gesprek',
      'H3 De vier labels',
      `H2 A. ${parts[0]!.title}`,
    ])
    expect(found(doc, ['H3']).filter((h) => h.text.startsWith('Vraag ')).length).toBe(15)
    expect(doc.raw).toMatch(/\/MarkInfo << \/Marked true >>/)
    expect(doc.raw).toContain('<pdfuaid:part>1</pdfuaid:part>')
  })
})
