import { nextTick } from 'vue'

/**
 * The one way to move focus after a change: wait until the element is on screen (a live query
 * may render it a moment later, a re-sorted list may drop focus while it moves), then focus it.
 * `find` returns the element once it is ready, or null; it is tried after the next render and
 * after every change to the page, for at most `timeout` ms. An element that cannot take focus
 * (a heading) gets tabindex="-1" first.
 */
export async function focusWhenThere(
  find: () => HTMLElement | null,
  timeout = 2000,
): Promise<HTMLElement | null> {
  await nextTick()
  const el =
    find() ??
    (await new Promise<HTMLElement | null>((resolve) => {
      const observer = new MutationObserver(() => {
        const found = find()
        if (found) done(found)
      })
      const timer = setTimeout(() => done(null), timeout)
      function done(result: HTMLElement | null) {
        observer.disconnect()
        clearTimeout(timer)
        resolve(result)
      }
      observer.observe(document.body, { childList: true, subtree: true, attributes: true })
    }))
  if (el) {
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
    el.focus()
  }
  return el
}

/** An element by id, once `ready()` says the page shows what it should. */
export const byId =
  (id: string, ready: () => boolean = () => true): (() => HTMLElement | null) =>
  () =>
    ready() ? document.getElementById(id) : null
