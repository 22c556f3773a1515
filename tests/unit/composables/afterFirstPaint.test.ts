import { afterEach, describe, expect, it, vi } from 'vitest'

// The promise is made once per page: load a fresh module in each test.
async function load() {
  vi.resetModules()
  return (await import('@/composables/afterFirstPaint')).afterFirstPaint
}

describe('afterFirstPaint', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('resolves after the frame has been painted, not before', async () => {
    vi.useFakeTimers()
    let frame: (() => void) | null = null
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => {
      frame = cb
      return 1
    })
    const afterFirstPaint = await load()
    let done = false
    void afterFirstPaint().then(() => (done = true))
    await vi.advanceTimersByTimeAsync(0)
    expect(done).toBe(false)
    frame!()
    await vi.advanceTimersByTimeAsync(0)
    expect(done).toBe(true)
    // The same promise for everybody who asks later.
    expect(afterFirstPaint()).toBe(afterFirstPaint())
  })

  it('still resolves in a hidden tab, where no frame comes', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', () => 1)
    const afterFirstPaint = await load()
    let done = false
    void afterFirstPaint().then(() => (done = true))
    await vi.advanceTimersByTimeAsync(199)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toBe(true)
  })
})
