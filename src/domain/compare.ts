import type { LabelValue } from '@/content/labels'
import type { PartId } from '@/content/parts'
import { parts } from '@/content/parts'
import type { Answer, AnswerMap } from './scan'

/**
 * Comparing scans side by side (colleagues' scans, or this year's with last year's): per
 * question each scan's label, and how far the labels lie apart; per part, the label counts.
 */
export interface ComparedScan {
  id: string
  title: string
  answers: AnswerMap
}

/** A stored scan as a column of the comparison: its answers by question, titled with its place. */
export function toComparedScan(s: {
  meta: { id: string; title: string; municipality: string }
  answers: readonly Answer[]
}): ComparedScan {
  const answers: Record<number, Answer> = {}
  for (const a of s.answers) answers[a.question] = a
  const who = s.meta.municipality ? ` (${s.meta.municipality})` : ''
  return { id: s.meta.id, title: `${s.meta.title}${who}`, answers }
}

export interface QuestionComparison {
  question: number
  labels: (LabelValue | null)[]
  /** Number of different labels among the scans that chose one. */
  distinct: number
  /** Highest minus lowest label chosen (0 when fewer than two scans chose one). */
  spread: number
  /** Labels lie two or more apart: no shared view here (yet). */
  divergent: boolean
}

export function compareQuestion(
  scans: readonly ComparedScan[],
  question: number,
): QuestionComparison {
  const labels = scans.map((s) => s.answers[question]?.label ?? null)
  const chosen = labels.filter((l): l is LabelValue => l !== null)
  const spread = chosen.length >= 2 ? Math.max(...chosen) - Math.min(...chosen) : 0
  return { question, labels, distinct: new Set(chosen).size, spread, divergent: spread >= 2 }
}

export interface LabelCounts {
  1: number
  2: number
  3: number
  4: number
  none: number
}

export function labelCounts(answers: AnswerMap, questions: readonly number[]): LabelCounts {
  const counts: LabelCounts = { 1: 0, 2: 0, 3: 0, 4: 0, none: 0 }
  for (const q of questions) {
    const l = answers[q]?.label ?? null
    if (l === null) counts.none++
    else counts[l]++
  }
  return counts
}

export interface PartComparison {
  part: PartId
  perScan: LabelCounts[]
  divergentQuestions: number[]
}

export function comparePart(scans: readonly ComparedScan[], part: PartId): PartComparison {
  const p = parts.find((x) => x.id === part)!
  return {
    part,
    perScan: scans.map((s) => labelCounts(s.answers, p.questions)),
    divergentQuestions: p.questions.filter((q) => compareQuestion(scans, q).divergent),
  }
}
