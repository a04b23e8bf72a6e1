import 'server-only';
import { and, desc, eq, isNotNull, or, sql } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { complimentaryGrants, donations, giftMemberships, poolRequests, users, type GiftMembership } from '@/db/schema';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { giftRunsUntil, reminderAt, unredeemedNoticeAt } from '@/domain/membership/gift-membership';
import { cancelPendingJob, enqueueJob, refreshJobClock } from './jobs';
import { accountStillThere, recordEventOnce } from './paid-once';
import type { FollowUpJob } from './memberships';

/**
 * Gift memberships and the pool that pays for some of them. A bought gift is written by the
 * webhook, once per Checkout Session; a gift from the pool by the editor who approves a
 * request. Redeeming writes a complimentary grant, so the one entitlement function makes the
 * reader a member with no card and no subscription. Every mail a gift sends is a job queued in
 * the transaction that made it due.
 */

export type GiftMail = 'receipt' | 'delivery' | 'reminder' | 'unredeemed';
export type GiftMailJob = (giftId: number, mail: GiftMail) => FollowUpJob;

/** A paid gift's Checkout Session as the webhook read it from Stripe. */
export type GiftPurchaseCopy = {
  checkoutSessionId: string;
  codeHash: string;
  purchaserId: string | null;
  purchaserEmail: string;
  tier: string;
  months: number;
  amount: number;
  currency: string;
  recipientEmail: string | null;
  message: string;
  deliverAt: Date | null;
  /** The edition it was bought from: the receipt and the recipient's mail go in its language. */
  locale: Locale;
};

export type GiftEventResult =
  { outcome: 'duplicate' | 'ignored' } | { outcome: 'applied'; giftId: number; recorded: boolean };

/**
 * Records a Stripe event and the gift it reports in one transaction, as donations are: a replay
 * finds its event id, a second event for the same session finds the gift, and only the
 * transaction that wrote the gift queues its receipt, its delivery and the year-on notice.
 */
export async function recordGiftPurchaseEvent({
  eventId,
  type,
  read,
  mailJob,
}: {
  eventId: string;
  type: string;
  read: () => Promise<GiftPurchaseCopy | null>;
  mailJob: GiftMailJob;
}): Promise<GiftEventResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<GiftEventResult> => {
    if (!(await recordEventOnce(tx, { eventId, type }))) return { outcome: 'duplicate' };
    const copy = await read();
    if (!copy) return { outcome: 'ignored' };
    const [written] = await tx
      .insert(giftMemberships)
      .values({ ...copy, source: 'purchase', purchaserId: await accountStillThere(tx, copy.purchaserId) })
      .onConflictDoNothing()
      .returning({ id: giftMemberships.id, createdAt: giftMemberships.createdAt });
    if (written) {
      const now = new Date();
      await enqueueJob({ db: tx, ...mailJob(written.id, 'receipt'), runAt: now });
      if (copy.recipientEmail)
        await enqueueJob({ db: tx, ...mailJob(written.id, 'delivery'), runAt: copy.deliverAt ?? now });
      await enqueueJob({ db: tx, ...mailJob(written.id, 'unredeemed'), runAt: unredeemedNoticeAt(written.createdAt) });
      return { outcome: 'applied', giftId: written.id, recorded: true };
    }
    const [existing] = await tx
      .select({ id: giftMemberships.id })
      .from(giftMemberships)
      .where(eq(giftMemberships.checkoutSessionId, copy.checkoutSessionId));
    return { outcome: 'applied', giftId: existing!.id, recorded: false };
  });
  if (result.outcome === 'applied' && result.recorded) await refreshJobClock();
  return result;
}

export async function getGift({ id }: { id: number }): Promise<GiftMembership | null> {
  const db = await getDb();
  const [row] = await db.select().from(giftMemberships).where(eq(giftMemberships.id, id));
  return row ?? null;
}

/** A gift with what its code is derived from: its Checkout Session, or the pool request it answered. */
export async function getGiftForMail({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ gift: giftMemberships, requestId: poolRequests.id })
    .from(giftMemberships)
    .leftJoin(poolRequests, eq(poolRequests.giftId, giftMemberships.id))
    .where(eq(giftMemberships.id, id));
  return row ?? null;
}

