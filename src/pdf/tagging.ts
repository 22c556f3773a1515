import type { jsPDF as JsPdf } from 'jspdf'

/**
 * A tagged PDF (PDF/UA-1 style) with jsPDF, which has no tagging of its own: a structure tree
 * built while the PDF is drawn, marked content in the page streams, and the objects and catalog
 * entries written while jsPDF builds the file.
 *
 * - While drawing: `content(elem, draw)` wraps what `draw` writes in `/Role <</MCID n>> BDC … EMC`
 *   on the current page and records (page, n) as a kid of `elem`; `artifact(draw)` wraps running
 *   headers, footers, page numbers and decorative lines in `/Artifact BMC … EMC`. Every text run
 *   must be in one of the two. A run that continues on the next page is closed there and opened
 *   again (`breakPage`): marked content never spans pages.
 * - While building (doc.internal.events): 'putPage' adds `/StructParents i /Tabs /S` to page i+1;
 *   'postPutResources' writes the StructElem objects, the StructTreeRoot, the ParentTree (number
 *   tree: StructParents index → array of the elements by MCID) and the XMP metadata stream;
 *   'putCatalog' adds /StructTreeRoot, /MarkInfo, /ViewerPreferences and /Metadata. /Lang comes
 *   from doc.setLanguage.
 *
 * Traps:
 * - buildDocument() calls resetDocument() and numbers every object again on each output() or
 *   save(), so object numbers are allocated inside the build events, never kept from a previous
 *   build; page object ids are read during the build (getPageInfo(n).objId is set by putPages).
 * - Objects are allocated in 'postPutResources', before putInfo and putCatalog: the trailer takes
 *   the last object as /Root and the one before as /Info, so nothing may be allocated later.
 * - doc.internal.write goes to the current page while drawing, but to the file during the build.
 * - Marked content must not nest in artifacts or vice versa, and BDC/EMC must balance per page,
 *   hence one open run at a time (`begin` throws otherwise).
 * - autoTable draws a cell's background and border between willDrawCell and didDrawCell, i.e.
 *   inside the cell's marked content; sections.ts `table` draws them itself as an artifact first
 *   and switches autoTable's off, and marks the header autoTable repeats on a next page as an
 *   artifact.
 * - jsPDF writes %PDF-1.3; the version is set to 1.7 (PDF/UA-1 is based on PDF 1.7) through
 *   doc.__private__.setPdfVersion, as jsPDF has no option for it.
 * - A page's StructParents is its index (page number - 1): the parent tree has one entry per
 *   page, also for a page with artifacts only.
 * - Strings outside the content streams (Alt) are PDF text strings: UTF-16BE with a BOM, as hex.
 *   The XMP stream is UTF-8 and is written uncompressed (filters: []), as PDF/UA asks.
 */

export type Role =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Figure'

interface ContentRef {
  page: number
  mcid: number
}

export interface ElemOptions {
  /** Alternative text (Figure). */
  alt?: string
  /** Attribute dictionary entries, e.g. `/O /Table /Scope /Column`. */
  attributes?: string
}

export class Elem {
  readonly kids: (Elem | ContentRef)[] = []
  /** Bounding box in PDF points [x1 y1 x2 y2], for a Figure's layout attributes. */
  bbox?: [number, number, number, number]
  constructor(
    readonly role: Role,
    readonly parent: Elem | null,
    readonly options: ElemOptions = {},
  ) {}
}

