/**
 * Tool text as typed blocks, rendered by components as plain text (never as HTML).
 * The intro uses the first few kinds; inspiration (per question) uses all of them.
 */
export type Block =
  /** Running text. */
  | { kind: 'paragraph'; text: string }
  /** A sub-heading inside a section. */
  | { kind: 'heading'; text: string }
  /** "Denk aan: …" hints: the source's short prompt lines. */
  | { kind: 'hint'; text: string }
  /** Bulleted (ordered: false) or numbered (ordered: true) list. */
  | { kind: 'list'; ordered: boolean; items: readonly string[] }
  /** The source's "Check …" lists, shown with check marks. */
  | { kind: 'checklist'; items: readonly string[]; intro?: string }
  /** A spoken quote with its speaker, e.g. "— een wethouder". */
  | { kind: 'quote'; text: string; speaker: string }
  /** A quoted definition with its literature citation, e.g. "(Boumans, 2015)". */
  | { kind: 'definition'; text: string; citation: string }
  /** An external link: the text says what it is; url is absolute (https/http), spaces encoded. */
  | { kind: 'link'; text: string; url: string }
  /** One of the app's inline SVG figures, by id. */
  | { kind: 'figure'; figure: FigureId }
  /** A framed box (e.g. "A&O fonds toolkit", "Ervaringswijzer", "Photovoice in Vaals"). */
  | { kind: 'box'; title: string; blocks: readonly Block[] }

export type FigureId = 'dimensies-eigen-kracht' | 'participatieladder'
