import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { retiredTerms } from '@/content/glossary'

/**
 * One vocabulary: no template or string in src/ uses a word the glossary retired. Comments are
 * left out (they are for developers, in English); the glossary itself names the retired words.
 */
const src = resolve(__dirname, '../../../src')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return /\.(vue|ts)$/.test(name) ? [path] : []
  })
}

/** The file without its comments: <!-- --> in templates, /* *\/ and // in code. */
export const withoutComments = (text: string) =>
  text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

describe('the glossary', () => {
  const sources = files(src).filter((f) => !f.endsWith(join('content', 'glossary.ts')))

  it('reads the whole app', () => {
    expect(sources.length).toBeGreaterThan(100)
  })

  it.each(retiredTerms.map((t) => [String(t.pattern), t] as const))(
    'no retired term %s is left in src/',
    (_name, term) => {
      const hits = sources.flatMap((f) =>
        withoutComments(readFileSync(f, 'utf8'))
          .split('\n')
          .filter((line) => term.pattern.test(line))
          .map((line) => `${f.slice(src.length + 1)}: ${line.trim()} (zeg: ${term.use})`),
      )
      expect(hits).toEqual([])
    },
  )

  it('strips comments but keeps strings that contain slashes', () => {
    expect(withoutComments("const a = 'x' // PDF note")).toBe("const a = 'x' ")
    expect(withoutComments('/* PDF */ b')).toBe(' b')
    expect(withoutComments("url = 'https://x/y'")).toBe("url = 'https://x/y'")
  })
})
