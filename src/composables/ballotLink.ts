import type { Vote } from '@/domain/ballotBox'
import { scopeParam } from '@/domain/slip'
import type { Round } from '@/domain/tally'
import { router } from '@/router'

/** The full address of a vote's ballot page (or its printable invitation), for QR codes and links. */
export function ballotLink(
  vote: Vote,
  round: Round,
  page: 'ballot' | 'uitnodiging' = 'ballot',
  base = window.location.href,
): string {
  const query: Record<string, string> = { vragen: scopeParam(vote) }
  if (round === 2) query.ronde = '2'
  const name = page === 'ballot' ? 'ballot' : 'ballot-invite'
  return new URL(router.resolve({ name, params: { code: vote.code }, query }).href, base).href
}

/**
 * Whether this address is one only this computer knows (phones cannot open it): a file, or a
 * loopback name or address.
 */
export function isLocalAddress(href = window.location.href): boolean {
  const url = new URL(href)
  if (url.protocol === 'file:') return true
  const host = url.hostname.replace(/^\[|\]$/g, '')
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '::1' ||
    host === '0.0.0.0'
  )
}
