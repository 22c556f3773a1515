import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { useSyncedValue } from '@/composables/useSyncedValue'
import { journalEntries } from '@/db/journal'
import * as repo from '@/db/repository'
import { emptyAnswer, type Answer } from '@/domain/scan'
import type { FieldTarget, FieldValues } from '@/domain/fields'
import { useScanStore } from '@/stores/scan'
import { openTestScan } from '../scanFixture'

function deferred() {
  let resolve!: (v: boolean) => void
  let reject!: (e: Error) => void
  const promise = new Promise<boolean>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** Mounts a field of answer 1 and returns what the composable returns. */
function mountField<P extends keyof FieldValues>(
  target: FieldTarget & { prop: P },
  fallback: FieldValues[P],
  delay = 0,
) {
  let field!: ReturnType<typeof useSyncedValue<P>>
  const wrapper = mount(
    defineComponent({
      setup() {
        field = useSyncedValue(target, fallback, { delay })
        return () => h('input', { ref: field.el })
      },
    }),
    { attachTo: document.body },
  )
  return { field, wrapper }
}

/** What the live query would deliver: answer 1 as stored, with its field times. */
function storeShows(change: Partial<Answer>) {
  const scan = useScanStore()
  const base = scan.answers[1] ?? emptyAnswer(scan.id!, 1, 0)
  scan.answers = { ...scan.answers, 1: { ...base, ...change } }
}

afterEach(() => {
  vi.restoreAllMocks()
  localStorage.clear()
})

describe('useSyncedValue', () => {
  it('starts from the stored value, or the fallback when nothing is stored', async () => {
    await openTestScan()
    storeShows({ discuss: true })
    expect(
      mountField({ kind: 'answer', question: 1, prop: 'discuss' }, false).field.value.value,
    ).toBe(true)
    expect(
      mountField({ kind: 'answer', question: 2, prop: 'discuss' }, false).field.value.value,
    ).toBe(false)
  })

  it('writes each change to the journal before anything is saved, and clears it once saved', async () => {
    const scan = await openTestScan()
    const save = deferred()
    vi.spyOn(scan, 'saveField').mockReturnValue(save.promise)
    const { field } = mountField({ kind: 'answer', question: 1, prop: 'label' }, null)
    field.set(3)
    // Synchronously, before the save has even started to run:
    expect(journalEntries(scan.id!).map((e) => [e.target, e.value])).toEqual([
      [{ kind: 'answer', question: 1, prop: 'label' }, 3],
    ])
    save.resolve(true)
    await vi.waitFor(() => expect(journalEntries()).toEqual([]))
  })

  it('ignores a stored value older than its own change, then follows its echo and newer changes', async () => {
    const scan = await openTestScan()
    const save = deferred()
    const spy = vi.spyOn(scan, 'saveField').mockReturnValue(save.promise)
    const { field } = mountField({ kind: 'answer', question: 1, prop: 'discuss' }, false)

    field.set(true)
    await vi.waitFor(() => expect(spy).toHaveBeenCalled())
    const at = spy.mock.calls[0]![2]
    // A text save that started before the click is reported first: discuss still false.
    storeShows({ discuss: false, fieldTimes: { discuss: at - 50 } })
    await nextTick()
    expect(field.value.value).toBe(true)
    save.resolve(true)
    await save.promise
    storeShows({ discuss: false, fieldTimes: { discuss: at - 50 } }) // still the old echo
    await nextTick()
    expect(field.value.value).toBe(true)

    storeShows({ discuss: true, fieldTimes: { discuss: at } }) // the click itself
    await nextTick()
    expect(field.value.value).toBe(true)
    storeShows({ discuss: false, fieldTimes: { discuss: at + 100 } }) // another tab unticks it
    await nextTick()
    expect(field.value.value).toBe(false)
  })

  it('keeps a failed change on screen and in the journal, and saves it with the next change', async () => {
    const scan = await openTestScan()
    const spy = vi
      .spyOn(scan, 'saveField')
      .mockRejectedValueOnce(new DOMException('vol', 'QuotaExceededError'))
    const { field } = mountField({ kind: 'answer', question: 1, prop: 'text' }, '', 400)
    field.set('niet kwijtraken')
    await field.flush()
    storeShows({ text: '', fieldTimes: {} }) // the store still has nothing
    await nextTick()
    expect(field.value.value).toBe('niet kwijtraken')
    expect(journalEntries().map((e) => e.value)).toEqual(['niet kwijtraken'])
    spy.mockRestore()
    field.set('niet kwijtraken!')
    await field.flush()
    await vi.waitFor(async () =>
      expect((await repo.getScan(scan.id!))?.answers[0]?.text).toBe('niet kwijtraken!'),
    )
    expect(journalEntries()).toEqual([])
  })

  it('takes a newer text from another tab only once the field loses focus', async () => {
    await openTestScan()
    const { field, wrapper } = mountField({ kind: 'answer', question: 1, prop: 'text' }, '', 400)
    ;(wrapper.element as HTMLInputElement).focus()
    storeShows({ text: 'uit tab B', fieldTimes: { text: Date.now() } })
    await nextTick()
    expect(field.value.value).toBe('')
    ;(wrapper.element as HTMLInputElement).blur()
    await field.flush()
    expect(field.value.value).toBe('uit tab B')
  })
})
