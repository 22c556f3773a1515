/**
 * Greedy word wrap for SVG text, which does not wrap by itself. maxChars is a budget in
 * characters (the figures use a fixed font size, so characters approximate width). A single
 * word longer than the budget gets a line of its own rather than being cut.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`
    else {
      lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  return lines
}