/** A PDF text string in UTF-16BE with a BOM, as a hex string. */
export function pdfTextString(s: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0')
  return `<${hex.toUpperCase()}>`
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** UTF-8 as a binary string: jsPDF writes one byte per char code. */
function utf8(s: string): string {
  let out = ''
  for (const b of new TextEncoder().encode(s)) out += String.fromCharCode(b)
  return out
}

export function xmp(title: string, lang: string): string {
  const t = xmlEscape(title)
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${t}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>${xmlEscape(lang)}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`
}

interface Internal {
  write(...s: string[]): void
  events: { subscribe(name: string, fn: (payload: never) => void): unknown }
  newObjectDeferred(): number
  newObjectDeferredBegin(oid: number, doOutput: boolean): number
  putStream(options: {
    data: string
    filters: string[]
    additionalKeyValues?: { key: string; value: string }[]
    objectId?: number
  }): void
  getPageInfo(n: number): { objId: number }
  getCurrentPageInfo(): { pageNumber: number }
}

export class Tagger {
  readonly root = new Elem('Document', null)
  /** Per page (1-based): the elements by MCID. */
  private readonly mcids = new Map<number, Elem[]>()
  private open: { elem: Elem } | 'artifact' | null = null
  /** The document's title, for the XMP metadata (set when the properties are). */
  title = ''
  lang = 'nl'

  constructor(readonly doc: JsPdf) {
    const internal = this.internal
    ;(
      doc as unknown as { __private__: { setPdfVersion(v: string): void } }
    ).__private__.setPdfVersion('1.7')
    // Valid during one build only: see the traps above.
    let ids = new Map<Elem, number>()
    let rootId = 0
    let treeId = 0
    let metaId = 0
    internal.events.subscribe('putPage', ((p: { pageNumber: number }) => {
      internal.write(`/StructParents ${p.pageNumber - 1} /Tabs /S`)
    }) as (payload: never) => void)
    internal.events.subscribe('postPutResources', () => {
      ids = new Map()
      const all = this.elements()
      for (const e of all) ids.set(e, internal.newObjectDeferred())
      rootId = internal.newObjectDeferred()
      treeId = internal.newObjectDeferred()
      metaId = internal.newObjectDeferred()
      const pageObj = (n: number) => internal.getPageInfo(n).objId
      for (const e of all) {
        const firstPage = e.kids.find((k): k is ContentRef => !(k instanceof Elem))?.page
        const kids = e.kids.map((k) =>
          k instanceof Elem
            ? `${ids.get(k)} 0 R`
            : k.page === firstPage
              ? String(k.mcid)
              : `<< /Type /MCR /Pg ${pageObj(k.page)} 0 R /MCID ${k.mcid} >>`,
        )
        const parts = [
          `<< /Type /StructElem /S /${e.role}`,
          `/P ${e.parent ? ids.get(e.parent) : rootId} 0 R`,
          firstPage ? `/Pg ${pageObj(firstPage)} 0 R` : '',
          `/K [${kids.join(' ')}]`,
          e.options.alt !== undefined ? `/Alt ${pdfTextString(e.options.alt)}` : '',
          e.role === 'Document' ? `/Lang (${this.lang})` : '',
        ]
        const attrs = [
          e.options.attributes,
          e.bbox ? `/O /Layout /BBox [${e.bbox.map((v) => v.toFixed(2)).join(' ')}]` : '',
        ].filter(Boolean)
        // One attribute dictionary as such (pdf.js reads no array there), several as an array.
        const dicts = attrs.map((a) => `<< ${a} >>`)
        if (dicts.length) parts.push(`/A ${dicts.length === 1 ? dicts[0] : `[${dicts.join(' ')}]`}`)
        internal.newObjectDeferredBegin(ids.get(e)!, true)
        internal.write(parts.filter(Boolean).join(' ') + ' >>')
        internal.write('endobj')
      }
      const pages = this.doc.getNumberOfPages()
      internal.newObjectDeferredBegin(rootId, true)
      internal.write(
        `<< /Type /StructTreeRoot /K [${ids.get(this.root)} 0 R] /ParentTree ${treeId} 0 R /ParentTreeNextKey ${pages} >>`,
      )
      internal.write('endobj')
      const nums: string[] = []
      for (let n = 1; n <= pages; n++) {
        const elems = this.mcids.get(n) ?? []
        nums.push(`${n - 1} [${elems.map((e) => `${ids.get(e)} 0 R`).join(' ')}]`)
      }
      internal.newObjectDeferredBegin(treeId, true)
      internal.write(`<< /Nums [${nums.join(' ')}] >>`)
      internal.write('endobj')
      internal.newObjectDeferredBegin(metaId, true)
      internal.putStream({
        data: utf8(xmp(this.title, this.lang)),
        filters: [],
        additionalKeyValues: [
          { key: 'Type', value: '/Metadata' },
          { key: 'Subtype', value: '/XML' },
        ],
        objectId: metaId,
      })
      internal.write('endobj')
    })
    internal.events.subscribe('putCatalog', () => {
      internal.write(`/StructTreeRoot ${rootId} 0 R`)
      internal.write('/MarkInfo << /Marked true >>')
      internal.write('/ViewerPreferences << /DisplayDocTitle true >>')
      internal.write(`/Metadata ${metaId} 0 R`)
    })
  }

  private get internal(): Internal {
    return this.doc.internal as unknown as Internal
  }

  /** Every element, depth first, in reading order. */
  elements(from: Elem = this.root): Elem[] {
    return [from, ...from.kids.flatMap((k) => (k instanceof Elem ? this.elements(k) : []))]
  }

  /** A new element, the last child of `parent`. */
  add(role: Role, parent: Elem = this.root, options?: ElemOptions): Elem {
    const e = new Elem(role, parent, options)
    parent.kids.push(e)
    return e
  }

  get page() {
    return this.internal.getCurrentPageInfo().pageNumber
  }

  get isOpen() {
    return this.open !== null
  }

  /** Opens marked content for `elem` on the current page. */
  begin(elem: Elem) {
    if (this.open) throw new Error('Tagging: marked content is already open')
    const page = this.page
    const list = this.mcids.get(page) ?? []
    this.mcids.set(page, list)
    const mcid = list.length
    list.push(elem)
    elem.kids.push({ page, mcid })
    this.internal.write(`/${elem.role} <</MCID ${mcid}>> BDC`)
    this.open = { elem }
  }

  end() {
    if (!this.open) throw new Error('Tagging: nothing is open')
    this.internal.write('EMC')
    this.open = null
  }

  /** What `draw` writes is content of `elem`. */
  content(elem: Elem, draw: () => void) {
    this.begin(elem)
    try {
      draw()
    } finally {
      this.end()
    }
  }

  /** Opens an artifact: content that is not read out and has no place in the tree. */
  beginArtifact(type?: 'Pagination' | 'Layout') {
    if (this.open) throw new Error('Tagging: an artifact inside marked content')
    this.internal.write(type ? `/Artifact <</Type /${type}>> BDC` : '/Artifact BMC')
    this.open = 'artifact'
  }

  /** What `draw` writes is an artifact. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout') {
    this.beginArtifact(type)
    try {
      draw()
    } finally {
      this.end()
    }
  }

  /** Adds a page with `add`; an open run is closed on this page and continues on the next. */
  breakPage(add: () => void) {
    const open = this.open
    if (open === 'artifact') throw new Error('Tagging: a page break inside an artifact')
    if (open) this.end()
    add()
    if (open) this.begin(open.elem)
  }
}
