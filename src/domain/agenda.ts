import type { LabelValue } from '@/content/labels'
import type { PartId } from '@/content/parts'
import { questions, questionByNumber } from '@/content/questions'
import type { FieldTimes } from './fields'
import type { ExportedActionFields, FollowUp } from './records'
import type { AnswerMap } from './scan'

/**
 * The action agenda: actions per part, each its own stored row (two tabs adding actions keep
 * both), ordered by a number so a move writes only the rows that moved. The fields are defined
 * in records.ts; the stored row adds its identity and times.
 */
export interface AgendaAction extends ExportedActionFields {
  formatVersion: number
  id: string
  scanId: string
  /** When each of action, who, when and whenDate was last changed. */
  fieldTimes: FieldTimes
  createdAt: number
  updatedAt: number
}

export type ActionFields = Pick<AgendaAction, 'action' | 'who' | 'when' | 'whenDate'>

export type { FollowUp }

export const emptyFollowUp = (): FollowUp => ({
  meetAgain: null,
  nextMeeting: '',
  pickedUpBy: '',
  accountability: '',
})

export function partOfQuestion(question: number): PartId {
  const q = questionByNumber(question)
  if (!q) throw new Error(`Vraag ${question} bestaat niet.`)
  return q.part
}

export function sortActions<T extends Pick<AgendaAction, 'order' | 'createdAt' | 'id'>>(
  actions: readonly T[],
): T[] {
  return [...actions].sort(
    (a, b) => a.order - b.order || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1),
  )
}

export function actionsOfPart<T extends Pick<AgendaAction, 'part' | 'order' | 'createdAt' | 'id'>>(
  actions: readonly T[],
  part: PartId,
): T[] {
  return sortActions(actions.filter((a) => a.part === part))
}

/** The order for a new action at the end of its part. */
export function nextOrder(
  actions: readonly Pick<AgendaAction, 'part' | 'order'>[],
  part: PartId,
): number {
  const orders = actions.filter((a) => a.part === part).map((a) => a.order)
  return orders.length === 0 ? 1 : Math.max(...orders) + 1
}

/**
 * Moving an action one place up or down swaps its order with its neighbour's. Returns the
 * (at most two) rows to write, or [] when it cannot move that way.
 */
export function moveAction(
  actions: readonly AgendaAction[],
  id: string,
  direction: -1 | 1,
): { id: string; order: number }[] {
  const target = actions.find((a) => a.id === id)
  if (!target) return []
  const list = actionsOfPart(actions, target.part)
  const i = list.findIndex((a) => a.id === id)
  const other = list[i + direction]
  if (!other) return []
  if (other.order !== target.order) {
    return [
      { id: target.id, order: other.order },
      { id: other.id, order: target.order },
    ]
  }
  // Equal orders (two tabs added at once): renumber the part so the move is well defined.
  const renumbered = list.map((a, k) => ({ id: a.id, order: k + 1 }))
  const a = renumbered[i]!
  const b = renumbered[i + direction]!
  ;[a.order, b.order] = [b.order, a.order]
  return renumbered
}

/** A part's heading on the agenda and in the PDF: the source's title without its full stop. */
export function agendaPartHeading(p: { part: PartId; title: string }): string {
  return `${p.part}. ${p.title.replace(/\.\s*$/, '')}`
}

/**
 * An action as one text for a table cell (PDF, print): what was typed, and the question it
 * belongs to. An action put on the agenda from a question starts empty (the agenda page shows
 * the question as a link above it); until it is filled in, the question's text says what it is
 * about.
 */
export function actionCellText(a: Pick<AgendaAction, 'action' | 'question'>): string {
  const text = a.action.trim()
  if (a.question === null) return text
  if (text) return `${text}\n(bij vraag ${a.question})`
  const q = questionByNumber(a.question)
  return q ? `Bij vraag ${q.number}: ${q.text}` : `(bij vraag ${a.question})`
}

const candidateLabels: readonly LabelValue[] = [2, 3, 4]

/**
 * Questions worth an action: labelled 2, 3 or 4 (no shared view yet) or marked "Hier willen we
 * over verder praten", and with no action linked to them yet. In question order.
 */
export function agendaCandidates(
  answers: AnswerMap,
  actions: readonly Pick<AgendaAction, 'question'>[],
): number[] {
  const linked = new Set(actions.map((a) => a.question).filter((q): q is number => q !== null))
  return questions
    .map((q) => q.number)
    .filter((n) => {
      const a = answers[n]
      if (!a || linked.has(n)) return false
      return a.discuss || (a.label !== null && candidateLabels.includes(a.label))
    })
}

/**
 * An action that says who and when but not what: "Actie" empty while "Wie doet wat?",
 * "Wanneer?" or the date is filled in (the action was typed into the wrong field). A gentle
 * warning on the page, never a block.
 */
export function actionLacksDescription(
  a: Pick<AgendaAction, 'action' | 'who' | 'when' | 'whenDate'>,
): boolean {
  return (
    a.action.trim() === '' && (a.who.trim() !== '' || a.when.trim() !== '' || a.whenDate !== '')
  )
}
