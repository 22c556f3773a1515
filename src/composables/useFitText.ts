import { nextTick, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'

/**
 * Makes a text fit its box (the projector shows no scroll bars): first the font shrinks, step
 * by step down to `minScale`; a text that still does not fit is cut at a word, ending in "…".
 * Refits when the text changes or the box changes size. `clipped` says whether it was cut.
 */
export function useFitText(
  box: Ref<HTMLElement | null>,
  text: () => string,
  { minScale = 0.7 } = {},
) {
  const shown = ref(text())
  const scale = ref(1)
  const clipped = ref(false)
  let run = 0

  const overflows = (el: HTMLElement) => el.scrollHeight > el.clientHeight + 1

  async function fit() {
    const el = box.value
    const mine = ++run
    const full = text()
    shown.value = full
    scale.value = 1
    clipped.value = false
    await nextTick()
    if (!el || mine !== run) return
    while (overflows(el) && scale.value > minScale) {
      scale.value = Math.max(minScale, Math.round((scale.value - 0.1) * 10) / 10)
      await nextTick()
      if (mine !== run) return
    }
    if (!overflows(el)) return
    // Longest start of the text (cut at a space) that still fits with "…" after it.
    let lo = 0
    let hi = full.length
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      shown.value = cut(full, mid)
      await nextTick()
      if (mine !== run) return
      if (overflows(el)) hi = mid - 1
      else lo = mid
    }
    shown.value = cut(full, lo)
    clipped.value = true
  }

  let frame = 0
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          cancelAnimationFrame(frame)
          frame = requestAnimationFrame(() => void fit())
        })
  onMounted(() => {
    if (box.value) observer?.observe(box.value)
    void fit()
  })
  onBeforeUnmount(() => {
    observer?.disconnect()
    cancelAnimationFrame(frame)
  })
  watch(text, () => void fit())

  return { shown, scale, clipped }
}

/** The first `n` characters, back to the last space, with "…". */
export function cut(text: string, n: number): string {
  if (n >= text.length) return text
  const start = text.slice(0, n)
  const space = start.lastIndexOf(' ')
  return `${(space > n * 0.6 ? start.slice(0, space) : start).trimEnd()} …`
}
