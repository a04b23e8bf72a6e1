import 'server-only';
import { and, eq, ne, notInArray, sql } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import type { Locale } from '@/domain/i18n/locales';
import {
  complimentaryGrants,
  memberNotes,
  memberships,
  newsletterSubscriptions,
  newsletters,
  savedArticles,
  sessions,
  signInTokens,
  users,
} from '@/db/schema';
import { wouldLeaveNoAdmin } from '@/db/account-roles';

export async function getUserById({ id }: { id: string }) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Finds the account for a verified address, creating it on first sign-in. */
/**
 * The account of an address that has just proved it is theirs; with `locale`, the edition they
 * signed in from becomes the language their mail reaches them in.
 */
export async function findOrCreateUserByEmail({ email, locale }: { email: string; locale?: Locale }) {
  const db = await getDb();
  const [created] = await db
    .insert(users)
    .values({ email, emailVerified: new Date(), ...(locale ? { locale } : {}) })
    .onConflictDoUpdate({
      target: users.email,
      set: { emailVerified: sql`coalesce(${users.emailVerified}, now())`, ...(locale ? { locale } : {}) },
    })
    .returning();
  if (!created) throw new Error('could not find or create the user');
  return created;
}

export async function createSession({
  userId,
  sessionToken,
  expires,
}: {
  userId: string;
  sessionToken: string;
  expires: Date;
}) {
  const db = await getDb();
  await db.insert(sessions).values({ userId, sessionToken, expires });
}

export async function deleteSessionsOfUser({ userId, except }: { userId: string; except?: string }) {
  const db = await getDb();
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), except ? ne(sessions.sessionToken, except) : undefined));
}

export async function countSessionsOfUser({ userId }: { userId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), sql`${sessions.expires} > now()`));
  return row?.n ?? 0;
}

export async function updateUserName({ userId, name }: { userId: string; name: string | null }) {
  const db = await getDb();
  await db.update(users).set({ name }).where(eq(users.id, userId));
}

/** Everything stored about one reader, for "Download my data". */
export async function exportUserData({ userId }: { userId: string }) {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const [sessionRows, tokenRows, membershipRows, grantRows, savedRows, noteRows, newsletterRows] = await Promise.all([
    db.select({ expires: sessions.expires }).from(sessions).where(eq(sessions.userId, userId)),
    db
      .select({
        createdAt: signInTokens.createdAt,
        expiresAt: signInTokens.expiresAt,
        consumedAt: signInTokens.consumedAt,
      })
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
    db
      .select({ endsAt: complimentaryGrants.endsAt, reason: complimentaryGrants.reason })
      .from(complimentaryGrants)
      .where(eq(complimentaryGrants.userId, userId)),
    db
      .select({ articleId: savedArticles.articleId, savedAt: savedArticles.createdAt })
      .from(savedArticles)
      .where(eq(savedArticles.userId, userId)),
    // What staff wrote about the reader is the reader's data too (it goes with the account on deletion).
    db
      .select({ note: memberNotes.body, writtenAt: memberNotes.createdAt })
      .from(memberNotes)
      .where(eq(memberNotes.userId, userId)),
    db
      .select({
        newsletter: newsletters.name,
        status: newsletterSubscriptions.status,
        confirmedAt: newsletterSubscriptions.confirmedAt,
        unsubscribedAt: newsletterSubscriptions.unsubscribedAt,
      })
      .from(newsletterSubscriptions)
      .innerJoin(newsletters, eq(newsletters.id, newsletterSubscriptions.newsletterId))
      .where(eq(newsletterSubscriptions.userId, userId)),
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
    newsletters: newsletterRows,
  };
}

export type AccountToClose = { stripeCustomerId: string | null; subscriptionIds: string[] };

export type UserDeletion = { ok: true } | { ok: false; reason: 'not-found' | 'last-admin' };

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Locks the account to be deleted, or says why it may not be: it is gone, or it is the newsroom's last admin. */
async function lockAccountToDelete(
  tx: Tx,
  userId: string,
): Promise<Extract<UserDeletion, { ok: false }> | { ok: true; email: string; stripeCustomerId: string | null }> {
  const [user] = await tx
    .select({ email: users.email, role: users.role, stripeCustomerId: users.stripeCustomerId })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  if (!user) return { ok: false, reason: 'not-found' };
  if (user.role === 'admin' && (await wouldLeaveNoAdmin(tx, userId))) return { ok: false, reason: 'last-admin' };
  return { ok: true, email: user.email, stripeCustomerId: user.stripeCustomerId };
}

/**
 * What must be closed in Stripe before the account goes: the reader's Customer and the
 * subscriptions the local copy still counts as not ended; or why the account may not be deleted
 * at all, so that nothing is cancelled for an account that will stay. A short transaction that
 * nothing slow runs inside: deleteUser checks again.
 */
export async function getAccountToClose({
  userId,
}: {
  userId: string;
}): Promise<{ ok: true; account: AccountToClose } | Extract<UserDeletion, { ok: false }>> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const user = await lockAccountToDelete(tx, userId);
    if (!user.ok) return user;
    const open = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, userId), notInArray(memberships.status, ['canceled', 'incomplete_expired'])));
    return {
      ok: true as const,
      account: { stripeCustomerId: user.stripeCustomerId, subscriptionIds: open.map((m) => m.id) },
    };
  });
}

/**
 * Deletes a reader's personal data: the account, its sessions and its sign-in tokens. Payment
 * records stay, without the account (memberships.user_id is set null). The newsroom's last
 * admin cannot go.
 */
export async function deleteUser({ userId }: { userId: string }): Promise<UserDeletion> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<UserDeletion> => {
    const user = await lockAccountToDelete(tx, userId);
    if (!user.ok) return user;
    await tx.delete(signInTokens).where(eq(signInTokens.email, user.email));
    await tx.delete(users).where(eq(users.id, userId)); // sessions and accounts cascade
    return { ok: true };
  });
}
