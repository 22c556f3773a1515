import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as journal from '@/db/journal'
import { replayJournal } from '@/db/replay'
import * as repo from '@/db/repository'
import { STORAGE_KEYS } from '@/db/constants'
import type { FieldTarget } from '@/domain/fields'
import { createTestScan } from '../scanFixture'

const text1: FieldTarget = { kind: 'answer', question: 1, prop: 'text' }
const answerText = async (scanId: string, n = 1) =>
  (await repo.getScan(scanId))?.answers.find((a) => a.question === n)?.text

/** What another tab would leave behind: an entry under its own tab id. */
function entryOfOtherTab(
  tab: string,
  scanId: string,
  target: FieldTarget,
  value: unknown,
  at: number,
) {
  const key = `${STORAGE_KEYS.journalPrefix}${tab}|${scanId}|answer:${'question' in target ? target.question : 0}:${target.prop}`
  localStorage.setItem(key, JSON.stringify({ scanId, target, value, at, tab }))
}

beforeEach(async () => {
  localStorage.clear()
  await repo.openStorage(`journal-${Math.random()}`)
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('journal', () => {
  it('keeps one entry per tab and field, the latest change, and lists them oldest first', () => {
    journal.recordChange('s', text1, 'eerst', 10)
    journal.recordChange('s', text1, 'daarna', 20)
    entryOfOtherTab('anderTab', 's', text1, 'uit de andere tab', 15)
    journal.recordChange('s', { kind: 'followUp', prop: 'meetAgain' }, 'ja', 5)
    journal.recordChange('t', text1, 'andere scan', 1)
    expect(journal.journalEntries('s').map((e) => [e.value, e.at])).toEqual([
      ['ja', 5],
      ['uit de andere tab', 15],
      ['daarna', 20],
    ])
    expect(journal.journalEntries()).toHaveLength(4)
  })

  it('removes an entry once its change is saved, but not when a newer keystroke replaced it', () => {
    journal.recordChange('s', text1, 'a', 10)
    journal.recordChange('s', text1, 'ab', 11)
    journal.changeSaved('s', text1, 10) // the save of "a" came back after "ab" was typed
    expect(journal.journalEntries('s').map((e) => e.value)).toEqual(['ab'])
    journal.changeSaved('s', text1, 11)
    expect(journal.journalEntries('s')).toEqual([])
  })

  it('drops unreadable entries and reports false when localStorage refuses', () => {
    localStorage.setItem(`${STORAGE_KEYS.journalPrefix}x|s|kapot`, '{niet json')
    localStorage.setItem(`${STORAGE_KEYS.journalPrefix}x|s|vreemd`, JSON.stringify({ scanId: 's' }))
    expect(journal.journalEntries()).toEqual([])
    expect(localStorage.length).toBe(0)
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('vol', 'QuotaExceededError')
    })
    expect(journal.recordChange('s', text1, 'x', 1)).toBe(false)
  })
})

describe('replaying the journal', () => {
  it('writes an entry newer than the stored field, then removes it', async () => {
    const { id } = await createTestScan()
    await repo.updateAnswer(id, 1, { text: 'opgeslagen' }, 1000)
    journal.recordChange(id, text1, 'opgeslagen, en de laatste zin', 2000)
    expect((await replayJournal()).written).toBe(1)
    expect(await answerText(id)).toBe('opgeslagen, en de laatste zin')
    expect(journal.journalEntries()).toEqual([])
  })

  it('never overwrites a field another tab stored later, and drops that entry', async () => {
    const { id } = await createTestScan()
    journal.recordChange(id, text1, 'ouder, uit een gesloten tab', 1000)
    await repo.updateAnswer(id, 1, { text: 'later opgeslagen in tab B' }, 2000)
    expect((await replayJournal(id)).written).toBe(0)
    expect(await answerText(id)).toBe('later opgeslagen in tab B')
    expect(journal.journalEntries()).toEqual([])
  })

  it('replays per field: an older label does not hold back a newer text of the same answer', async () => {
    const { id } = await createTestScan()
    journal.recordChange(id, text1, 'tekst van 1500', 1500)
    await repo.updateAnswer(id, 1, { label: 2 }, 2000) // the label was saved after the typing
    expect((await replayJournal(id)).written).toBe(1)
    const answer = (await repo.getScan(id))?.answers[0]
    expect([answer?.text, answer?.label]).toEqual(['tekst van 1500', 2])
  })

  it('with entries of two tabs for one field, the newest change wins', async () => {
    const { id } = await createTestScan()
    entryOfOtherTab('tabA', id, text1, 'tab A om 3000', 3000)
    entryOfOtherTab('tabB', id, text1, 'tab B om 2000', 2000)
    await replayJournal()
    expect(await answerText(id)).toBe('tab A om 3000')
  })

  it('replays choices, follow-up and agenda fields too', async () => {
    const { id } = await createTestScan()
    const action = await repo.addAction(id, 'B', {}, null, 500)
    journal.recordChange(id, { kind: 'answer', question: 4, prop: 'label' }, 3, 1000)
    journal.recordChange(
      id,
      { kind: 'answer', question: 4, prop: 'tally' },
      { 1: 2, 2: 0, 3: 1, 4: 0 },
      1001,
    )
    journal.recordChange(id, { kind: 'followUp', prop: 'accountability' }, 'elk kwartaal', 1002)
    journal.recordChange(id, { kind: 'action', id: action.id, prop: 'who' }, 'Fatma', 1003)
    expect((await replayJournal(id)).written).toBe(4)
    const scan = await repo.getScan(id)
    expect(scan?.answers[0]?.label).toBe(3)
    expect(scan?.answers[0]?.tally).toEqual({ 1: 2, 2: 0, 3: 1, 4: 0 })
    expect(scan?.meta.followUp.accountability).toBe('elk kwartaal')
    expect(scan?.actions[0]?.who).toBe('Fatma')
  })

  it('drops entries of deleted scans and actions, keeps those whose write failed', async () => {
    const { id } = await createTestScan()
    journal.recordChange('weg', text1, 'van een verwijderde scan', 1000)
    journal.recordChange(id, { kind: 'action', id: 'weg', prop: 'who' }, 'niemand', 1001)
    expect((await replayJournal()).written).toBe(0)
    expect(journal.journalEntries()).toEqual([])

    journal.recordChange(id, text1, 'schijf vol', 2000)
    vi.spyOn(repo, 'writeField').mockRejectedValueOnce(
      new DOMException('vol', 'QuotaExceededError'),
    )
    expect((await replayJournal()).written).toBe(0)
    expect(journal.journalEntries().map((e) => e.value)).toEqual(['schijf vol'])
    expect((await replayJournal()).written).toBe(1) // space is back
    expect(await answerText(id)).toBe('schijf vol')
  })
})
