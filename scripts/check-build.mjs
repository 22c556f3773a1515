// Build check: what the browser loads first (the entry script, what it imports statically and
// what index.html preloads) must carry no jsPDF, no PDF fonts and no Dexie (the storage layer
// loads after the first paint), and stay under 100 kB gzipped.
// Prints the figures; exits 1 when a rule is broken. Run after `vite build`.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist')
const LIMIT = 100 * 1024

export function firstLoadFiles(distDir = dist) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const start = [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\.\/([^"]+\.js)"/g,
    ),
  ].map((m) => m[1])
  const seen = new Set()
  const queue = [...start]
  while (queue.length > 0) {
    const file = queue.shift()
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(join(distDir, file), 'utf8')
    // Static imports only ("import x from" / "import" side effects); import() is lazy.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) {
      queue.push(join(dirname(file), m[1]))
    }
  }
  return [...seen]
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = firstLoadFiles()
  let raw = 0
  let gz = 0
  const problems = []
  for (const f of files) {
    const buf = readFileSync(join(dist, f))
    raw += buf.length
    gz += gzipSync(buf, { level: 9 }).length
    const code = buf.toString('utf8')
    if (/jsPDF|jspdf/i.test(code.replace(/import\(["'][^"']*["']\)/g, '')))
      problems.push(`${f} bevat jsPDF`)
    if (/NotoSans|AAEAAAA/.test(code)) problems.push(`${f} bevat lettertypegegevens`)
    if (/\bsemVer\b|MissingAPIError/.test(code)) problems.push(`${f} bevat Dexie`)
  }
  console.log(
    `Eerste laadbeurt: ${files.length} JS-bestanden, ${(raw / 1024).toFixed(1)} kB, ${(gz / 1024).toFixed(1)} kB gzip`,
  )
  if (gz > LIMIT) problems.push(`te groot: ${(gz / 1024).toFixed(1)} kB gzip (grens 100 kB)`)
  if (problems.length > 0) {
    console.error(problems.map((p) => `- ${p}`).join('\n'))
    process.exit(1)
  }
}
