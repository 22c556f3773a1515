import { describe, expect, it } from 'vitest'
import {
  countAnswered,
  emptyAnswer,
  firstOpenQuestion,
  progress,
  questionStatus,
  type Answer,
} from '@/domain/scan'

const answer = (question: number, text: string, label: Answer['label']): Answer => ({
  ...emptyAnswer('s1', question, 0),
  text,
  label,
})

describe('questionStatus', () => {
  it('is niet-begonnen without an answer or with only whitespace', () => {
    expect(questionStatus(undefined)).toBe('niet-begonnen')
    expect(questionStatus(answer(1, '   \n', null))).toBe('niet-begonnen')
  })

  it('is bezig with text only or label only (labels 1-3)', () => {
    expect(questionStatus(answer(1, 'iets', null))).toBe('bezig')
    expect(questionStatus(answer(1, '', 2))).toBe('bezig')
  })

  it('is ingevuld with text and a label', () => {
    expect(questionStatus(answer(1, 'iets', 1))).toBe('ingevuld')
  })

  it('treats label 4 on its own as a complete answer, not an error', () => {
    expect(questionStatus(answer(1, '', 4))).toBe('ingevuld')
  })
})

describe('progress', () => {
  it('counts complete and started questions out of 15', () => {
    const answers = {
      1: answer(1, 'a', 1),
      2: answer(2, '', 4),
      3: answer(3, 'b', null),
      7: answer(7, '', null),
    }
    expect(progress(answers)).toEqual({ answered: 2, started: 3, total: 15 })
    expect(countAnswered(Object.values(answers))).toBe(2)
  })

  it('finds the first question that is not complete', () => {
    expect(firstOpenQuestion({})).toBe(1)
    expect(firstOpenQuestion({ 1: answer(1, 'a', 1), 2: answer(2, 'b', null) })).toBe(2)
    const all = Object.fromEntries(
      Array.from({ length: 15 }, (_, i) => [i + 1, answer(i + 1, '', 4)]),
    )
    expect(firstOpenQuestion(all)).toBeNull()
  })
})
