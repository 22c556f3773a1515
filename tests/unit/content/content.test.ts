import { describe, expect, it } from 'vitest'
import { introSections } from '@/content/intro'
import { labels } from '@/content/labels'
import { parts } from '@/content/parts'
import { QUESTION_COUNT, questions } from '@/content/questions'

describe('content of the Quick Scan', () => {
  it('has the 15 questions numbered 1 to 15 in order', () => {
    expect(QUESTION_COUNT).toBe(15)
    expect(questions.map((q) => q.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1))
  })

  it('splits the questions 5/5/5 over parts A, B and C, matching each question’s part', () => {
    expect(parts.map((p) => [p.id, p.questions.length])).toEqual([
      ['A', 5],
      ['B', 5],
      ['C', 5],
    ])
    for (const part of parts) {
      for (const n of part.questions) {
        expect(questions.find((q) => q.number === n)?.part).toBe(part.id)
      }
    }
    expect(parts.map((p) => p.title)).toEqual([
      'Naar een gezamenlijke visie op eigen kracht',
      'Van visie naar uitvoering',
      'Zicht op resultaten',
    ])
  })

  it('has four labels 1-4 with text', () => {
    expect(labels.map((l) => l.value)).toEqual([1, 2, 3, 4])
  })

  it('has no empty or untrimmed texts, and no double spaces left over from the PDF', () => {
    const texts = [
      ...questions.map((q) => q.text),
      ...labels.flatMap((l) => [l.text, l.short]),
      ...parts.map((p) => p.title),
    ]
    for (const t of texts) {
      expect(t.trim()).toBe(t)
      expect(t.length).toBeGreaterThan(3)
      expect(t).not.toMatch(/\s{2,}/)
    }
  })

  it('keeps question and label texts verbatim from the source', () => {
    expect(questions[1]?.text).toBe(
      'Waaróm willen we inzetten op eigen kracht, wat zijn aanleidingen en redenen?',
    )
    expect(questions[11]?.text).toBe(
      'Hoe worden deze resultaten van (de inzet op) eigen kracht gemonitord?',
    )
    expect(labels[3]?.text).toBe(
      'Ik heb hier niet eerder over nagedacht, hierover is voor zover ik weet geen discussie binnen de gemeente.',
    )
  })

  it('introduces the tool with the three headings of the source', () => {
    expect(introSections.map((s) => s.heading)).toEqual([
      'Voor wie?',
      'Doel',
      'De tool bestaat uit',
    ])
  })
})
