import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

/** Set by server/main.mjs (PEER_HEADER there) after it removes any copy the client sent. */
export const PEER_HEADER = 'x-ridgeline-peer';

/**
 * Who may read the mail a local run captured (/dev/mail): it holds every sign-in link and code,
 * so only a local configuration that captures mail, and only a request over a loopback socket.
 * `next dev` (the developer's own machine, bound to 127.0.0.1 by `npm run dev`) is the one
 * server that cannot mark its requests; anything else that does not mark them is refused.
 */
export function mayReadCapturedMail(input: {
  captureMail: boolean;
  isProduction: boolean;
  peer: string | null;
  dev: boolean;
}): boolean {
  if (!input.captureMail || input.isProduction) return false;
  return input.peer === 'loopback' || input.dev;
}

export async function callerMayReadCapturedMail(): Promise<boolean> {
  const peer = (await headers()).get(PEER_HEADER);
  return mayReadCapturedMail({
    captureMail: env.captureMail,
    isProduction: env.isProduction,
    peer,
    dev: env.isDevServer,
  });
}
