import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { complimentaryGrants, memberNotes, memberships, savedArticles, sessions, signInTokens, users, type UserRole } from '@/db/schema';

export async function getUserById({ id }: { id: string }) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Finds the account for a verified address, creating it on first sign-in. */
export async function findOrCreateUserByEmail({ email }: { email: string }) {
  const db = await getDb();
  const [created] = await db
    .insert(users)
    .values({ email, emailVerified: new Date() })
    .onConflictDoUpdate({ target: users.email, set: { emailVerified: sql`coalesce(${users.emailVerified}, now())` } })
    .returning();
  if (!created) throw new Error('could not find or create the user');
  return created;
}

export async function createSession({ userId, sessionToken, expires }: { userId: string; sessionToken: string; expires: Date }) {
  const db = await getDb();
  await db.insert(sessions).values({ userId, sessionToken, expires });
}

export async function deleteSessionsOfUser({ userId, except }: { userId: string; except?: string }) {
  const db = await getDb();
  await db.delete(sessions).where(and(eq(sessions.userId, userId), except ? ne(sessions.sessionToken, except) : undefined));
}

export async function countSessionsOfUser({ userId }: { userId: string }) {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(sessions).where(and(eq(sessions.userId, userId), sql`${sessions.expires} > now()`));
  return row?.n ?? 0;
}

export async function updateUserName({ userId, name }: { userId: string; name: string | null }) {
  const db = await getDb();
  await db.update(users).set({ name }).where(eq(users.id, userId));
}

/** Creates or updates a staff account (the user CLI and the seed). */
export async function upsertStaff({ email, role }: { email: string; role: UserRole }) {
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({ email, role })
    .onConflictDoUpdate({ target: users.email, set: { role } })
    .returning();
  return row;
}

export async function listStaff() {
  const db = await getDb();
  return db.select({ id: users.id, email: users.email, name: users.name, role: users.role }).from(users).where(ne(users.role, 'reader')).orderBy(asc(users.email));
}

export async function setUserRole({ userId, role }: { userId: string; role: UserRole }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).for('update');
    if (!target) return { ok: false as const, reason: 'not-found' as const };
    if (target.role === 'admin' && role !== 'admin') {
      const [others] = await tx.select({ n: sql<number>`count(*)::int` }).from(users).where(and(eq(users.role, 'admin'), ne(users.id, userId)));
      if ((others?.n ?? 0) === 0) return { ok: false as const, reason: 'last-admin' as const };
    }
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    return { ok: true as const };
  });
}

/** Everything stored about one reader, for "Download my data". */
export async function exportUserData({ userId }: { userId: string }) {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const [sessionRows, tokenRows, membershipRows, grantRows, savedRows, noteRows] = await Promise.all([
    db.select({ expires: sessions.expires }).from(sessions).where(eq(sessions.userId, userId)),
    db
      .select({ createdAt: signInTokens.createdAt, expiresAt: signInTokens.expiresAt, consumedAt: signInTokens.consumedAt })
      .from(signInTokens)
      .where(eq(signInTokens.email, user.email)),
    db
      .select({
        id: memberships.id,
        status: memberships.status,
        tier: memberships.tier,
        amount: memberships.amount,
        currency: memberships.currency,
        interval: memberships.interval,
        currentPeriodEnd: memberships.currentPeriodEnd,
        cancelAtPeriodEnd: memberships.cancelAtPeriodEnd,
        createdAt: memberships.createdAt,
      })
      .from(memberships)
      .where(eq(memberships.userId, userId)),
    db.select({ endsAt: complimentaryGrants.endsAt, reason: complimentaryGrants.reason }).from(complimentaryGrants).where(eq(complimentaryGrants.userId, userId)),
    db.select({ articleId: savedArticles.articleId, savedAt: savedArticles.createdAt }).from(savedArticles).where(eq(savedArticles.userId, userId)),
    // What staff wrote about the reader is the reader's data too (it goes with the account on deletion).
    db.select({ note: memberNotes.body, writtenAt: memberNotes.createdAt }).from(memberNotes).where(eq(memberNotes.userId, userId)),
  ]);
  return {
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      emailVerified: user.emailVerified,
      createdAt: user.createdAt,
      stripeCustomerId: user.stripeCustomerId,
    },
    sessions: sessionRows.map((s) => ({ expires: s.expires })),
    signInEmails: tokenRows,
    memberships: membershipRows,
    complimentaryMemberships: grantRows,
    savedArticles: savedRows,
    staffNotes: noteRows,
  };
}

/** Deletes a reader's personal data: the account, its sessions and its sign-in tokens. */
export async function deleteUser({ userId }: { userId: string }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    if (!user) return;
    await tx.delete(signInTokens).where(eq(signInTokens.email, user.email));
    await tx.delete(users).where(eq(users.id, userId)); // sessions and accounts cascade
  });
}

