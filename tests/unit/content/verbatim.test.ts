import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { labels } from '@/content/labels'
import { questions } from '@/content/questions'

/**
 * The question and label texts must be exactly those of the source document. The extracted
 * PDF text breaks lines and adds blank lines; normalise whitespace and compare.
 * The source sits in shared/ beside the checkout (as in CI); without it this test fails loudly.
 */
const sourcePath = resolve(__dirname, '../../../../shared/seeds/002_96d0ab715584f9af.txt')
const source = readFileSync(sourcePath, 'utf8').replace(/\s+/g, ' ')

describe('texts verbatim from 002', () => {
  it.each(questions.map((q) => [q.number, q.text] as const))('question %i', (n, text) => {
    expect(source).toContain(`${n}. ${text}`)
  })

  it.each(labels.map((l) => [l.value, l.text] as const))('label %i', (n, text) => {
    expect(source).toContain(`Label ${n} ${text}`)
  })
})
