import type { PdfLogo } from './writer'

/**
 * The municipality's logo for the first page of every PDF, named in its theme
 * (public/gemeente-thema.css): `--rt-pdf-logo: 'gemeente-logo.png';`, a PNG file beside the
 * theme on the same site. Without the property nothing is fetched; a file that is missing or not
 * a PNG means no logo, and the PDF is made all the same.
 */
export function logoUrl(): string | null {
  const raw = getComputedStyle(document.documentElement).getPropertyValue('--rt-pdf-logo').trim()
  const name = raw.replace(/^['"]|['"]$/g, '').trim()
  // Only a file of this site: no scheme, no protocol-relative address.
  if (name === '' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(name)) return null
  return new URL(name, document.baseURI).href
}

/** Width and height of a PNG from its IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [137, 80, 78, 71, 13, 10, 26, 10]
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const [width, height] = [view.getUint32(16), view.getUint32(20)]
  return width > 0 && height > 0 ? { width, height } : null
}

export async function loadLogo(url = logoUrl()) {
  if (!url) return undefined
  try {
    const response = await fetch(url)
    if (!response.ok) return undefined
    const data = new Uint8Array(await response.arrayBuffer())
    const size = pngSize(data)
    return size ? ({ data, ...size } satisfies PdfLogo) : undefined
  } catch {
    return undefined
  }
}
