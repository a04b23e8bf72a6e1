import 'server-only';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { newsletterConfirmations } from '@/db/schema';

/**
 * The emailed confirmations of newsletter sign-ups (double opt-in). A row names an address and
 * the newsletters asked for; only a keyed hash of its token is kept, and it works once.
 */
export async function createConfirmation(values: {
  tokenHash: string;
  email: string;
  newsletterIds: number[];
  expiresAt: Date;
}) {
  const db = await getDb();
  await db.insert(newsletterConfirmations).values(values);
  // Nothing about a sign-up is kept for longer than its link can need.
  await db.delete(newsletterConfirmations).where(lt(newsletterConfirmations.expiresAt, sql`now() - interval '1 day'`));
}

export type ConfirmationState =
  { state: 'valid'; email: string; newsletterIds: number[] } | { state: 'used' | 'expired' | 'unknown' };

/** What an emailed confirmation link is now, without spending it. */
export async function inspectConfirmation({ tokenHash }: { tokenHash: string }): Promise<ConfirmationState> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(newsletterConfirmations)
    .where(eq(newsletterConfirmations.tokenHash, tokenHash))
    .limit(1);
  if (!row) return { state: 'unknown' };
  if (row.consumedAt) return { state: 'used' };
  if (row.expiresAt.getTime() <= Date.now()) return { state: 'expired' };
  return { state: 'valid', email: row.email, newsletterIds: row.newsletterIds };
}

/** Spends a confirmation; exactly one caller ever gets its address and newsletters back. */
export async function consumeConfirmation({ tokenHash }: { tokenHash: string }) {
  const db = await getDb();
  const [row] = await db
    .update(newsletterConfirmations)
    .set({ consumedAt: sql`now()` })
    .where(
      and(
        eq(newsletterConfirmations.tokenHash, tokenHash),
        isNull(newsletterConfirmations.consumedAt),
        gt(newsletterConfirmations.expiresAt, sql`now()`),
      ),
    )
    .returning({ email: newsletterConfirmations.email, newsletterIds: newsletterConfirmations.newsletterIds });
  return row ?? null;
}
