import 'server-only';
import { and, desc, eq, gt, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import {
  complimentaryGrants,
  membershipChanges,
  memberships,
  stripeEvents,
  users,
  webhookFailures,
  type Membership,
} from '@/db/schema';
import { isRunning, RUNNING_STATUSES, type MembershipStatus } from '@/domain/membership/statuses';
import { enqueueJob, refreshJobClock } from './jobs';

/** A constant list of statuses for SQL: `status in (${statusListSql(...)})`. Constants, so no parameters. */
export const statusListSql = (statuses: readonly MembershipStatus[]) =>
  sql.raw(statuses.map((status) => `'${status}'`).join(', '));

/** RUNNING_STATUSES for SQL: `status in (${runningStatusList})`. */
export const runningStatusList = statusListSql(RUNNING_STATUSES);

/** The reader's most relevant subscription: a live one first, then the most recent. */
export async function getCurrentMembership({ userId }: { userId: string }): Promise<Membership | null> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(
      sql`case when ${memberships.status} in (${runningStatusList}) then 0 else 1 end`,
      desc(memberships.updatedAt),
    )
    .limit(1);
  return row ?? null;
}

/** The end of the reader's running grants at `now` (the membership clock), or null. */
export async function getComplimentaryUntil({ userId, now }: { userId: string; now: Date }): Promise<Date | null> {
  return latestGrantEnd(userId, gt(complimentaryGrants.endsAt, now));
}

/** When the reader's last grant (a gift, a complimentary membership) ran out before `now`, or null. */
export async function getLastEndedGrant({ userId, now }: { userId: string; now: Date }): Promise<Date | null> {
  return latestGrantEnd(userId, lte(complimentaryGrants.endsAt, now));
}

/** The latest end of the reader's grants that `when` keeps (still running, or over). */
async function latestGrantEnd(userId: string, when: SQL): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db
    .select({ endsAt: sql<Date | string | null>`max(${complimentaryGrants.endsAt})` })
    .from(complimentaryGrants)
    .where(and(eq(complimentaryGrants.userId, userId), when));
  return row?.endsAt ? new Date(row.endsAt) : null;
}

export async function getStripeCustomerId({ userId }: { userId: string }) {
  const db = await getDb();
  const [row] = await db.select({ id: users.stripeCustomerId }).from(users).where(eq(users.id, userId));
  return row?.id ?? null;
}

/** Stores the reader's Customer unless another request stored one first; returns the winner. */
export async function claimStripeCustomerId({ userId, customerId }: { userId: string; customerId: string }) {
  const db = await getDb();
  await db
    .update(users)
    .set({ stripeCustomerId: customerId })
    .where(and(eq(users.id, userId), sql`${users.stripeCustomerId} is null`));
  return getStripeCustomerId({ userId });
}

export type MembershipCopy = Omit<Membership, 'createdAt' | 'updatedAt' | 'flaggedDuplicateAt' | 'pastDueSince'>;

/** Work to queue in the same transaction as an applied event (the member's mail). */
export type FollowUpJob = { kind: string; key?: string; payload: Record<string, unknown> };

export type AppliedStripeEvent = {
  outcome: 'applied';
  subscriptionId: string;
  before: Membership['status'] | null;
  after: Membership['status'];
  userId: string | null;
  tier: string;
};

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * The account a subscription belongs to: the one its metadata names, if that account still
 * exists, else the one that owns its Stripe Customer. The row is key-share locked, as the
 * foreign key would lock it: an account being deleted (which cancels its subscriptions, whose
 * events then arrive here) is waited for and then not found, rather than referenced after it
 * is gone.
 */
async function ownerOf(tx: Tx, copy: MembershipCopy): Promise<string | null> {
  if (copy.userId) {
    const [named] = await tx.select({ id: users.id }).from(users).where(eq(users.id, copy.userId)).for('key share');
    if (named) return named.id;
  }
  const [owner] = await tx
    .select({ id: users.id })
    .from(users)
    .where(eq(users.stripeCustomerId, copy.stripeCustomerId))
    .for('key share');
  return owner?.id ?? null;
}

/**
 * Records a Stripe event and applies its effect in one transaction: a replayed event finds its
 * id already there and changes nothing. The subscription is read from Stripe (`read`) only
 * once this transaction holds the subscription's lock, so reads are written in the order they
 * were made: an older read can never commit over a newer one, and the copy is written whole
 * (upsert), so the order in which events arrive does not matter. `followUps` names jobs (mail)
 * to queue in the same transaction, so a recorded event always has them.
 */
