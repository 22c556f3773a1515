import { mount, flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import QuestionForm from '@/components/question/QuestionForm.vue'
import { AUTOSAVE_DELAY_MS } from '@/composables/useSyncedValue'
import * as repo from '@/db/repository'
import { useStorageStore } from '@/stores/storage'
import { openTestScan } from '../scanFixture'

let scanId: string

beforeEach(async () => {
  scanId = (await openTestScan()).meta!.id
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

const stored = async (n: number) =>
  (await repo.getScan(scanId))?.answers.find((a) => a.question === n)

describe('QuestionForm', () => {
  it('saves typing after the debounce (at most 500 ms), as text (never HTML)', async () => {
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(500)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    // Fake timers would also stall fake-indexeddb, so the repository is observed, not run.
    const spy = vi.spyOn(repo, 'writeField').mockResolvedValue(true)
    const wrapper = mount(QuestionForm, { props: { number: 2 }, attachTo: document.body })
    const textarea = wrapper.get('textarea')
    expect(wrapper.get('label[for="answer-2"]').text()).toBe('Antwoord')
    await textarea.setValue('<img')
    await textarea.setValue('<img src=x onerror=alert(1)>')
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1)
    await flushPromises()
    expect(spy).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    await flushPromises()
    expect(spy).toHaveBeenCalledTimes(1)
    expect(spy.mock.calls[0]?.slice(0, 3)).toEqual([
      scanId,
      { kind: 'answer', question: 2, prop: 'text' },
      '<img src=x onerror=alert(1)>',
    ])
    expect(wrapper.find('img').exists()).toBe(false)
    wrapper.unmount()
  })

  it('saves the pending text at once on blur, when the page is hidden and on pagehide', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const spy = vi.spyOn(repo, 'writeField').mockResolvedValue(true)
    const wrapper = mount(QuestionForm, { props: { number: 3 }, attachTo: document.body })
    const textarea = wrapper.get('textarea')
    const lastText = () => spy.mock.calls.at(-1)?.[2]

    await textarea.setValue('bij blur')
    await textarea.trigger('blur')
    await flushPromises()
    expect(lastText()).toBe('bij blur')

    await textarea.setValue('bij verbergen')
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
    await flushPromises()
    expect(lastText()).toBe('bij verbergen')

    await textarea.setValue('bij pagehide')
    window.dispatchEvent(new Event('pagehide'))
    await flushPromises()
    expect(lastText()).toBe('bij pagehide')

    await textarea.setValue('bij weggaan')
    wrapper.unmount()
    await flushPromises()
    expect(lastText()).toBe('bij weggaan')
    // All of it happened without the debounce timer ever firing.
    expect(spy).toHaveBeenCalledTimes(4)
  })

  it('saves the label as a choice among four radios; label 4 alone completes the question', async () => {
    const wrapper = mount(QuestionForm, { props: { number: 5 } })
    const radios = wrapper.findAll('input[type="radio"]')
    expect(radios).toHaveLength(4)
    await radios[3]!.setValue(true)
    await vi.waitFor(async () => expect((await stored(5))?.label).toBe(4))
    const meta = (await repo.listScans())[0]
    expect(meta?.answeredCount).toBe(1)
    wrapper.unmount()
  })

  it('keeps the text on screen and shows the error when saving fails (disk full)', async () => {
    const quota = Object.assign(new Error('abort'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    })
    const spy = vi.spyOn(repo, 'writeField').mockRejectedValue(quota)
    const wrapper = mount(QuestionForm, { props: { number: 6 }, attachTo: document.body })
    const textarea = wrapper.get('textarea')
    await textarea.setValue('niet kwijtraken')
    await textarea.trigger('blur')
    const storage = useStorageStore()
    await vi.waitFor(() => expect(storage.error).toMatch(/vol/))
    expect((textarea.element as HTMLTextAreaElement).value).toBe('niet kwijtraken')
    // Space freed: the next change is saved, the pending text with it.
    spy.mockRestore()
    await textarea.setValue('niet kwijtraken!')
    await textarea.trigger('blur')
    await vi.waitFor(async () => expect((await stored(6))?.text).toBe('niet kwijtraken!'))
    expect(storage.error).toBeNull()
    wrapper.unmount()
  })
})