export async function findGiftByCodeHash({ codeHash }: { codeHash: string }): Promise<GiftMembership | null> {
  const db = await getDb();
  const [row] = await db.select().from(giftMemberships).where(eq(giftMemberships.codeHash, codeHash));
  return row ?? null;
}

/** Marks a gift's email as sent (the delivery job, after the mail server took it). */
export async function markGiftDelivered({ id }: { id: number }) {
  const db = await getDb();
  await db.update(giftMemberships).set({ deliveredAt: new Date() }).where(eq(giftMemberships.id, id));
}

export async function markGiftReminded({ id }: { id: number }) {
  const db = await getDb();
  await db.update(giftMemberships).set({ remindedAt: new Date() }).where(eq(giftMemberships.id, id));
}

export type RedeemResult =
  | { outcome: 'redeemed'; endsAt: Date; giftId: number }
  | { outcome: 'already-yours'; endsAt: Date | null }
  | { outcome: 'used' | 'unknown' | 'withdrawn' };

/**
 * Redeems a gift once: under the gift's row lock, so two tabs or two readers racing with one
 * link make one grant. The grant runs from now, or from the end of the reader's latest grant, for
 * the gift's months; the reminder is queued for ten days before it ends.
 */
export async function redeemGift({
  codeHash,
  userId,
  now = new Date(),
  mailJob,
}: {
  codeHash: string;
  userId: string;
  now?: Date;
  mailJob: GiftMailJob;
}): Promise<RedeemResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<RedeemResult> => {
    const [gift] = await tx.select().from(giftMemberships).where(eq(giftMemberships.codeHash, codeHash)).for('update');
    if (!gift) return { outcome: 'unknown' };
    if (gift.redeemedAt) {
      if (gift.redeemedById !== userId) return { outcome: 'used' };
      const [grant] = gift.grantId
        ? await tx
            .select({ endsAt: complimentaryGrants.endsAt })
            .from(complimentaryGrants)
            .where(eq(complimentaryGrants.id, gift.grantId))
        : [];
      return { outcome: 'already-yours', endsAt: grant?.endsAt ?? null };
    }
    if (gift.givenToPoolAt) return { outcome: 'withdrawn' };
    const [latest] = await tx
      .select({ endsAt: sql<Date | string | null>`max(${complimentaryGrants.endsAt})` })
      .from(complimentaryGrants)
      .where(eq(complimentaryGrants.userId, userId));
    const currentGrantEnd = latest?.endsAt ? new Date(latest.endsAt) : null;
    const endsAt = giftRunsUntil({ months: gift.months, now, currentGrantEnd });
    const [grant] = await tx
      .insert(complimentaryGrants)
      .values({
        userId,
        endsAt,
        reason: `Gift membership: ${gift.months} months (${gift.source === 'pool' ? 'from the pool' : 'bought by a reader'})`,
      })
      .returning({ id: complimentaryGrants.id });
    await tx
      .update(giftMemberships)
      .set({ redeemedById: userId, redeemedAt: now, grantId: grant!.id })
      .where(eq(giftMemberships.id, gift.id));
    await cancelPendingJob({ db: tx, key: mailJob(gift.id, 'unredeemed').key! });
    const remindAt = reminderAt(endsAt);
    if (remindAt > now) await enqueueJob({ db: tx, ...mailJob(gift.id, 'reminder'), runAt: remindAt });
    return { outcome: 'redeemed', endsAt, giftId: gift.id };
  });
  if (result.outcome === 'redeemed') await refreshJobClock();
  return result;
}

/**
 * Who a reminder goes to, in which language (their account's), and when their gift ends; null
 * once the grant is gone (revoked, account deleted).
 */
export async function getRedeemedGift({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ gift: giftMemberships, email: users.email, locale: users.locale, endsAt: complimentaryGrants.endsAt })
    .from(giftMemberships)
    .innerJoin(complimentaryGrants, eq(complimentaryGrants.id, giftMemberships.grantId))
    .innerJoin(users, eq(users.id, complimentaryGrants.userId))
    .where(eq(giftMemberships.id, id));
  return row ?? null;
}

