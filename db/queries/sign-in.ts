import 'server-only';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { signInRequests, signInTokens } from '@/db/schema';

export const MAX_CODE_ATTEMPTS = 5;

export type RateLimit = {
  kind: 'email' | 'code' | 'newsletter';
  emailHash: string;
  ipHash: string;
  perEmail: number;
  perIp: number;
  windowMs: number;
};

/**
 * Counts the address's and the client's recent entries of this kind and, if both are under
 * their limits, records one more, as one step: concurrent requests are serialised by a lock
 * held for the transaction, so ten requests at once cannot all pass a limit of five.
 * Returns when the caller may try again if a limit is reached.
 */
export async function claimRateLimited({
  kind,
  emailHash,
  ipHash,
  perEmail,
  perIp,
  windowMs,
}: RateLimit): Promise<{ ok: true } | { ok: false; retryAt: Date }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('sign_in_requests'))`);
    const since = new Date(Date.now() - windowMs);
    const [row] = await tx
      .select({
        byEmail: sql<number>`count(*) filter (where ${signInRequests.emailHash} = ${emailHash})::int`,
        byIp: sql<number>`count(*) filter (where ${signInRequests.ipHash} = ${ipHash})::int`,
        oldestByEmail: sql<
          Date | string | null
        >`min(${signInRequests.createdAt}) filter (where ${signInRequests.emailHash} = ${emailHash})`,
        oldestByIp: sql<
          Date | string | null
        >`min(${signInRequests.createdAt}) filter (where ${signInRequests.ipHash} = ${ipHash})`,
      })
      .from(signInRequests)
      .where(and(eq(signInRequests.kind, kind), gt(signInRequests.createdAt, since)));
    const retry = (oldest: Date | string | null | undefined) =>
      new Date((oldest ? new Date(oldest).getTime() : Date.now()) + windowMs);
    if ((row?.byEmail ?? 0) >= perEmail) return { ok: false, retryAt: retry(row?.oldestByEmail) };
    if ((row?.byIp ?? 0) >= perIp) return { ok: false, retryAt: retry(row?.oldestByIp) };
    await tx.insert(signInRequests).values({ kind, emailHash, ipHash });
    // Nothing about a request is kept for longer than the limits need.
    await tx.delete(signInRequests).where(lt(signInRequests.createdAt, sql`now() - interval '1 day'`));
    await tx.delete(signInTokens).where(lt(signInTokens.expiresAt, sql`now() - interval '1 day'`));
    return { ok: true };
  });
}

/** Records one entry of a kind that is checked before, not counted with, its action (wrong codes). */
export async function recordRateLimited({ kind, emailHash, ipHash }: Pick<RateLimit, 'kind' | 'emailHash' | 'ipHash'>) {
  const db = await getDb();
  await db.insert(signInRequests).values({ kind, emailHash, ipHash });
}

/** Whether the client has reached its limit of this kind, without recording anything. */
export async function rateLimitReached({
  kind,
  ipHash,
  perIp,
  windowMs,
}: Pick<RateLimit, 'kind' | 'ipHash' | 'perIp' | 'windowMs'>): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int`, oldest: sql<Date | string | null>`min(${signInRequests.createdAt})` })
    .from(signInRequests)
    .where(
      and(
        eq(signInRequests.kind, kind),
        eq(signInRequests.ipHash, ipHash),
        gt(signInRequests.createdAt, new Date(Date.now() - windowMs)),
      ),
    );
  if ((row?.n ?? 0) < perIp) return null;
  return new Date((row?.oldest ? new Date(row.oldest).getTime() : Date.now()) + windowMs);
}

export async function createSignInToken(values: {
  email: string;
  tokenHash: string;
  codeHash: string;
  callbackUrl: string;
  expiresAt: Date;
  browserHash: string | null;
}) {
  const db = await getDb();
  await db.insert(signInTokens).values(values);
}

export type LinkState = { state: 'valid'; email: string } | { state: 'used' | 'expired' | 'unknown' };

/** What an emailed link is now, without spending it. */
export async function inspectLinkToken({ tokenHash }: { tokenHash: string }): Promise<LinkState> {
  const db = await getDb();
  const [row] = await db
    .select({ email: signInTokens.email, consumedAt: signInTokens.consumedAt, expiresAt: signInTokens.expiresAt })
    .from(signInTokens)
    .where(eq(signInTokens.tokenHash, tokenHash))
    .limit(1);
  if (!row) return { state: 'unknown' };
  if (row.consumedAt) return { state: 'used' };
  if (row.expiresAt.getTime() <= Date.now()) return { state: 'expired' };
  return { state: 'valid', email: row.email };
}

/** Spends a link token; exactly one caller can ever get its email back. Wrong codes do not count. */
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
      ),
    )
    .returning({ email: signInTokens.email, callbackUrl: signInTokens.callbackUrl });
  return row ?? null;
}

const codeStillWorks = () =>
  and(
    isNull(signInTokens.consumedAt),
    gt(signInTokens.expiresAt, sql`now()`),
    lt(signInTokens.failedAttempts, MAX_CODE_ATTEMPTS),
  );

/** The token whose code this browser may type: unspent, unexpired, fewer than five wrong codes. */
export async function findCodeToken({ browserHash }: { browserHash: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ id: signInTokens.id, email: signInTokens.email, codeHash: signInTokens.codeHash })
    .from(signInTokens)
    .where(and(eq(signInTokens.browserHash, browserHash), codeStillWorks()));
  return row ?? null;
}

/** The address a browser's pending sign-in is for, while its code still works. */
export async function pendingSignInEmail({ browserHash }: { browserHash: string }) {
  return (await findCodeToken({ browserHash }))?.email ?? null;
}

export async function consumeTokenById({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .update(signInTokens)
    .set({ consumedAt: sql`now()` })
    .where(and(eq(signInTokens.id, id), codeStillWorks()))
    .returning({ email: signInTokens.email, callbackUrl: signInTokens.callbackUrl });
  return row ?? null;
}

/** Counts a wrong code against this one token only; returns the attempts its code has left. */
export async function recordWrongCode({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .update(signInTokens)
    .set({ failedAttempts: sql`${signInTokens.failedAttempts} + 1` })
    .where(and(eq(signInTokens.id, id), codeStillWorks()))
    .returning({ failedAttempts: signInTokens.failedAttempts });
  return Math.max(0, MAX_CODE_ATTEMPTS - (row?.failedAttempts ?? MAX_CODE_ATTEMPTS));
}
