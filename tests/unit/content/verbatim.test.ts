import { describe, expect, it } from 'vitest'
import { labels } from '@/content/labels'
import { questions } from '@/content/questions'
import { collapsedSource } from './source'

/**
 * The question and label texts must be exactly those of the source document. The extracted
 * PDF text breaks lines and adds blank lines; normalise whitespace and compare.
 */
const source = collapsedSource

describe('texts verbatim from 002', () => {
  it.each(questions.map((q) => [q.number, q.text] as const))('question %i', (n, text) => {
    expect(source).toContain(`${n}. ${text}`)
  })

  it.each(labels.map((l) => [l.value, l.text] as const))('label %i', (n, text) => {
    expect(source).toContain(`Label ${n} ${text}`)
  })
})
