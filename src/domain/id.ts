/**
 * crypto.randomUUID exists only in secure contexts; a municipality may serve the app over
 * plain http on an intranet, so build the id from getRandomValues, which is always there.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}
