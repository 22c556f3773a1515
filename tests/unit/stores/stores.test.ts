import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as repo from '@/db/repository'
import { useScanStore } from '@/stores/scan'
import { useScansStore } from '@/stores/scans'
import { useStorageStore } from '@/stores/storage'

const details: repo.NewScan = {
  title: 'Quick Scan Zeist',
  municipality: 'Zeist',
  date: '2026-11-23',
  mode: 'alone',
  participants: [],
}

async function until(check: () => boolean) {
  await vi.waitFor(() => {
    if (!check()) throw new Error('not yet')
  })
}

beforeEach(async () => {
  setActivePinia(createPinia())
  await repo.openStorage(`stores-${Math.random()}`)
})

describe('storage store', () => {
  it('tells the truth: saving, saved at a time, or the Dutch error', async () => {
    const storage = useStorageStore()
    storage.mode = 'indexeddb'
    let finish: () => void = () => {}
    const write = storage.track(() => new Promise<void>((r) => (finish = r)))
    expect(storage.statusText).toBe('Bezig met opslaan…')
    finish()
    await write
    expect(storage.statusText).toMatch(/^Opgeslagen in deze browser om \d\d:\d\d$/)

    const quota = Object.assign(new Error('abort'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    })
    await expect(storage.track(() => Promise.reject(quota))).rejects.toBe(quota)
    expect(storage.statusText).toBe('Opslaan mislukt.')
    expect(storage.error).toMatch(/opslagruimte van deze browser is vol/)

    await storage.track(() => Promise.resolve())
    expect(storage.error).toBeNull()
  })

  it('says nothing is kept in memory mode', () => {
    const storage = useStorageStore()
    storage.mode = 'memory'
    expect(storage.statusText).toMatch(/bewaart niets/)
  })
})

describe('scans store', () => {
  it('subscribes once when the list is left and opened again while storage still loads', async () => {
    const spy = vi.spyOn(repo, 'watchScans')
    const scans = useScansStore()
    const first = scans.watch()
    scans.stopWatching()
    const second = scans.watch()
    await Promise.all([first, second])
    expect(spy).toHaveBeenCalledTimes(1)
    scans.stopWatching()
    spy.mockRestore()
  })

  it('lists drafts live and renames, duplicates, deletes and undoes', async () => {
    const scans = useScansStore()
    scans.watch()
    const created = await scans.create(details)
    await until(() => scans.summaries.length === 1)
    await scans.rename(created.id, 'Nieuwe naam')
    await until(() => scans.summaries[0]?.title === 'Nieuwe naam')
    await scans.duplicate(scans.summaries[0]!)
    await until(() => scans.summaries.length === 2)
    expect(scans.summaries.map((s) => s.title).sort()).toEqual([
      'Nieuwe naam',
      'Nieuwe naam (kopie)',
    ])
    // Its dialogue session and the slips of a vote (pseudonyms) go with the draft.
    localStorage.setItem(`rt-session-${created.id}`, '{}')
    localStorage.setItem(`rt-stembus-${created.id}`, '{}')
    localStorage.setItem('rt-stembus-other', '{}')
    await scans.remove(created.id)
    await until(() => scans.summaries.length === 1)
    expect(scans.lastDeleted?.meta.title).toBe('Nieuwe naam')
    expect(localStorage.getItem(`rt-session-${created.id}`)).toBeNull()
    expect(localStorage.getItem(`rt-stembus-${created.id}`)).toBeNull()
    expect(localStorage.getItem('rt-stembus-other')).toBe('{}')
    const restored = await scans.undoRemove()
    expect(restored?.id).toBe(created.id)
    await until(() => scans.summaries.length === 2)
    scans.stopWatching()
  })

  it('deletes several drafts at once and puts them all back with one undo', async () => {
    const scans = useScansStore()
    scans.watch()
    const made = []
    for (const title of ['Een', 'Twee', 'Drie'])
      made.push(await scans.create({ ...details, title }))
    await until(() => scans.summaries.length === 3)
    const gone = await scans.removeMany([made[0]!.id, made[2]!.id])
    expect(gone.map((m) => m.title)).toEqual(['Een', 'Drie'])
    await until(() => scans.summaries.length === 1)
    expect(scans.lastDeleted?.meta.title).toBe('Een')
    const back = await scans.undoRemoveAll()
    expect(back.map((m) => m.title)).toEqual(['Een', 'Drie'])
    await until(() => scans.summaries.length === 3)
    expect(scans.lastDeleted).toBeNull()
    expect(await scans.undoRemoveAll()).toEqual([])
    scans.stopWatching()
  })
})

describe('scan store', () => {
  it('opens a scan, saves text and label, and follows the changes', async () => {
    const meta = await repo.createScan(details)
    const scan = useScanStore()
    scan.open(meta.id)
    await until(() => scan.state === 'ready')
    await scan.saveField({ kind: 'answer', question: 1, prop: 'text' }, 'Şükrü Łukasz ë ’', 1000)
    await scan.saveField({ kind: 'answer', question: 1, prop: 'label' }, 4, 1001)
    await until(() => scan.answers[1]?.label === 4)
    expect(scan.answers[1]?.text).toBe('Şükrü Łukasz ë ’')
    expect(scan.progress).toEqual({ answered: 1, started: 1, total: 15 })
    // A change made elsewhere (another tab) shows up too.
    await repo.updateAnswer(meta.id, 2, { text: 'van elders' })
    await until(() => scan.answers[2]?.text === 'van elders')
    scan.close()
    expect(scan.state).toBe('idle')
  })

  it('reports a scan that does not exist', async () => {
    const scan = useScanStore()
    scan.open('bestaat-niet')
    await until(() => scan.state === 'missing')
    expect(() => scan.close()).not.toThrow()
  })
})

describe('storage status while typing', () => {
  it('says “Bezig met opslaan…” while typed text waits for the debounce', () => {
    const storage = useStorageStore()
    storage.mode = 'indexeddb'
    storage.setUnsaved('answer-1', true)
    expect(storage.statusText).toBe('Bezig met opslaan…')
    storage.setUnsaved('answer-1', false)
    expect(storage.statusText).not.toBe('Bezig met opslaan…')
  })
})
