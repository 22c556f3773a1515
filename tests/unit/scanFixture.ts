import { createPinia, setActivePinia } from 'pinia'
import { expect, vi } from 'vitest'
import * as repo from '@/db/repository'
import type { NewScan } from '@/db/repository'
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
