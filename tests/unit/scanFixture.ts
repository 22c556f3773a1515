import { createPinia, setActivePinia } from 'pinia'
import { expect, vi } from 'vitest'
import * as repo from '@/db/repository'
import type { NewScan } from '@/db/repository'
import type { AgendaAction } from '@/domain/agenda'
import { restoreAction, restoreAnswer, restoreScanMeta } from '@/domain/restore'
import type { Answer, ScanMeta } from '@/domain/scan'
import { useScanStore } from '@/stores/scan'

/** A scan with neutral details in the current database; fields override the defaults. */
export const createTestScan = (fields: Partial<NewScan> = {}) =>
  repo.createScan({
    title: 'T',
    municipality: '',
    date: '2026-11-23',
    mode: 'alone',
    participants: [],
    ...fields,
  })

/**
 * For component tests: a fresh Pinia and database, one scan in it, opened in the scan store.
 * Returns the store once the scan has loaded.
 */
export async function openTestScan(fields: Partial<NewScan> = {}) {
  setActivePinia(createPinia())
  await repo.openStorage(`test-${Math.random()}`)
  const { id } = await createTestScan(fields)
  const scan = useScanStore()
  scan.open(id)
  await vi.waitFor(() => expect(scan.state).toBe('ready'))
  return scan
}

/**
 * Records for pure tests, built through the app's own door in (domain/restore.ts), so they have
 * every field a record defines with its default; pass only what the test is about.
 */
export const testMeta = (fields: Partial<ScanMeta> = {}): ScanMeta =>
  restoreScanMeta({ id: 's', title: 'T', date: '2026-11-23', createdAt: 0, ...fields }, 0)!

export const testAnswer = (scanId: string, question: number, fields: Partial<Answer> = {}) =>
  restoreAnswer({ scanId, question, updatedAt: 0, ...fields }, 0)!

export const testAction = (fields: Partial<AgendaAction> & Pick<AgendaAction, 'id' | 'part'>) =>
  restoreAction({ scanId: 's', createdAt: 0, ...fields }, 0)!
