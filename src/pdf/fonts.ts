import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url'
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url'

/**
 * Noto Sans (SIL Open Font License), regular and bold, served from our own origin and fetched
 * only when a PDF is made. jsPDF wants the TTF as base64; convert in chunks, because
 * String.fromCharCode(...bytes) on a 600 kB font overflows the call stack.
 */
let cache: Promise<{ regular: string; bold: string }> | null = null

async function base64Of(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Lettertype niet geladen (${response.status})`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

export function loadFonts() {
  cache ??= Promise.all([base64Of(regularUrl), base64Of(boldUrl)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((e) => {
      cache = null
      throw e
    })
  return cache
}
