import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import * as repo from '@/db/repository'

describe('a newer app version upgrading the database in another tab', () => {
  it('lets this tab save what is pending first, then closes it instead of writing in the old format', async () => {
    const name = `upgrade-${Math.random()}`
    await repo.openStorage(name)
    const scan = await repo.createScan({
      title: 'T',
      municipality: '',
      date: '2026-11-23',
      mode: 'alone',
      participants: [],
    })
    let notified = false
    repo.onVersionChange(async () => {
      // What the app does: flush pending typing, then mark the tab outdated.
      await repo.updateAnswer(scan.id, 1, { text: 'laatste woorden' })
      notified = true
    })
    // The other tab: a newer schema version of the same database.
    const newer = new Dexie(name)
    newer.version(30).stores({
      scans: 'id, updatedAt',
      answers: '[scanId+question], scanId',
      actions: 'id, scanId',
      extra: 'id',
    })
    await newer.open()
    expect(notified).toBe(true)
    const stored = await newer.table('answers').get([scan.id, 1])
    expect(stored?.text).toBe('laatste woorden')
    await expect(repo.updateAnswer(scan.id, 2, { text: 'te laat' })).rejects.toThrow()
    newer.close()
    repo.onVersionChange(() => {})
  })
})
