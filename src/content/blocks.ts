/**
 * Tool text as typed blocks, rendered by components/common/ContentBlocks.vue as plain text
 * (never as HTML). Later content (inspiration) extends this union.
 */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; ordered: boolean; items: readonly string[] }
  | { kind: 'quote'; text: string; speaker: string }
