import 'server-only';
import { env } from '@/lib/env';

/**
 * Membership time: the instant at which "is this reader a member now" is judged, and from which a
 * redeemed gift runs. In production it is the machine's clock. On the Stripe stand-in it is the
 * stand-in's clock, which tests and local runs move forward like a Stripe test clock: a
 * subscription's renewals follow that clock at the stand-in, and the grants the site keeps itself
 * (gifts, complimentary memberships) must follow the same one, or a gift could never be seen to
 * end. The reading is cached for a second; if the stand-in does not answer, the machine's clock.
 * The job queue keeps the machine's clock: a moved stand-in clock ends a gift, it does not send
 * the mail queued for ten days before that end any sooner.
 */
const CACHE_MS = 1000;
/** The stand-in counts whole seconds: a difference this small is rounding, not a moved clock. */
const ROUNDING_MS = 2000;

let cached: { offsetMs: number; readAt: number } | undefined;

async function readStandinOffset(): Promise<number> {
  try {
    const response = await fetch(new URL('/_standin/clock', env.STRIPE_STANDIN_URL), {
      cache: 'no-store',
      signal: AbortSignal.timeout(1000),
    });
    if (!response.ok) return 0;
    const { now } = (await response.json()) as { now?: unknown };
    if (typeof now !== 'number') return 0;
    const offsetMs = now * 1000 - Date.now();
    return Math.abs(offsetMs) < ROUNDING_MS ? 0 : offsetMs;
  } catch {
    return 0;
  }
}

export async function membershipNow(): Promise<Date> {
  if (!env.useStripeStandin) return new Date();
  if (!cached || Date.now() - cached.readAt > CACHE_MS) {
    cached = { offsetMs: await readStandinOffset(), readAt: Date.now() };
  }
  return new Date(Date.now() + cached.offsetMs);
}
