import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { DBCore } from 'dexie'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { ToolDatabase } from '@/db/database'
import * as repo from '@/db/repository'
import { CHECK_CHUNK } from '@/domain/fileFormat'
import { useFilesStore } from '@/stores/files'
import { useStorageStore } from '@/stores/storage'

const fixture = readFileSync(resolve(__dirname, '../../fixtures/files/format-v1-scan.json'), 'utf8')

/** A backup of `n` drafts, each with the fixture's 3 answers and 1 action. */
function backupJson(n: number): string {
  const file = JSON.parse(fixture) as { kind: string; scans: { title: string }[] }
  const scan = file.scans[0]!
  file.kind = 'backup'
  file.scans = Array.from({ length: n }, (_, i) => ({ ...scan, title: `Concept ${i + 1}` }))
  return JSON.stringify(file)
}
const bigBackup = (n: number) =>
  new File([backupJson(n)], 'reservekopie.json', { type: 'application/json' })

let db: ToolDatabase
/** Set to a number: every write after that many fails as a full disk would. */
let failAfter: number | null = null

beforeEach(async () => {
  setActivePinia(createPinia())
  failAfter = null
  db = new ToolDatabase(`import-progress-${Math.random()}`)
  let writes = 0
  db.use({
    stack: 'dbcore',
    name: 'disk-full-midway',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (req) =>
            failAfter !== null && ++writes > failAfter
              ? Promise.reject(
                  Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' }),
                )
              : table.mutate(req),
        }
      },
    }),
  })
  await db.open()
  repo.useDatabase(db)
  const own = await repo.createScan({
    title: 'Eigen concept',
    municipality: 'Zeist',
    date: '2026-11-23',
    mode: 'alone',
    participants: [],
  })
  await repo.updateAnswer(own.id, 1, { text: 'blijft' })
  await repo.addAction(own.id, 'A', { action: 'blijft ook' })
})

const counts = async () => ({
  scans: await db.scans.count(),
  answers: await db.answers.count(),
  actions: await db.actions.count(),
})

describe('importing a large backup', () => {
  it('writes all 1,000 drafts and reports progress in batches, not per draft', async () => {
    const files = useFilesStore()
    expect(await files.read(bigBackup(1000))).toBeNull()
    const seen: number[] = []
    const stop = files.$subscribe(
      () => {
        if (files.progress) seen.push(files.progress.done)
      },
      { flush: 'sync' },
    )
    const added = await files.confirmImport()
    stop()
    expect(added).toHaveLength(1000)
    expect(await counts()).toEqual({ scans: 1001, answers: 1 + 3000, actions: 1 + 1000 })
    const steps = [...new Set(seen)]
    expect(steps[0]).toBe(0)
    expect(steps.at(-1)).toBe(1000)
    expect(steps.length).toBeGreaterThan(2)
    expect(steps.length).toBeLessThanOrEqual(1000 / repo.IMPORT_CHUNK + 1)
    expect(files.progress).toBeNull()
    expect(files.pending).toBeNull()
  })

  it('stopped midway: the database is exactly as before (all or nothing)', async () => {
    const before = await counts()
    const snapshot = JSON.stringify(await repo.getAllScans())
    const files = useFilesStore()
    expect(await files.read(bigBackup(1000))).toBeNull()
    let stoppedAt = 0
    const stop = files.$subscribe(
      () => {
        if (files.progress && files.progress.done >= 300 && stoppedAt === 0) {
          stoppedAt = files.progress.done
          files.stopImport()
        }
      },
      { flush: 'sync' },
    )
    const added = await files.confirmImport()
    stop()
    expect(stoppedAt).toBeGreaterThanOrEqual(300)
    expect(stoppedAt).toBeLessThan(1000)
    expect(added).toBeNull()
    expect(await counts()).toEqual(before)
    expect(JSON.stringify(await repo.getAllScans())).toBe(snapshot)
    // Stopping is not a storage failure.
    expect(useStorageStore().error).toBeNull()
    expect(files.progress).toBeNull()
  })

  it('a storage failure midway (disk full) also leaves nothing, and is reported', async () => {
    const before = await counts()
    const files = useFilesStore()
    expect(await files.read(bigBackup(1000))).toBeNull()
    failAfter = 20 // a few chunks get in before the disk is full
    await expect(files.confirmImport()).rejects.toBeTruthy()
    failAfter = null
    expect(await counts()).toEqual(before)
    expect(useStorageStore().error).not.toBeNull()
    expect(files.progress).toBeNull()
  })

  it('checking the file reports its progress in steps, the page getting its turn in between', async () => {
    const files = useFilesStore()
    const seen: string[] = []
    const stop = files.$subscribe(
      () => {
        if (files.checking) seen.push(`${files.checking.done}/${files.checking.total}`)
      },
      { flush: 'sync' },
    )
    // Timers run between two steps, not only after the whole check.
    const during: number[] = []
    const timer = setInterval(() => during.push(files.checking?.done ?? -1), 0)
    expect(await files.read(bigBackup(1000))).toBeNull()
    clearInterval(timer)
    stop()
    const steps = [...new Set(seen)]
    // While reading and parsing the file its scans are not counted yet (0/0).
    expect(steps[0]).toBe('0/0')
    expect(steps[1]).toBe('0/1000')
    expect(steps.at(-1)).toBe('1000/1000')
    expect(steps.length).toBeGreaterThan(3)
    expect(steps.length).toBeLessThanOrEqual(1000 / CHECK_CHUNK + 2)
    expect(during.some((done) => done > 0 && done < 1000)).toBe(true)
    expect(files.checking).toBeNull()
    expect(files.pending?.file.scans).toHaveLength(1000)
  })

  it('"Stoppen" while the file is checked: nothing pending, nothing stored, a new file can be read', async () => {
    const before = await counts()
    const files = useFilesStore()
    const stop = files.$subscribe(
      () => {
        if (files.checking && files.checking.done >= 300) files.stopImport()
      },
      { flush: 'sync' },
    )
    expect(await files.read(bigBackup(1000))).toEqual({ stopped: true })
    stop()
    expect(files.pending).toBeNull()
    expect(files.checking).toBeNull()
    expect(await counts()).toEqual(before)
    expect(useStorageStore().error).toBeNull()
    // Nothing stays behind that blocks the next file.
    expect(await files.read(bigBackup(3))).toBeNull()
    expect(files.pending?.file.scans).toHaveLength(3)
  })

  it('a file chosen while another is checked waits: the first goes on', async () => {
    const files = useFilesStore()
    const first = files.read(bigBackup(1000))
    expect(await files.read(bigBackup(3))).toMatch(/al een bestand/)
    expect(await first).toBeNull()
    expect(files.pending?.file.scans).toHaveLength(1000)
  })

  it('a small file shows no check progress (no bar that flashes up)', async () => {
    const files = useFilesStore()
    let shown = false
    const stop = files.$subscribe(() => (shown ||= files.checking !== null), { flush: 'sync' })
    expect(await files.read(bigBackup(1))).toBeNull()
    stop()
    expect(shown).toBe(false)
  })

  it('the repository stops before writing when the signal is already aborted', async () => {
    const before = await counts()
    const file = JSON.parse(backupJson(3))
    const controller = new AbortController()
    controller.abort()
    await expect(
      repo.importScansWithProgress(file.scans, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(repo.ImportStoppedError)
    expect(await counts()).toEqual(before)
  })
})