/** A reader's own gifts to others: bought while signed in, or with the address they sign in with. */
function boughtBy(buyer: { userId: string; email: string }) {
  return and(
    eq(giftMemberships.source, 'purchase'),
    or(
      eq(giftMemberships.purchaserId, buyer.userId),
      sql`lower(${giftMemberships.purchaserEmail}) = ${buyer.email.toLowerCase()}`,
    ),
  );
}

export async function listGiftsBoughtBy(buyer: { userId: string; email: string }) {
  const db = await getDb();
  return db
    .select({
      id: giftMemberships.id,
      tier: giftMemberships.tier,
      months: giftMemberships.months,
      amount: giftMemberships.amount,
      currency: giftMemberships.currency,
      recipientEmail: giftMemberships.recipientEmail,
      deliverAt: giftMemberships.deliverAt,
      deliveredAt: giftMemberships.deliveredAt,
      redeemedAt: giftMemberships.redeemedAt,
      givenToPoolAt: giftMemberships.givenToPoolAt,
      createdAt: giftMemberships.createdAt,
    })
    .from(giftMemberships)
    .where(boughtBy(buyer))
    .orderBy(desc(giftMemberships.createdAt))
    .limit(50);
}

export type BuyerChange =
  { outcome: 'done'; giftId: number } | { outcome: 'not-yours' | 'redeemed' | 'given' | 'too-soon' };

/**
 * The buyer's choices for a gift nobody redeemed within a year: send it again (to the same
 * address or another), or give it to the pool, after which its link no longer works.
 */
async function changeUnredeemed(
  { giftId, buyer, now }: { giftId: number; buyer: { userId: string; email: string }; now: Date },
  change: (tx: Database, gift: GiftMembership) => Promise<void>,
): Promise<BuyerChange> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<BuyerChange> => {
    const [gift] = await tx
      .select()
      .from(giftMemberships)
      .where(and(eq(giftMemberships.id, giftId), boughtBy(buyer)))
      .for('update');
    if (!gift) return { outcome: 'not-yours' };
    if (gift.redeemedAt) return { outcome: 'redeemed' };
    if (gift.givenToPoolAt) return { outcome: 'given' };
    if (now < unredeemedNoticeAt(gift.createdAt)) return { outcome: 'too-soon' };
    await change(tx, gift);
    return { outcome: 'done', giftId };
  });
  if (result.outcome === 'done') await refreshJobClock();
  return result;
}

export function resendGift(input: {
  giftId: number;
  buyer: { userId: string; email: string };
  recipientEmail: string;
  now?: Date;
  mailJob: GiftMailJob;
}) {
  return changeUnredeemed({ ...input, now: input.now ?? new Date() }, async (tx, gift) => {
    await tx
      .update(giftMemberships)
      .set({ recipientEmail: input.recipientEmail, deliverAt: new Date(), deliveredAt: null })
      .where(eq(giftMemberships.id, gift.id));
    await enqueueJob({ db: tx, ...input.mailJob(gift.id, 'delivery'), runAt: new Date() });
  });
}

export function giveGiftToPool(input: {
  giftId: number;
  buyer: { userId: string; email: string };
  now?: Date;
  mailJob: GiftMailJob;
}) {
  return changeUnredeemed({ ...input, now: input.now ?? new Date() }, async (tx, gift) => {
    await tx.update(giftMemberships).set({ givenToPoolAt: new Date() }).where(eq(giftMemberships.id, gift.id));
    await cancelPendingJob({ db: tx, key: input.mailJob(gift.id, 'delivery').key! });
  });
}

/**
 * The pool: what readers gave to it (one-off gifts for the pool, and unredeemed gifts their
 * buyers gave to it) less what the memberships it gave cost; and how many readers it carried.
 */
