import { describe, expect, it } from 'vitest'
import { agendaParts } from '@/content/agenda'
import {
  actionCellText,
  agendaPartHeading,
  actionsOfPart,
  agendaCandidates,
  moveAction,
  nextOrder,
  partOfQuestion,
  type AgendaAction,
} from '@/domain/agenda'
import { restoreAction, restoreScanMeta } from '@/domain/restore'
import { emptyAnswer, type Answer } from '@/domain/scan'
import { testAction } from '../scanFixture'

let seq = 0
const action = (
  part: AgendaAction['part'],
  order: number,
  question: number | null = null,
): AgendaAction => testAction({ id: `a${++seq}`, part, order, question, createdAt: seq })

const answer = (question: number, label: Answer['label'], discuss = false): Answer => ({
  ...emptyAnswer('s', question, 0),
  label,
  discuss,
})

describe('agenda content', () => {
  it('has the three parts with their “Denk aan” hints verbatim', () => {
    expect(agendaParts.map((p) => p.part)).toEqual(['A', 'B', 'C'])
    for (const p of agendaParts) expect(p.hint).toMatch(/^Denk aan: .+etc\.$/)
  })
})

describe('ordering', () => {
  it('adds at the end of its part and lists a part in order', () => {
    const list = [action('A', 2), action('B', 7), action('A', 1)]
    expect(nextOrder(list, 'A')).toBe(3)
    expect(nextOrder(list, 'C')).toBe(1)
    expect(actionsOfPart(list, 'A').map((a) => a.order)).toEqual([1, 2])
  })

  it('moves an action by swapping with its neighbour, and not past the ends', () => {
    const [x, y, z] = [action('B', 1), action('B', 2), action('B', 3)]
    const list = [x!, y!, z!, action('A', 1)]
    expect(moveAction(list, z!.id, -1)).toEqual([
      { id: z!.id, order: 2 },
      { id: y!.id, order: 3 },
    ])
    expect(moveAction(list, x!.id, -1)).toEqual([])
    expect(moveAction(list, z!.id, 1)).toEqual([])
    expect(moveAction(list, 'onbekend', 1)).toEqual([])
  })

  it('renumbers a part when two actions share an order (added in two tabs at once)', () => {
    const a = action('C', 1)
    const b = action('C', 1)
    const writes = moveAction([a, b], b.id, -1)
    const orders = Object.fromEntries(writes.map((w) => [w.id, w.order]))
    expect(orders[b.id]).toBeLessThan(orders[a.id]!)
  })
})

describe('candidates', () => {
  it('suggests questions with label 2, 3 or 4 or marked to discuss, without an action yet', () => {
    const answers = {
      1: answer(1, 1),
      3: answer(3, 3),
      5: answer(5, 1, true),
      7: answer(7, 2),
      12: answer(12, 4),
      13: answer(13, null),
    }
    expect(agendaCandidates(answers, [])).toEqual([3, 5, 7, 12])
    expect(agendaCandidates(answers, [action('B', 1, 7), action('A', 1, null)])).toEqual([3, 5, 12])
  })

  it('knows in which part a question belongs', () => {
    expect([1, 6, 10, 11, 15].map(partOfQuestion)).toEqual(['A', 'B', 'B', 'C', 'C'])
    expect(() => partOfQuestion(16)).toThrow()
  })
})

describe('agenda texts', () => {
  it('shows the part titles of the source without their full stop', () => {
    expect(agendaParts.map(agendaPartHeading)).toEqual([
      'A. Naar een gezamenlijke visie op eigen kracht',
      'B. Van visie naar uitvoering',
      'C. Zicht op resultaten',
    ])
  })

  it('says in a table cell which question an action belongs to, also before it is filled in', () => {
    expect(actionCellText({ action: ' Monitoren ', question: null })).toBe('Monitoren')
    expect(actionCellText({ action: 'Monitoren', question: 12 })).toBe('Monitoren\n(bij vraag 12)')
    expect(actionCellText({ action: '  ', question: 12 })).toBe(
      'Bij vraag 12: Hoe worden deze resultaten van (de inzet op) eigen kracht gemonitord?',
    )
    expect(actionCellText({ action: '', question: null })).toBe('')
  })
})

describe('restoring agenda data', () => {
  it('gives a scan from before the agenda an empty follow-up', () => {
    const meta = restoreScanMeta({ id: 'oud', title: 'Oud' })
    expect(meta?.followUp).toEqual({
      meetAgain: null,
      nextMeeting: '',
      pickedUpBy: '',
      accountability: '',
    })
    const followUp = (f: unknown) => restoreScanMeta({ id: 'f', followUp: f })?.followUp
    expect(followUp({ meetAgain: 'misschien', accountability: 'elk kwartaal' })).toEqual({
      meetAgain: null,
      nextMeeting: '',
      pickedUpBy: '',
      accountability: 'elk kwartaal',
    })
  })

  it('repairs partial actions and rejects unusable ones', () => {
    expect(restoreAction({ id: 'x', scanId: 's', part: 'D' })).toBeNull()
    expect(restoreAction({ id: '', scanId: 's', part: 'A' })).toBeNull()
    expect(
      restoreAction({ id: 'x', scanId: 's', part: 'B', question: 99, whenDate: 'morgen' }, 5),
    ).toEqual({
      formatVersion: 1,
      id: 'x',
      scanId: 's',
      part: 'B',
      order: 0,
      action: '',
      who: '',
      when: '',
      whenDate: '',
      question: null,
      fieldTimes: {},
      createdAt: 5,
      updatedAt: 5,
    })
  })
})
