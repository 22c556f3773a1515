import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadLogo, logoUrl, pngSize } from '@/pdf/logo'

// A 2 × 1 PNG (signature and IHDR are what is read).
const png = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGM4IaAn6lQMAAb1AdFdKit0AAAAAElFTkSuQmCC',
  ),
  (c) => c.charCodeAt(0),
)

afterEach(() => {
  document.documentElement.style.removeProperty('--rt-pdf-logo')
  vi.unstubAllGlobals()
})

describe('the municipality’s logo in the PDF', () => {
  it('reads a PNG’s size and refuses other bytes', () => {
    expect(pngSize(png)).toEqual({ width: 2, height: 1 })
    expect(pngSize(new TextEncoder().encode('<svg></svg>'.padEnd(30)))).toBeNull()
  })

  it('is fetched only when the theme names one, and only from this site', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    expect(logoUrl()).toBeNull()
    expect(await loadLogo()).toBeUndefined()
    expect(fetch).not.toHaveBeenCalled()
    document.documentElement.style.setProperty('--rt-pdf-logo', "'https://elders.nl/logo.png'")
    expect(logoUrl()).toBeNull()
    document.documentElement.style.setProperty('--rt-pdf-logo', "'gemeente-logo.png'")
    expect(logoUrl()).toMatch(/\/gemeente-logo\.png$/)
  })

  it('gives no logo for a missing file or one that is not a PNG', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('nee', { status: 404 })))
    expect(await loadLogo('/gemeente-logo.png')).toBeUndefined()
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<svg/>')))
    expect(await loadLogo('/gemeente-logo.png')).toBeUndefined()
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(png)))
    expect(await loadLogo('/gemeente-logo.png')).toMatchObject({ width: 2, height: 1 })
  })
})
