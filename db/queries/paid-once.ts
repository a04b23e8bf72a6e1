import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db';
import { stripeEvents, users } from '@/db/schema';

/**
 * What recording a payment-mode Checkout (a one-off gift, a gift membership) shares, inside the
 * transaction that records it: the event's id, so that a replay finds it and changes nothing,
 * and the account that paid, which may have been deleted since.
 */
type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** True for the first delivery of this event; false for a replay or a duplicate racing it. */
export async function recordEventOnce(tx: Tx, event: { eventId: string; type: string }): Promise<boolean> {
  const [fresh] = await tx
    .insert(stripeEvents)
    .values({ id: event.eventId, type: event.type })
    .onConflictDoNothing()
    .returning({ id: stripeEvents.id });
  return Boolean(fresh);
}

/** The account still there to link a payment to (held against deletion until commit), or null. */
export async function accountStillThere(tx: Tx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [owner] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('key share');
  return owner?.id ?? null;
}
