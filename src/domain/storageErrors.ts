/**
 * Dexie wraps IndexedDB's errors: a full disk can arrive as a QuotaExceededError, or as a
 * Dexie AbortError/DatabaseClosedError whose `inner` (sometimes nested) is the real cause.
 * Classify by walking that chain, so the user gets the message that fits.
 */
export type StorageErrorKind = 'quota' | 'closed' | 'unknown'

function* causes(e: unknown): Generator<{ name?: unknown; message?: unknown }> {
  let cur: unknown = e
  for (let depth = 0; depth < 5 && typeof cur === 'object' && cur !== null; depth++) {
    yield cur as { name?: unknown }
    const c = cur as { inner?: unknown; cause?: unknown }
    cur = c.inner ?? c.cause
  }
}

export function classifyStorageError(e: unknown): StorageErrorKind {
  for (const c of causes(e)) {
    if (c.name === 'QuotaExceededError') return 'quota'
    if (c.name === 'DatabaseClosedError' || c.name === 'InvalidStateError') return 'closed'
  }
  return 'unknown'
}

export function storageErrorMessage(kind: StorageErrorKind): string {
  switch (kind) {
    case 'quota':
      return 'Opslaan is mislukt: de opslagruimte van deze browser is vol. Uw tekst staat nog op het scherm. Maak ruimte vrij (bijvoorbeeld door oude concepten te verwijderen) en typ daarna verder; dan proberen we het opnieuw.'
    case 'closed':
      return 'Opslaan is mislukt: de verbinding met de opslag van deze browser is verbroken. Uw tekst staat nog op het scherm. Herlaad de pagina om verder te gaan.'
    default:
      return 'Opslaan is mislukt door een onverwachte fout. Uw tekst staat nog op het scherm; we proberen het opnieuw bij uw volgende wijziging.'
  }
}