export async function applyStripeEvent({
  eventId,
  type,
  subscriptionId,
  read,
  followUps = () => [],
  now = new Date(),
}: {
  eventId: string;
  type: string;
  subscriptionId: string | null;
  read: (subscriptionId: string) => Promise<MembershipCopy>;
  followUps?: (applied: AppliedStripeEvent) => FollowUpJob[];
  /** When the event happened: a subscription first seen past due is in grace from then. */
  now?: Date;
}) {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(stripeEvents)
      .values({ id: eventId, type })
      .onConflictDoNothing()
      .returning({ id: stripeEvents.id });
    if (!fresh) return { outcome: 'duplicate' as const };
    if (!subscriptionId) return { outcome: 'ignored' as const };
    // Serialise all work on one subscription, its read from Stripe included.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${subscriptionId}))`);
    const fromStripe = await read(subscriptionId);
    if (fromStripe.id !== subscriptionId)
      throw new Error(`Stripe answered subscription ${fromStripe.id} for ${subscriptionId}`);
    const copy = { ...fromStripe, userId: await ownerOf(tx, fromStripe) };
    const [before] = await tx
      .select({
        status: memberships.status,
        pastDueSince: memberships.pastDueSince,
        tier: memberships.tier,
        amount: memberships.amount,
        interval: memberships.interval,
        cancelAtPeriodEnd: memberships.cancelAtPeriodEnd,
        pausedUntil: memberships.pausedUntil,
      })
      .from(memberships)
      .where(eq(memberships.id, copy.id));
    const pastDueSince =
      copy.status === 'past_due'
        ? before?.status === 'past_due' && before.pastDueSince
          ? before.pastDueSince
          : now
        : null;
    const [written] = await tx
      .insert(memberships)
      .values({ ...copy, pastDueSince })
      .onConflictDoUpdate({
        target: memberships.id,
        set: {
          userId: sql`coalesce(${memberships.userId}, excluded.user_id)`,
          status: copy.status,
          tier: copy.tier,
          priceId: copy.priceId,
          amount: copy.amount,
          currency: copy.currency,
          interval: copy.interval,
          currentPeriodEnd: copy.currentPeriodEnd,
          cancelAtPeriodEnd: copy.cancelAtPeriodEnd,
          endedAt: copy.endedAt,
          pastDueSince,
          pausedUntil: copy.pausedUntil,
          cancellationReason: copy.cancellationReason,
          cancellationFeedback: copy.cancellationFeedback,
          attributionArticle: sql`coalesce(${memberships.attributionArticle}, excluded.attribution_article)`,
          attributionPlacement: sql`coalesce(${memberships.attributionPlacement}, excluded.attribution_placement)`,
          updatedAt: sql`now()`,
        },
      })
      .returning({ userId: memberships.userId });
    if (changedTerms(before, copy)) {
      // The member's history and the dashboard's chart are built from these rows.
      await tx.insert(membershipChanges).values({
        membershipId: copy.id,
        status: copy.status,
        tier: copy.tier,
        amount: copy.amount,
        interval: copy.interval,
        cancelAtPeriodEnd: copy.cancelAtPeriodEnd,
        pausedUntil: copy.pausedUntil,
        // The reason belongs to the change that cancelled: the dashboard counts them by month.
        cancellationReason: copy.cancelAtPeriodEnd && !before?.cancelAtPeriodEnd ? copy.cancellationReason : null,
      });
    }
    const userId = written?.userId ?? null;
    if (userId && isRunning(copy.status)) {
      // Stripe should never hold two live subscriptions for one reader; if it does, flag both.
      const others = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(
          and(
            eq(memberships.userId, userId),
            ne(memberships.id, copy.id),
            inArray(memberships.status, [...RUNNING_STATUSES]),
          ),
        );
      if (others.length) {
        await tx
          .update(memberships)
          .set({ flaggedDuplicateAt: sql`coalesce(${memberships.flaggedDuplicateAt}, now())` })
          .where(inArray(memberships.id, [copy.id, ...others.map((o) => o.id)]));
      }
    }
    const applied: AppliedStripeEvent = {
      outcome: 'applied',
      subscriptionId,
      before: before?.status ?? null,
      after: copy.status,
      userId,
      tier: copy.tier,
    };
    const jobs = followUps(applied);
    const runAt = new Date();
    for (const job of jobs) await enqueueJob({ db: tx, ...job, runAt });
    return { ...applied, queuedJobs: jobs.length };
  });
  if (result.outcome === 'applied' && result.queuedJobs) await refreshJobClock();
  return result;
}

type Terms = Pick<Membership, 'status' | 'tier' | 'amount' | 'interval' | 'cancelAtPeriodEnd' | 'pausedUntil'>;

/** A new subscription, or a change of what the member has or pays: worth a line in the history. */
function changedTerms(before: Terms | undefined, after: Terms): boolean {
  if (!before) return true;
  return (
    before.status !== after.status ||
    before.tier !== after.tier ||
    before.amount !== after.amount ||
    before.interval !== after.interval ||
    before.cancelAtPeriodEnd !== after.cancelAtPeriodEnd ||
    before.pausedUntil?.getTime() !== after.pausedUntil?.getTime()
  );
}

/** At most this many unsigned deliveries an hour are recorded, so that junk cannot fill the table. */
const UNSIGNED_FAILURES_PER_HOUR = 100;

/**
 * A webhook delivery the app could not handle, for the dashboard. Deliveries without a valid
 * signature (eventId null) are recorded only up to a limit per hour: anyone can send those.
 */
export async function recordWebhookFailure({
  eventId,
  eventType,
  error,
}: {
  eventId: string | null;
  eventType: string | null;
  error: string;
}) {
  const db = await getDb();
  const values = { eventId, eventType, error: error.slice(0, 500) };
  if (eventId !== null) {
    await db.insert(webhookFailures).values(values);
    return;
  }
  await db.execute(sql`
    insert into ${webhookFailures} (event_id, event_type, error)
    select null, ${eventType}, ${values.error}
    where (select count(*) from ${webhookFailures} where event_id is null and created_at > now() - interval '1 hour') < ${UNSIGNED_FAILURES_PER_HOUR}`);
}

export async function listMembershipsOfUser({ userId }: { userId: string }) {
  const db = await getDb();
  return db.select().from(memberships).where(eq(memberships.userId, userId)).orderBy(desc(memberships.createdAt));
}
