import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ToolDatabase } from '@/db/database'
import * as repo from '@/db/repository'
import { actionsOfPart } from '@/domain/agenda'
import { createTestScan } from '../scanFixture'

let dbA: ToolDatabase
let dbB: ToolDatabase
let scanId: string

beforeEach(async () => {
  const name = `agenda-${Math.random()}`
  dbA = new ToolDatabase(name)
  dbB = new ToolDatabase(name)
  await dbA.open()
  await dbB.open()
  repo.useDatabase(dbA)
  scanId = (await createTestScan()).id
})

afterEach(() => {
  dbA.close()
  dbB.close()
})

const actions = async () => (await repo.getScan(scanId))!.actions

describe('agenda in the repository', () => {
  it('adds, edits per field, moves and deletes actions, and undoes a delete', async () => {
    const a = await repo.addAction(scanId, 'B', { action: 'Gluren bij de buren' })
    const b = await repo.addAction(scanId, 'B', { action: 'Opleidingsplan' })
    await repo.updateAction(a.id, { who: 'Fatma (beleid)' })
    await repo.updateAction(a.id, { when: 'voor de zomer', whenDate: '2027-06-01' })
    expect((await actions()).find((x) => x.id === a.id)).toMatchObject({
      action: 'Gluren bij de buren',
      who: 'Fatma (beleid)',
      when: 'voor de zomer',
      whenDate: '2027-06-01',
    })
    expect(await repo.moveAction(b.id, -1)).toBe(true)
    expect(actionsOfPart(await actions(), 'B').map((x) => x.action)).toEqual([
      'Opleidingsplan',
      'Gluren bij de buren',
    ])
    expect(await repo.moveAction(b.id, -1)).toBe(false)
    const removed = await repo.deleteAction(a.id)
    expect((await actions()).map((x) => x.id)).toEqual([b.id])
    await repo.restoreDeletedAction(removed!)
    expect(actionsOfPart(await actions(), 'B').map((x) => x.id)).toEqual([b.id, a.id])
  })

  it('keeps both when two tabs add actions to one part at the same time', async () => {
    repo.useDatabase(dbA)
    const first = repo.addAction(scanId, 'A', { action: 'uit tab A' })
    repo.useDatabase(dbB)
    const second = repo.addAction(scanId, 'A', { action: 'uit tab B' })
    await Promise.all([first, second])
    repo.useDatabase(dbA)
    const list = actionsOfPart(await actions(), 'A')
    expect(list.map((x) => x.action).sort()).toEqual(['uit tab A', 'uit tab B'])
  })

  it('saves follow-up agreements per field, also on a scan stored before the agenda existed', async () => {
    await dbA.scans.put({ id: 'oud', title: 'Oud', updatedAt: 1 } as never)
    await repo.updateFollowUp('oud', 'meetAgain', 'ja')
    repo.useDatabase(dbB)
    await repo.updateFollowUp('oud', 'accountability', 'elk kwartaal')
    repo.useDatabase(dbA)
    const scan = await repo.getScan('oud')
    expect(scan?.meta.followUp).toEqual({
      meetAgain: 'ja',
      nextMeeting: '',
      pickedUpBy: '',
      accountability: 'elk kwartaal',
    })
    expect(scan?.actions).toEqual([])
  })

  it('copies actions with a duplicate and removes them with a delete', async () => {
    await repo.addAction(scanId, 'C', { action: 'Monitoring bespreken' }, 12)
    const copy = await repo.duplicateScan(scanId, 'Kopie')
    expect((await repo.getScan(copy.id))?.actions[0]).toMatchObject({
      action: 'Monitoring bespreken',
      question: 12,
      scanId: copy.id,
    })
    await repo.deleteScan(scanId)
    expect(await dbA.actions.where('scanId').equals(scanId).count()).toBe(0)
    expect(await dbA.actions.where('scanId').equals(copy.id).count()).toBe(1)
  })
})
