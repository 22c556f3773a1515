import { describe, expect, it } from 'vitest'
import { compareQuestion, comparePart, labelCounts, type ComparedScan } from '@/domain/compare'
import { emptyAnswer, type Answer } from '@/domain/scan'

const scan = (id: string, labels: Record<number, Answer['label']>): ComparedScan => ({
  id,
  title: id,
  answers: Object.fromEntries(
    Object.entries(labels).map(([q, l]) => [
      Number(q),
      { ...emptyAnswer(id, Number(q), 0), label: l },
    ]),
  ),
})

describe('comparing scans', () => {
  const a = scan('a', { 1: 1, 2: 3, 3: 2, 6: 4 })
  const b = scan('b', { 1: 1, 2: 1, 3: 3 })
  const c = scan('c', { 1: 2, 2: null, 3: 4 })

  it('gives each scan’s label per question with the spread', () => {
    expect(compareQuestion([a, b, c], 1)).toEqual({
      question: 1,
      labels: [1, 1, 2],
      distinct: 2,
      spread: 1,
      divergent: false,
    })
    expect(compareQuestion([a, b, c], 2)).toEqual({
      question: 2,
      labels: [3, 1, null],
      distinct: 2,
      spread: 2,
      divergent: true,
    })
    expect(compareQuestion([a, b, c], 3).divergent).toBe(true)
    expect(compareQuestion([a, b, c], 6)).toEqual({
      question: 6,
      labels: [4, null, null],
      distinct: 1,
      spread: 0,
      divergent: false,
    })
  })

  it('counts labels per part and names the divergent questions', () => {
    expect(labelCounts(a.answers, [1, 2, 3, 4, 5])).toEqual({ 1: 1, 2: 1, 3: 1, 4: 0, none: 2 })
    const partA = comparePart([a, b, c], 'A')
    expect(partA.divergentQuestions).toEqual([2, 3])
    expect(partA.perScan[1]).toEqual({ 1: 2, 2: 0, 3: 1, 4: 0, none: 2 })
    expect(comparePart([a, b, c], 'B').perScan[0]).toEqual({ 1: 0, 2: 0, 3: 0, 4: 1, none: 4 })
  })
})
