import { describe, expect, it } from 'vitest'
import { migrate } from '@/domain/fileFormat'
import { actionFields, restoreFields } from '@/domain/records'
import { migrateRecord, restoreAnswer, restoreScanMeta } from '@/domain/restore'
import { SCAN_FORMAT_VERSION } from '@/domain/scan'

const NOW = Date.UTC(2026, 10, 23, 13, 32)

describe('restoreScanMeta', () => {
  it('rejects what cannot be a scan', () => {
    expect(restoreScanMeta(null)).toBeNull()
    expect(restoreScanMeta('scan')).toBeNull()
    expect(restoreScanMeta({ title: 'zonder id' })).toBeNull()
  })

  it('upgrades an old, partial record (no format version) to today’s shape', () => {
    const meta = restoreScanMeta({ id: 'a', title: '  Oud  ', createdAt: NOW }, NOW)
    expect(meta).toEqual({
      formatVersion: SCAN_FORMAT_VERSION,
      id: 'a',
      title: 'Oud',
      municipality: '',
      date: '2026-11-23',
      mode: 'alone',
      participants: [],
      createdAt: NOW,
      updatedAt: NOW,
      answeredCount: 0,
      followUp: { meetAgain: null, nextMeeting: '', pickedUpBy: '', accountability: '' },
      fieldTimes: {},
    })
  })

  it('repairs wrong types and keeps valid fields', () => {
    const meta = restoreScanMeta(
      {
        id: 'b',
        title: '',
        municipality: 42,
        date: '23-11-2026',
        participants: [{ name: 'Łukasz', role: 7 }, 'x', { name: '', role: '' }],
        createdAt: -5,
        updatedAt: 'gisteren',
        answeredCount: 99,
      },
      NOW,
    )
    expect(meta?.title).toBe('Quick Scan zonder titel')
    expect(meta?.municipality).toBe('')
    expect(meta?.participants).toEqual([{ name: 'Łukasz', role: '' }])
    expect(meta?.mode).toBe('group')
    expect(meta?.createdAt).toBe(NOW)
    expect(meta?.updatedAt).toBe(NOW)
    expect(meta?.answeredCount).toBe(15)
    expect(meta?.date).toBe('2026-11-23')
  })
})

describe('restoreAnswer', () => {
  it('rejects answers without a scan or with a question outside 1-15', () => {
    expect(restoreAnswer({ question: 1 })).toBeNull()
    expect(restoreAnswer({ scanId: 's', question: 0 })).toBeNull()
    expect(restoreAnswer({ scanId: 's', question: 16 })).toBeNull()
    expect(restoreAnswer({ scanId: 's', question: 1.5 })).toBeNull()
  })

  it('fills in text, label and version for a partial answer', () => {
    expect(restoreAnswer({ scanId: 's', question: '3', label: '4' }, NOW)).toEqual({
      formatVersion: SCAN_FORMAT_VERSION,
      scanId: 's',
      question: 3,
      text: '',
      label: 4,
      discuss: false,
      tally: { 1: 0, 2: 0, 3: 0, 4: 0 },
      tallyAfter: { 1: 0, 2: 0, 3: 0, 4: 0 },
      slipTally: { 1: 0, 2: 0, 3: 0, 4: 0 },
      slipTallyAfter: { 1: 0, 2: 0, 3: 0, 4: 0 },
      fieldTimes: {},
      updatedAt: NOW,
    })
  })

  it('accepts only labels 1-4', () => {
    const restoreLabel = (label: unknown) =>
      restoreAnswer({ scanId: 's', question: 1, label })?.label
    expect([0, 1, 2, 3, 4, 5, '2', 'x', null].map(restoreLabel)).toEqual([
      null,
      1,
      2,
      3,
      4,
      null,
      2,
      null,
      null,
    ])
  })
})

describe('one definition per record', () => {
  it('reads a file of format version 1 without a migration step, and leaves it as it was', () => {
    const v1 = { tool: 'reflectietool-eigen-kracht', formatVersion: 1, scans: [] }
    expect(migrate(v1)).toBe(v1)
  })

  it('upgrades stored records of version 1 (or without a version) as they are', () => {
    const record = { id: 'a', title: 'Oud' }
    expect(migrateRecord(record)).toBe(record)
    expect(migrateRecord({ ...record, formatVersion: 1 })).toEqual({ ...record, formatVersion: 1 })
  })

  it('restores every field a record defines, and a stored record back to itself', () => {
    const action = {
      part: 'B',
      order: 3,
      action: 'Visie delen',
      who: 'Fatma',
      when: 'voor de zomer',
      whenDate: '2027-06-01',
      question: 7,
    }
    expect(restoreFields(actionFields, action)).toEqual(action)
    expect(Object.keys(restoreFields(actionFields, { part: 'A' })!)).toEqual(
      Object.keys(actionFields),
    )
    const answer = restoreAnswer({ scanId: 's', question: 2, text: 'x', label: 3 }, 1)!
    expect(restoreAnswer(answer, 2)).toEqual(answer)
    const meta = restoreScanMeta({ id: 'm', title: 'T', date: '2026-01-02', createdAt: 5 }, 9)!
    expect(restoreScanMeta(meta, 10)).toEqual(meta)
  })
})
