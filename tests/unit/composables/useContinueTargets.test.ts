import { beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, shallowRef, type ShallowRef } from 'vue'
import * as repo from '@/db/repository'
import { continuePath, useContinueTargets } from '@/composables/useContinueTargets'
import type { ScanMeta } from '@/domain/scan'
import { createTestScan } from '../scanFixture'

beforeEach(async () => {
  await repo.openStorage(`continue-${Math.random()}`)
})

/** The targets of a list, followed the way the draft list follows the live summaries. */
function follow(list: ShallowRef<ScanMeta[]>) {
  const scope = effectScope()
  const targets = scope.run(() => useContinueTargets(() => list.value))!
  return { targets, stop: () => scope.stop() }
}

const fresh = async (id: string) => (await repo.listScans()).find((s) => s.id === id)!

describe('useContinueTargets', () => {
  it('leads to the first open question; a label without text is open, label 4 alone is not', async () => {
    const scan = await createTestScan({ title: 'A' })
    await repo.updateAnswer(scan.id, 1, { text: 'af', label: 2 })
    await repo.updateAnswer(scan.id, 2, { label: 4 })
    await repo.updateAnswer(scan.id, 3, { label: 1 }) // "bezig": still open
    const list = shallowRef([await fresh(scan.id)])
    const { targets, stop } = follow(list)
    expect(targets.target(list.value[0]!)).toBe(`/scan/${scan.id}`) // not known yet
    await vi.waitFor(() => expect(targets.known(list.value[0]!)).toBe(true))
    expect(targets.target(list.value[0]!)).toBe(`/scan/${scan.id}/vraag/3`)

    // Completed here or in another tab: the live list changes, and so does the target.
    await repo.updateAnswer(scan.id, 3, { text: 'nu wel' })
    list.value = [await fresh(scan.id)]
    await vi.waitFor(() => expect(targets.target(list.value[0]!)).toBe(`/scan/${scan.id}/vraag/4`))
    stop()
  })

  it('leads to the task list when all 15 are answered, and to question 1 of a new draft', async () => {
    const done = await createTestScan({ title: 'Af' })
    for (let n = 1; n <= 15; n++) await repo.updateAnswer(done.id, n, { label: 4 })
    const empty = await createTestScan({ title: 'Nieuw' })
    const list = shallowRef([await fresh(done.id), await fresh(empty.id)])
    expect(list.value[0]!.answeredCount).toBe(15)
    const { targets, stop } = follow(list)
    await vi.waitFor(() => expect(targets.known(list.value[1]!)).toBe(true))
    expect(targets.target(list.value[0]!)).toBe(`/scan/${done.id}`)
    expect(targets.target(list.value[1]!)).toBe(`/scan/${empty.id}/vraag/1`)
    stop()
  })

  it('resolves a draft it has not looked up yet, without waiting for the list', async () => {
    const scan = await createTestScan()
    await repo.updateAnswer(scan.id, 1, { text: 'x', label: 1 })
    const list = shallowRef<ScanMeta[]>([])
    const { targets, stop } = follow(list)
    await nextTick()
    expect(await targets.resolve(await fresh(scan.id))).toBe(`/scan/${scan.id}/vraag/2`)
    stop()
  })

  it('reads the answers only of the drafts it is given, and of a changed one again', async () => {
    const all = await Promise.all(
      Array.from({ length: 30 }, (_, i) => createTestScan({ title: `S${i}` })),
    )
    const metas = await repo.listScans()
    expect(metas).toHaveLength(all.length)
    const spy = vi.spyOn(repo, 'getScan')
    const list = shallowRef(metas.slice(0, 5))
    const { targets, stop } = follow(list)
    await vi.waitFor(() => expect(targets.known(list.value[4]!)).toBe(true))
    expect(spy).toHaveBeenCalledTimes(5)
    // A page more: only the new ones are read.
    list.value = metas.slice(0, 10)
    await vi.waitFor(() => expect(targets.known(list.value[9]!)).toBe(true))
    expect(spy).toHaveBeenCalledTimes(10)
    expect(targets.known(metas[20]!)).toBe(false)
    // One changed: that one is read again.
    await repo.updateAnswer(metas[0]!.id, 1, { text: 'x', label: 1 })
    list.value = [await fresh(metas[0]!.id), ...metas.slice(1, 10)]
    await vi.waitFor(() =>
      expect(targets.target(list.value[0]!)).toBe(`/scan/${metas[0]!.id}/vraag/2`),
    )
    expect(spy).toHaveBeenCalledTimes(11)
    spy.mockRestore()
    stop()
  })

  it('builds the path', () => {
    expect(continuePath('s', 7)).toBe('/scan/s/vraag/7')
    expect(continuePath('s', null)).toBe('/scan/s')
    expect(continuePath('s', undefined)).toBe('/scan/s')
  })
})