export async function getPoolFigures(db?: Database): Promise<{ balance: number; readersCarried: number }> {
  const executor = db ?? (await getDb());
  const [given] = await executor
    .select({ cents: sql<string>`coalesce(sum(${donations.amount}), 0)` })
    .from(donations)
    .where(eq(donations.purpose, 'pool'));
  const [gifts] = await executor
    .select({
      returned: sql<string>`coalesce(sum(${giftMemberships.amount}) filter (where ${giftMemberships.source} = 'purchase' and ${giftMemberships.givenToPoolAt} is not null), 0)`,
      spent: sql<string>`coalesce(sum(${giftMemberships.amount}) filter (where ${giftMemberships.source} = 'pool'), 0)`,
      carried: sql<number>`(count(*) filter (where ${giftMemberships.source} = 'pool'))::int`,
    })
    .from(giftMemberships)
    .where(or(eq(giftMemberships.source, 'pool'), isNotNull(giftMemberships.givenToPoolAt)));
  return {
    balance: Number(given?.cents ?? 0) + Number(gifts?.returned ?? 0) - Number(gifts?.spent ?? 0),
    readersCarried: gifts?.carried ?? 0,
  };
}

export type PoolRequestResult = { outcome: 'received'; requestId: number } | { outcome: 'pending' };

/** A request for a membership from the pool: one waiting request per address. */
export async function createPoolRequest({
  email,
  reason,
  locale = DEFAULT_LOCALE,
}: {
  email: string;
  reason: string;
  /** The edition it is asked from: the answer goes in its language. */
  locale?: Locale;
}): Promise<PoolRequestResult> {
  const db = await getDb();
  return db.transaction(async (tx): Promise<PoolRequestResult> => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pool-request:${email.toLowerCase()}`}))`);
    const [waiting] = await tx
      .select({ id: poolRequests.id })
      .from(poolRequests)
      .where(and(sql`lower(${poolRequests.email}) = ${email.toLowerCase()}`, eq(poolRequests.status, 'pending')));
    if (waiting) return { outcome: 'pending' };
    const [row] = await tx
      .insert(poolRequests)
      .values({ email: email.toLowerCase(), reason, locale })
      .returning({ id: poolRequests.id });
    return { outcome: 'received', requestId: row!.id };
  });
}

export async function listPoolRequests() {
  const db = await getDb();
  const pending = await db
    .select({
      id: poolRequests.id,
      email: poolRequests.email,
      reason: poolRequests.reason,
      createdAt: poolRequests.createdAt,
    })
    .from(poolRequests)
    .where(eq(poolRequests.status, 'pending'))
    .orderBy(poolRequests.createdAt)
    .limit(200);
  const decided = await db
    .select({
      id: poolRequests.id,
      email: poolRequests.email,
      status: poolRequests.status,
      decidedAt: poolRequests.decidedAt,
      decidedBy: users.name,
      decidedByEmail: users.email,
      redeemedAt: giftMemberships.redeemedAt,
      tier: giftMemberships.tier,
      months: giftMemberships.months,
    })
    .from(poolRequests)
    .leftJoin(users, eq(users.id, poolRequests.decidedById))
    .leftJoin(giftMemberships, eq(giftMemberships.id, poolRequests.giftId))
    .where(sql`${poolRequests.status} <> 'pending'`)
    .orderBy(desc(poolRequests.decidedAt))
    .limit(50);
  return { pending, decided };
}

export type PoolDecision =
  | { outcome: 'approved'; giftId: number; requestId: number }
  | { outcome: 'declined'; requestId: number; email: string }
  | { outcome: 'decided' | 'unknown' }
  | { outcome: 'short'; balance: number; cost: number };

/**
 * An editor's decision on a request, once (the row is locked; a second click finds it decided).
 * Approving spends from the pool under one lock for the whole pool, so two approvals cannot both
 * spend the last of it; it writes a gift from the pool to the request's address, delivered at
 * once. Either way the reason is deleted, as the request form promises.
 */
