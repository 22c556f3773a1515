let painted: Promise<void> | null = null

/**
 * Resolves once the browser has painted the first frame, so work that the first view does not
 * need (the storage layer, file import, the service worker) does not hold up that paint.
 * A hidden tab paints no frames: then a short timer lets the work start anyway.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise((resolve) => {
    const timer = setTimeout(resolve, 200)
    if (typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer)
        resolve()
      }, 0),
    )
  })
  return painted
}
