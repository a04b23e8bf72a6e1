import 'server-only';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { signInRequests, signInTokens } from '@/db/schema';

export const MAX_CODE_ATTEMPTS = 5;

/** Sign-in emails sent in the last hour to this address and from this IP (both as keyed hashes). */
export async function countRecentSignInRequests({ emailHash, ipHash, since }: { emailHash: string; ipHash: string; since: Date }) {
  const db = await getDb();
  const [row] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${signInRequests.emailHash} = ${emailHash})::int`,
      byIp: sql<number>`count(*) filter (where ${signInRequests.ipHash} = ${ipHash})::int`,
      oldestByEmail: sql<Date | null>`min(${signInRequests.createdAt}) filter (where ${signInRequests.emailHash} = ${emailHash})`,
      oldestByIp: sql<Date | null>`min(${signInRequests.createdAt}) filter (where ${signInRequests.ipHash} = ${ipHash})`,
    })
    .from(signInRequests)
    .where(gt(signInRequests.createdAt, since));
  const toDate = (value: Date | string | null | undefined) => (value ? new Date(value) : null);
  return { byEmail: row?.byEmail ?? 0, byIp: row?.byIp ?? 0, oldestByEmail: toDate(row?.oldestByEmail), oldestByIp: toDate(row?.oldestByIp) };
}

export async function recordSignInRequest({ emailHash, ipHash }: { emailHash: string; ipHash: string }) {
  const db = await getDb();
  await db.insert(signInRequests).values({ emailHash, ipHash });
  // Nothing about a request is kept for longer than the limits need.
  await db.delete(signInRequests).where(lt(signInRequests.createdAt, sql`now() - interval '1 day'`));
  await db.delete(signInTokens).where(lt(signInTokens.expiresAt, sql`now() - interval '1 day'`));
}

export async function createSignInToken(values: { email: string; tokenHash: string; codeHash: string; callbackUrl: string; expiresAt: Date }) {
  const db = await getDb();
  await db.insert(signInTokens).values(values);
}

export type LinkState = { state: 'valid'; email: string } | { state: 'used' | 'expired' | 'unknown' };

/** What an emailed link is now, without spending it. */
export async function inspectLinkToken({ tokenHash }: { tokenHash: string }): Promise<LinkState> {
  const db = await getDb();
  const [row] = await db
    .select({ email: signInTokens.email, consumedAt: signInTokens.consumedAt, expiresAt: signInTokens.expiresAt, failedAttempts: signInTokens.failedAttempts })
    .from(signInTokens)
    .where(eq(signInTokens.tokenHash, tokenHash))
    .limit(1);
  if (!row) return { state: 'unknown' };
  if (row.consumedAt) return { state: 'used' };
  if (row.expiresAt.getTime() <= Date.now() || row.failedAttempts >= MAX_CODE_ATTEMPTS) return { state: 'expired' };
  return { state: 'valid', email: row.email };
}

/** Spends a link token; exactly one caller can ever get its email back. */
export async function consumeLinkToken({ tokenHash }: { tokenHash: string }) {
  const db = await getDb();
  const [row] = await db
    .update(signInTokens)
    .set({ consumedAt: sql`now()` })
    .where(
      and(
        eq(signInTokens.tokenHash, tokenHash),
        isNull(signInTokens.consumedAt),
        gt(signInTokens.expiresAt, sql`now()`),
        lt(signInTokens.failedAttempts, MAX_CODE_ATTEMPTS),
      ),
    )
    .returning({ email: signInTokens.email, callbackUrl: signInTokens.callbackUrl });
  return row ?? null;
}

/** The live (unspent, unexpired, not locked) tokens for an address. */
export async function listLiveTokens({ email }: { email: string }) {
  const db = await getDb();
  return db
    .select({ id: signInTokens.id, codeHash: signInTokens.codeHash, callbackUrl: signInTokens.callbackUrl })
    .from(signInTokens)
    .where(and(eq(signInTokens.email, email), isNull(signInTokens.consumedAt), gt(signInTokens.expiresAt, sql`now()`), lt(signInTokens.failedAttempts, MAX_CODE_ATTEMPTS)));
}

export async function consumeTokenById({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .update(signInTokens)
    .set({ consumedAt: sql`now()` })
    .where(and(eq(signInTokens.id, id), isNull(signInTokens.consumedAt), gt(signInTokens.expiresAt, sql`now()`), lt(signInTokens.failedAttempts, MAX_CODE_ATTEMPTS)))
    .returning({ email: signInTokens.email, callbackUrl: signInTokens.callbackUrl });
  return row ?? null;
}

/** Counts a wrong code against every live token of the address; returns the attempts left. */
export async function recordWrongCode({ email }: { email: string }) {
  const db = await getDb();
  const rows = await db
    .update(signInTokens)
    .set({ failedAttempts: sql`${signInTokens.failedAttempts} + 1` })
    .where(and(eq(signInTokens.email, email), isNull(signInTokens.consumedAt), gt(signInTokens.expiresAt, sql`now()`), lt(signInTokens.failedAttempts, MAX_CODE_ATTEMPTS)))
    .returning({ failedAttempts: signInTokens.failedAttempts });
  const worst = Math.max(0, ...rows.map((r) => r.failedAttempts));
  return Math.max(0, MAX_CODE_ATTEMPTS - worst);
}