export async function decidePoolRequest({
  requestId,
  decision,
  staffId,
  gift,
  mailJob,
  declinedJob,
}: {
  requestId: number;
  decision: 'approve' | 'decline';
  staffId: string;
  gift: { tier: string; months: number; amount: number; codeHash: string };
  mailJob: GiftMailJob;
  /** The kind word to the reader whose request was declined. */
  declinedJob: (requestId: number) => FollowUpJob;
}): Promise<PoolDecision> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<PoolDecision> => {
    const [request] = await tx.select().from(poolRequests).where(eq(poolRequests.id, requestId)).for('update');
    if (!request) return { outcome: 'unknown' };
    if (request.status !== 'pending') return { outcome: 'decided' };
    const decided = { decidedAt: new Date(), decidedById: staffId, reason: null };
    if (decision === 'decline') {
      await tx
        .update(poolRequests)
        .set({ ...decided, status: 'declined' })
        .where(eq(poolRequests.id, requestId));
      await enqueueJob({ db: tx, ...declinedJob(requestId), runAt: new Date() });
      return { outcome: 'declined', requestId, email: request.email };
    }
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('membership-pool'))`);
    const { balance } = await getPoolFigures(tx);
    if (balance < gift.amount) return { outcome: 'short', balance, cost: gift.amount };
    const [written] = await tx
      .insert(giftMemberships)
      .values({
        source: 'pool',
        codeHash: gift.codeHash,
        tier: gift.tier,
        months: gift.months,
        amount: gift.amount,
        recipientEmail: request.email,
        deliverAt: new Date(),
        // The reader asked in this edition: the gift's mail reaches them in its language.
        locale: request.locale,
      })
      .returning({ id: giftMemberships.id });
    await tx
      .update(poolRequests)
      .set({ ...decided, status: 'approved', giftId: written!.id })
      .where(eq(poolRequests.id, requestId));
    await enqueueJob({ db: tx, ...mailJob(written!.id, 'delivery'), runAt: new Date() });
    return { outcome: 'approved', giftId: written!.id, requestId };
  });
  if (result.outcome === 'approved' || result.outcome === 'declined') await refreshJobClock();
  return result;
}

export async function getPoolRequest({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db.select().from(poolRequests).where(eq(poolRequests.id, id));
  return row ?? null;
}

/**
 * Gift memberships bought, for the dashboard's one-off block: this calendar month (newsroom time)
 * and the last 30 days, with how many of them have been redeemed. Gifts from the pool are not
 * sales: the pool's money was counted when it was given.
 */
export async function getGiftMembershipSales({ now = new Date(), timeZone }: { now?: Date; timeZone: string }) {
  const db = await getDb();
  const monthStart = sql`(date_trunc('month', ${now.toISOString()}::timestamptz at time zone ${timeZone}) at time zone ${timeZone})`;
  const until = sql`${giftMemberships.createdAt} <= ${now.toISOString()}::timestamptz`;
  const inMonth = sql`${giftMemberships.createdAt} >= ${monthStart} and ${until}`;
  const in30 = sql`${giftMemberships.createdAt} > ${new Date(now.getTime() - 30 * 86_400_000).toISOString()}::timestamptz and ${until}`;
  const [row] = await db
    .select({
      monthCents: sql<string>`coalesce(sum(${giftMemberships.amount}) filter (where ${inMonth}), 0)`,
      monthGifts: sql<number>`(count(*) filter (where ${inMonth}))::int`,
      monthRedeemed: sql<number>`(count(*) filter (where ${inMonth} and ${giftMemberships.redeemedAt} is not null))::int`,
      windowCents: sql<string>`coalesce(sum(${giftMemberships.amount}) filter (where ${in30}), 0)`,
      windowGifts: sql<number>`(count(*) filter (where ${in30}))::int`,
      windowRedeemed: sql<number>`(count(*) filter (where ${in30} and ${giftMemberships.redeemedAt} is not null))::int`,
    })
    .from(giftMemberships)
    .where(eq(giftMemberships.source, 'purchase'));
  return {
    month: { cents: Number(row?.monthCents ?? 0), gifts: row?.monthGifts ?? 0, redeemed: row?.monthRedeemed ?? 0 },
    last30Days: {
      cents: Number(row?.windowCents ?? 0),
      gifts: row?.windowGifts ?? 0,
      redeemed: row?.windowRedeemed ?? 0,
    },
  };
}
