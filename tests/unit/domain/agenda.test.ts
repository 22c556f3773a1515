import { describe, expect, it } from 'vitest'
import { agendaParts } from '@/content/agenda'
import { formatDutchDate, parseDutchDate } from '@/domain/dates'
import {
  actionCellText,
  actionLacksDescription,
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

describe('the action itself', () => {
  it('is missing when who or when is filled in and "Actie" is empty', () => {
    const fields = { action: '', who: '', when: '', whenDate: '' }
    expect(actionLacksDescription(fields)).toBe(false)
    expect(actionLacksDescription({ ...fields, who: 'Fatma schrijft het plan' })).toBe(true)
    expect(actionLacksDescription({ ...fields, when: 'voor de zomer' })).toBe(true)
    expect(actionLacksDescription({ ...fields, whenDate: '2027-03-15' })).toBe(true)
    expect(actionLacksDescription({ ...fields, action: '  ', who: 'Jan' })).toBe(true)
    expect(actionLacksDescription({ ...fields, action: 'Plan schrijven', who: 'Jan' })).toBe(false)
    expect(actionLacksDescription({ ...fields, who: ' \n ' })).toBe(false)
  })
})

describe('the date of "Wanneer?"', () => {
  it('reads a date as typed in the Netherlands into yyyy-mm-dd', () => {
    const iso = (s: string) => {
      const r = parseDutchDate(s)
      return r.ok ? r.iso : r.problem
    }
    expect(iso('15-03-2027')).toBe('2027-03-15')
    expect(iso('5-3-2027')).toBe('2027-03-05')
    expect(iso(' 05/03/2027 ')).toBe('2027-03-05')
    expect(iso('5.3.2027')).toBe('2027-03-05')
    expect(iso('5 3 2027')).toBe('2027-03-05')
    expect(iso('5 - 3 - 2027')).toBe('2027-03-05')
    expect(iso('5 maart 2027')).toBe('2027-03-05')
    expect(iso('5 Mrt 2027')).toBe('2027-03-05')
    expect(iso('1 okt. 2026')).toBe('2026-10-01')
    expect(iso('2027-03-05')).toBe('2027-03-05')
    expect(iso('29-02-2028')).toBe('2028-02-29')
    expect(iso('')).toBe('')
    expect(iso('   ')).toBe('')
  })

  it('never takes the month first, half a year or a day that does not exist', () => {
    const problem = (s: string) => {
      const r = parseDutchDate(s)
      return r.ok ? `ok ${r.iso}` : r.problem
    }
    expect(problem('03/15/2027')).toBe('nonexistent') // mm/dd/yyyy: no month 15
    expect(problem('31-02-2027')).toBe('nonexistent')
    expect(problem('29-02-2027')).toBe('nonexistent')
    expect(problem('31-04-2027')).toBe('nonexistent')
    expect(problem('00-01-2027')).toBe('nonexistent')
    expect(problem('15-13-2027')).toBe('nonexistent')
    expect(problem('15-03-0027')).toBe('nonexistent')
    expect(problem('1-7-20')).toBe('format') // half typed: not 2020
    expect(problem('1-7-202')).toBe('format')
    expect(problem('15-03-2027x')).toBe('format')
    expect(problem('voor de zomer')).toBe('format')
    expect(problem('15 zomer 2027')).toBe('format')
  })

  it('shows a stored date as dd-mm-jjjj, and what it reads back is the same date', () => {
    expect(formatDutchDate('2027-03-05')).toBe('05-03-2027')
    expect(formatDutchDate('')).toBe('')
    for (const iso of ['2026-01-01', '2027-12-31', '2028-02-29']) {
      expect(parseDutchDate(formatDutchDate(iso))).toEqual({ ok: true, iso })
    }
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
