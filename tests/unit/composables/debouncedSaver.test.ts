import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDebouncedSaver } from '@/composables/debouncedSaver'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('createDebouncedSaver', () => {
  it('saves only the last value after the quiet period', async () => {
    const saved: string[] = []
    const saver = createDebouncedSaver(async (v: string) => void saved.push(v), 400)
    saver.schedule('a')
    saver.schedule('ab')
    await vi.advanceTimersByTimeAsync(399)
    expect(saved).toEqual([])
    saver.schedule('abc')
    await vi.advanceTimersByTimeAsync(400)
    expect(saved).toEqual(['abc'])
    expect(saver.hasUnsaved()).toBe(false)
  })

  it('flush saves at once and cancels the timer', async () => {
    const saved: string[] = []
    const saver = createDebouncedSaver(async (v: string) => void saved.push(v), 400)
    saver.schedule('nu')
    expect(saver.hasUnsaved()).toBe(true)
    await saver.flush()
    expect(saved).toEqual(['nu'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(saved).toEqual(['nu'])
  })

  it('saves in order: an older value never lands after a newer one', async () => {
    const saved: string[] = []
    let release: () => void = () => {}
    const saver = createDebouncedSaver(async (v: string) => {
      if (v === 'oud') await new Promise<void>((r) => (release = r))
      saved.push(v)
    }, 400)
    saver.schedule('oud')
    void saver.flush()
    saver.schedule('nieuw')
    const second = saver.flush()
    await vi.advanceTimersByTimeAsync(0)
    expect(saved).toEqual([])
    release()
    await second
    expect(saved).toEqual(['oud', 'nieuw'])
  })

  it('keeps a failed value pending and retries it on the next flush', async () => {
    const saved: string[] = []
    let fail = true
    const saver = createDebouncedSaver(async (v: string) => {
      if (fail) throw new Error('QuotaExceededError')
      saved.push(v)
    }, 400)
    saver.schedule('tekst')
    await saver.flush()
    expect(saved).toEqual([])
    expect(saver.hasUnsaved()).toBe(true)
    fail = false
    await saver.flush()
    expect(saved).toEqual(['tekst'])
    expect(saver.hasUnsaved()).toBe(false)
  })
})
