/**
 * Text for the PDF font. jsPDF looks glyphs up per UTF-16 code unit, so characters outside the
 * Basic Multilingual Plane (emoji) and characters the font has no glyph for would come out as
 * garbage or nothing. Replace each such character visibly with "?" instead.
 */
export function fitToFont(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = ''
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (ch === '\n' || ch === '\t') out += ch === '\t' ? ' ' : ch
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue
    // Variation selectors and zero-width joiners belong to the emoji they follow.
    else if (cp === 0xfe0f || cp === 0xfe0e || cp === 0x200d) continue
    else if (cp <= 0xffff && hasGlyph(cp)) out += ch
    else out += '?'
  }
  return out
}

/** Line breaks as the user typed them, without trailing spaces and runs of blank lines. */
export function normaliseParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
