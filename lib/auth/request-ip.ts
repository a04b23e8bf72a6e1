import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

/** Set by server/main.mjs (SOCKET_ADDRESS_HEADER there) after it removes any copy the client sent. */
export const SOCKET_ADDRESS_HEADER = 'x-ridgeline-socket-address';

/**
 * The client's address for rate limits. Every proxy appends the address it was called from to
 * X-Forwarded-For, and a client can write anything before that, so the only entries to trust
 * are the ones our own proxies added: with TRUSTED_PROXIES = n the client is the n-th address
 * from the right of [...X-Forwarded-For, socket]. With 0 (the default) it is the socket itself.
 */
export function clientAddress({
  forwardedFor,
  socketAddress,
  trustedProxies,
}: {
  forwardedFor: string | null;
  socketAddress: string | null;
  trustedProxies: number;
}): string {
  const forwarded = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress ?? 'unknown'];
  // Fewer entries than trusted proxies: the nearest one is all we know (a misconfiguration).
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? 'unknown';
}

export async function requestIp(): Promise<string> {
  const h = await headers();
  return clientAddress({
    forwardedFor: h.get('x-forwarded-for'),
    socketAddress: h.get(SOCKET_ADDRESS_HEADER),
    trustedProxies: env.TRUSTED_PROXIES,
  });
}
