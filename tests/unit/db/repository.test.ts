import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ToolDatabase } from '@/db/database'
import * as repo from '@/db/repository'

let name: string
let dbA: ToolDatabase
let dbB: ToolDatabase

const details: repo.NewScan = {
  title: ' Quick Scan Zeist ',
  municipality: 'Zeist',
  date: '2026-11-23',
  mode: 'group',
  participants: [
    { name: 'Şükrü', role: 'beleidsadviseur' },
    { name: ' ', role: '' },
  ],
}

beforeEach(async () => {
  name = `test-${Math.random()}`
  dbA = new ToolDatabase(name)
  dbB = new ToolDatabase(name)
  await dbA.open()
  await dbB.open()
  repo.useDatabase(dbA)
})

afterEach(() => {
  dbA.close()
  dbB.close()
})

describe('repository', () => {
  it('creates a scan with a format version and cleaned fields', async () => {
    const meta = await repo.createScan(details, 1000)
    expect(meta.title).toBe('Quick Scan Zeist')
    expect(meta.participants).toEqual([{ name: 'Şükrü', role: 'beleidsadviseur' }])
    expect(meta.formatVersion).toBe(1)
    const stored = await repo.getScan(meta.id)
    expect(stored?.meta).toEqual(meta)
    expect(stored?.answers).toEqual([])
  })

  it('saves text and label as separate field updates and keeps the count of completed questions', async () => {
    const { id } = await repo.createScan(details, 1000)
    await repo.updateAnswer(id, 3, { text: 'Ons antwoord' }, 2000)
    await repo.updateAnswer(id, 3, { label: 2 }, 3000)
    await repo.updateAnswer(id, 5, { label: 4 }, 4000)
    const scan = await repo.getScan(id)
    expect(scan?.answers.find((a) => a.question === 3)).toMatchObject({
      text: 'Ons antwoord',
      label: 2,
    })
    expect(scan?.meta.answeredCount).toBe(2)
    expect(scan?.meta.updatedAt).toBe(4000)
    const [summary] = await repo.listScans()
    expect(summary?.answeredCount).toBe(2)
  })

  it('keeps both changes when two tabs (two Dexie instances) write the same draft', async () => {
    const { id } = await repo.createScan(details, 1000)
    // Tab A writes the text of question 1, tab B the label of question 1 and the text of 2, at once.
    repo.useDatabase(dbA)
    const a = repo.updateAnswer(id, 1, { text: 'uit tab A' })
    repo.useDatabase(dbB)
    const b = Promise.all([
      repo.updateAnswer(id, 1, { label: 1 }),
      repo.updateAnswer(id, 2, { text: 'uit tab B' }),
    ])
    await Promise.all([a, b])
    repo.useDatabase(dbA)
    const scan = await repo.getScan(id)
    const byQ = Object.fromEntries(scan!.answers.map((x) => [x.question, x]))
    expect(byQ[1]).toMatchObject({ text: 'uit tab A', label: 1 })
    expect(byQ[2]).toMatchObject({ text: 'uit tab B', label: null })
    expect(scan?.meta.answeredCount).toBe(1)
  })

  it('updates only the given meta fields, so a rename does not undo another tab’s answers', async () => {
    const { id } = await repo.createScan(details, 1000)
    repo.useDatabase(dbB)
    await repo.updateAnswer(id, 1, { text: 'x' })
    await repo.updateAnswer(id, 1, { label: 3 })
    repo.useDatabase(dbA)
    await repo.updateScanMeta(id, { title: 'Nieuwe naam' })
    const [summary] = await repo.listScans()
    expect(summary).toMatchObject({ title: 'Nieuwe naam', answeredCount: 1, municipality: 'Zeist' })
  })

  it('refuses to write answers for a scan that no longer exists', async () => {
    await expect(repo.updateAnswer('bestaat-niet', 1, { text: 'x' })).rejects.toThrow(
      /bestaat niet/,
    )
    await expect(repo.updateScanMeta('bestaat-niet', { title: 'x' })).rejects.toThrow(
      /bestaat niet/,
    )
  })

  it('lists summaries newest first, restoring old records on read', async () => {
    const first = await repo.createScan({ ...details, title: 'Eerste' }, 1000)
    await repo.createScan({ ...details, title: 'Tweede' }, 2000)
    // An older record without a format version, as an earlier release might have written it.
    await dbA.scans.put({ id: 'oud', title: 'Oud', updatedAt: 1500 } as never)
    await repo.updateAnswer(first.id, 1, { text: 'nu' }, 3000)
    const list = await repo.listScans()
    expect(list.map((s) => s.title)).toEqual(['Eerste', 'Tweede', 'Oud'])
    expect(list[2]).toMatchObject({ formatVersion: 1, mode: 'alone', answeredCount: 0 })
  })

  it('duplicates a scan with its answers under a new id', async () => {
    const src = await repo.createScan(details, 1000)
    await repo.updateAnswer(src.id, 4, { text: 'kopieer mij' })
    await repo.updateAnswer(src.id, 4, { label: 1 })
    const copy = await repo.duplicateScan(src.id, 'Kopie', 5000)
    expect(copy.id).not.toBe(src.id)
    const scan = await repo.getScan(copy.id)
    expect(scan?.meta).toMatchObject({ title: 'Kopie', answeredCount: 1, municipality: 'Zeist' })
    expect(scan?.answers).toHaveLength(1)
    expect(scan?.answers[0]).toMatchObject({ scanId: copy.id, text: 'kopieer mij' })
    // Editing the copy leaves the original alone.
    await repo.updateAnswer(copy.id, 4, { text: 'anders' })
    expect((await repo.getScan(src.id))?.answers[0]?.text).toBe('kopieer mij')
  })

  it('deletes a scan with its answers and can put it back (undo)', async () => {
    const src = await repo.createScan(details, 1000)
    await repo.updateAnswer(src.id, 2, { text: 'bewaar mij' })
    const snapshot = await repo.deleteScan(src.id)
    expect(await repo.getScan(src.id)).toBeNull()
    expect(await dbA.answers.count()).toBe(0)
    await repo.restoreDeletedScan(snapshot!)
    expect((await repo.getScan(src.id))?.answers[0]?.text).toBe('bewaar mij')
  })
})

describe('openStorage', () => {
  it('opens IndexedDB when it is there', async () => {
    expect(await repo.openStorage(`open-${Math.random()}`)).toBe('indexeddb')
  })

  it('falls back to memory, and still works (live queries too), when IndexedDB is missing', async () => {
    const original = globalThis.indexedDB
    const deps = { ...Dexie.dependencies }
    // A browser without IndexedDB: no global, and Dexie found none when it loaded.
    // @ts-expect-error simulate a browser without IndexedDB
    delete globalThis.indexedDB
    Dexie.dependencies.indexedDB = null as never
    try {
      expect(await repo.openStorage(`mem-${Math.random()}`)).toBe('memory')
      const meta = await repo.createScan(details)
      await repo.updateAnswer(meta.id, 1, { text: 'in het geheugen' })
      expect((await repo.getScan(meta.id))?.answers[0]?.text).toBe('in het geheugen')
      const live = await new Promise<repo.ScanWithAnswers | null>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('liveQuery gaf niets')), 2000)
        const sub = repo.watchScan(meta.id).subscribe((v) => {
          clearTimeout(timer)
          sub.unsubscribe()
          resolve(v)
        })
      })
      expect(live?.answers[0]?.text).toBe('in het geheugen')
    } finally {
      globalThis.indexedDB = original
      Object.assign(Dexie.dependencies, deps)
    }
  })
})
