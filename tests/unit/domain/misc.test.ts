import { describe, expect, it } from 'vitest'
import { BACKUP_AFTER_ANSWERED, isBackupDue } from '@/domain/backup'
import { clockTime, defaultTitle, dutchDate, isoDate } from '@/domain/dates'
import { newId } from '@/domain/id'
import { validateScanDetails, type ScanDetails } from '@/domain/scanDetails'
import { classifyStorageError, storageErrorMessage } from '@/domain/storageErrors'

describe('dates', () => {
  it('writes Dutch dates and a default title', () => {
    const d = new Date(2026, 10, 23, 14, 32)
    expect(isoDate(d)).toBe('2026-11-23')
    expect(dutchDate('2026-11-23')).toBe('23 november 2026')
    expect(dutchDate('2026-01-05')).toBe('5 januari 2026')
    expect(dutchDate('onzin')).toBe('onzin')
    expect(clockTime(d.getTime())).toBe('14:32')
    expect(defaultTitle(d)).toBe('Quick Scan 23 november 2026')
  })
})

describe('newId', () => {
  it('makes distinct 32-character hex ids', () => {
    const ids = new Set(Array.from({ length: 100 }, newId))
    expect(ids.size).toBe(100)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/)
  })
})

describe('validateScanDetails', () => {
  const ok: ScanDetails = {
    title: 'Quick Scan',
    municipality: '',
    date: '2026-11-23',
    mode: 'alone',
    participants: [],
  }

  it('accepts a title and a real date; municipality is optional', () => {
    expect(validateScanDetails(ok)).toEqual([])
  })

  it('names the field and says what to do', () => {
    const errors = validateScanDetails({ ...ok, title: '  ', date: '2026-02-30' })
    expect(errors.map((e) => e.field)).toEqual(['scan-title', 'scan-date'])
    expect(errors[0]?.message).toMatch(/Vul een titel in/)
    expect(errors[1]?.message).toMatch(/geldige datum/)
  })
})

describe('classifyStorageError', () => {
  it('recognises a full disk directly and when wrapped by Dexie in inner', () => {
    expect(classifyStorageError({ name: 'QuotaExceededError' })).toBe('quota')
    expect(
      classifyStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }),
    ).toBe('quota')
    expect(
      classifyStorageError({
        name: 'AbortError',
        inner: { name: 'X', inner: { name: 'QuotaExceededError' } },
      }),
    ).toBe('quota')
    expect(classifyStorageError({ name: 'DatabaseClosedError' })).toBe('closed')
    expect(classifyStorageError(new Error('boom'))).toBe('unknown')
    expect(classifyStorageError(undefined)).toBe('unknown')
  })

  it('tells the user in Dutch that the text is still on screen', () => {
    for (const kind of ['quota', 'closed', 'unknown'] as const) {
      expect(storageErrorMessage(kind)).toMatch(/Uw tekst staat nog op het scherm/)
    }
    expect(storageErrorMessage('quota')).toMatch(/vol/)
  })
})

describe('backup reminder', () => {
  const draft = (answeredCount: number, updatedAt: number) => ({ answeredCount, updatedAt })
  it('asks for a backup once real work changed after the last one', () => {
    expect(isBackupDue([draft(BACKUP_AFTER_ANSWERED - 1, 50)], null)).toBe(false)
    expect(isBackupDue([draft(BACKUP_AFTER_ANSWERED, 50)], null)).toBe(true)
    expect(isBackupDue([draft(BACKUP_AFTER_ANSWERED, 50)], 60)).toBe(false)
    expect(isBackupDue([draft(BACKUP_AFTER_ANSWERED, 50), draft(9, 70)], 60)).toBe(true)
  })
})
