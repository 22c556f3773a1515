import type { DBCore } from 'dexie'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { ToolDatabase } from '@/db/database'
import * as repo from '@/db/repository'
import { useScanStore } from '@/stores/scan'
import { useStorageStore } from '@/stores/storage'

describe('a full disk', () => {
  it('leaves stored data unchanged, reports in Dutch, and still allows export', async () => {
    setActivePinia(createPinia())
    const db = new ToolDatabase(`quota-${Math.random()}`)
    let full = false
    // Inject the fault where IndexedDB would raise it: in every write, wrapped as Dexie does.
    db.use({
      stack: 'dbcore',
      name: 'disk-full',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          return {
            ...table,
            mutate: (req) =>
              full
                ? Promise.reject(
                    Object.assign(new Error('AbortError'), {
                      name: 'AbortError',
                      inner: { name: 'QuotaExceededError' },
                    }),
                  )
                : table.mutate(req),
          }
        },
      }),
    })
    await db.open()
    repo.useDatabase(db)
    const meta = await repo.createScan({
      title: 'Vol',
      municipality: '',
      date: '2026-11-23',
      mode: 'alone',
      participants: [],
    })
    await repo.updateAnswer(meta.id, 1, { text: 'opgeslagen' })
    const before = JSON.stringify(await repo.getAllScans())

    full = true
    const scan = useScanStore()
    scan.open(meta.id)
    await expect(
      scan.saveField({ kind: 'answer', question: 1, prop: 'text' }, 'gaat niet meer', Date.now()),
    ).rejects.toBeTruthy()
    await expect(scan.addAction('A', { action: 'ook niet' })).rejects.toBeTruthy()
    const storage = useStorageStore()
    expect(storage.error).toMatch(/opslagruimte van deze browser is vol/)
    expect(storage.statusText).toBe('Opslaan mislukt.')
    expect(JSON.stringify(await repo.getAllScans())).toBe(before)
    // Export only reads: it still works.
    expect((await repo.getAllScans())[0]?.answers[0]?.text).toBe('opgeslagen')
    scan.close()
    db.close()
  })
})
