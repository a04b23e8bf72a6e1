import 'server-only';
import { headers } from 'next/headers';

/**
 * The caller's IP for rate limits. Behind a reverse proxy the first X-Forwarded-For entry is the
 * client; the app must then only be reachable through that proxy (see README).
 */
export async function requestIp(): Promise<string> {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'unknown';
}
