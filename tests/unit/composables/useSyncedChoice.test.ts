import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { useSyncedChoice } from '@/composables/useSyncedChoice'

function deferred() {
  let resolve!: () => void
  let reject!: (e: Error) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useSyncedChoice', () => {
  it('starts from the stored value, or the initial value when nothing is stored', () => {
    expect(
      useSyncedChoice(
        () => true,
        async () => {},
        false,
      ).value.value,
    ).toBe(true)
    expect(
      useSyncedChoice(
        () => undefined,
        async () => {},
        false,
      ).value.value,
    ).toBe(false)
  })

  it('ignores an older stored value that arrives after a click, until the click is stored', async () => {
    const stored = ref<boolean | undefined>(undefined)
    const saves: boolean[] = []
    const choice = useSyncedChoice(
      () => stored.value,
      async (v) => void saves.push(v),
      false,
    )

    choice.choose(true)
    expect(choice.value.value).toBe(true)
    expect(saves).toEqual([true])

    // A text save that started before the click is reported first: discuss still false.
    stored.value = false
    await nextTick()
    expect(choice.value.value).toBe(true)

    // Then the click itself is stored; from here on stored changes are followed again.
    stored.value = true
    await nextTick()
    expect(choice.value.value).toBe(true)
    stored.value = false // another tab unticks it
    await nextTick()
    expect(choice.value.value).toBe(false)
  })

  it('follows stored changes from elsewhere when nothing was chosen here', async () => {
    const stored = ref<string | undefined>('a')
    const choice = useSyncedChoice(
      () => stored.value,
      async () => {},
      'x',
    )
    stored.value = 'b'
    await nextTick()
    expect(choice.value.value).toBe('b')
    stored.value = undefined
    await nextTick()
    expect(choice.value.value).toBe('b')
  })

  it('keeps a failed choice on screen and then follows the store again', async () => {
    const stored = ref<number | undefined>(1)
    const save = deferred()
    const choice = useSyncedChoice(
      () => stored.value,
      () => save.promise,
      0,
    )
    choice.choose(3)
    save.reject(new Error('schijf vol'))
    await save.promise.catch(() => {})
    await nextTick()
    expect(choice.value.value).toBe(3)
    stored.value = 2
    await nextTick()
    expect(choice.value.value).toBe(2)
  })
})
