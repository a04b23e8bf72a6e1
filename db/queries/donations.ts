import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { donations } from '@/db/schema';
import type { Locale } from '@/domain/i18n/locales';
import type { DonationPurpose } from '@/domain/membership/giving';
import { enqueueJob, refreshJobClock } from './jobs';
import { accountStillThere, recordEventOnce } from './paid-once';
import type { FollowUpJob } from './memberships';

/** A paid one-off gift as the webhook read it from Stripe: `id` is the Checkout Session's. */
export type DonationCopy = {
  id: string;
  userId: string | null;
  email: string;
  amount: number;
  currency: string;
  purpose: DonationPurpose;
  paymentIntentId: string | null;
  attributionArticle: string | null;
  attributionPlacement: string | null;
  /** The edition it was given from: the receipt goes in its language. */
  locale: Locale;
};

export type DonationEventResult =
  | { outcome: 'duplicate' | 'ignored' }
  | { outcome: 'applied'; donationId: string; recorded: boolean; userId: string | null };

/**
 * Records a Stripe event and the gift it reports in one transaction, like applyStripeEvent: a
 * replayed event finds its id and changes nothing, and a second event about the same Checkout
 * Session finds the donation (its id is the session's) and adds nothing. The receipt job is
 * queued only by the transaction that wrote the donation, so one gift is mailed once. `read`
 * asks Stripe for the session inside the transaction; null means it is not a paid gift (yet).
 */
export async function recordDonationEvent({
  eventId,
  type,
  read,
  receipt,
}: {
  eventId: string;
  type: string;
  read: () => Promise<DonationCopy | null>;
  receipt: (donationId: string) => FollowUpJob;
}): Promise<DonationEventResult> {
  const db = await getDb();
  const result = await db.transaction(async (tx): Promise<DonationEventResult> => {
    if (!(await recordEventOnce(tx, { eventId, type }))) return { outcome: 'duplicate' };
    const copy = await read();
    if (!copy) return { outcome: 'ignored' };
    // An account deleted since it gave keeps no link to the gift; the foreign key would refuse it.
    const userId = await accountStillThere(tx, copy.userId);
    const [written] = await tx
      .insert(donations)
      .values({ ...copy, userId })
      .onConflictDoNothing()
      .returning({ id: donations.id });
    if (written) {
      const job = receipt(written.id);
      await enqueueJob({ db: tx, ...job, runAt: new Date() });
    }
    return { outcome: 'applied', donationId: copy.id, recorded: Boolean(written), userId };
  });
  if (result.outcome === 'applied' && result.recorded) await refreshJobClock();
  return result;
}

export async function getDonation({ id }: { id: string }): Promise<typeof donations.$inferSelect | null> {
  const db = await getDb();
  const [row] = await db.select().from(donations).where(eq(donations.id, id));
  return row ?? null;
}

/** A reader's own one-off gifts, newest first, for their account page. */
export async function listDonationsOfUser({ userId }: { userId: string }) {
  const db = await getDb();
  return db
    .select({
      id: donations.id,
      amount: donations.amount,
      currency: donations.currency,
      purpose: donations.purpose,
      createdAt: donations.createdAt,
    })
    .from(donations)
    .where(eq(donations.userId, userId))
    .orderBy(desc(donations.createdAt))
    .limit(50);
}

export type OneOffGiving = {
  currency: string;
  /** Since the first day of this month on the newsroom's clock. */
  month: { cents: number; gifts: number; donors: number; poolCents: number };
  last30Days: { cents: number; gifts: number; donors: number; poolCents: number };
};

/**
 * One-off gifts for the dashboard, apart from MRR: this calendar month (in the newsroom's time
 * zone) and the last 30 days, each with its distinct givers (by account, else by address) and
 * the share given to the pool. One row per currency.
 */
export async function getOneOffGiving({
  now = new Date(),
  timeZone,
}: {
  now?: Date;
  timeZone: string;
}): Promise<OneOffGiving[]> {
  const db = await getDb();
  const monthStart = sql`(date_trunc('month', ${now.toISOString()}::timestamptz at time zone ${timeZone}) at time zone ${timeZone})`;
  const from30 = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  const inMonth = sql`${donations.createdAt} >= ${monthStart} and ${donations.createdAt} <= ${now.toISOString()}::timestamptz`;
  const in30 = sql`${donations.createdAt} > ${from30}::timestamptz and ${donations.createdAt} <= ${now.toISOString()}::timestamptz`;
  const donor = sql`coalesce(${donations.userId}, lower(${donations.email}))`;
  const rows = await db
    .select({
      currency: donations.currency,
      monthCents: sql<string>`coalesce(sum(${donations.amount}) filter (where ${inMonth}), 0)`,
      monthGifts: sql<number>`(count(*) filter (where ${inMonth}))::int`,
      monthDonors: sql<number>`(count(distinct ${donor}) filter (where ${inMonth}))::int`,
      monthPool: sql<string>`coalesce(sum(${donations.amount}) filter (where ${inMonth} and ${donations.purpose} = 'pool'), 0)`,
      windowCents: sql<string>`coalesce(sum(${donations.amount}) filter (where ${in30}), 0)`,
      windowGifts: sql<number>`(count(*) filter (where ${in30}))::int`,
      windowDonors: sql<number>`(count(distinct ${donor}) filter (where ${in30}))::int`,
      windowPool: sql<string>`coalesce(sum(${donations.amount}) filter (where ${in30} and ${donations.purpose} = 'pool'), 0)`,
    })
    .from(donations)
    .where(sql`${donations.createdAt} >= least(${monthStart}, ${from30}::timestamptz)`)
    .groupBy(donations.currency)
    .orderBy(donations.currency);
  return rows.map((row) => ({
    currency: row.currency,
    month: {
      cents: Number(row.monthCents),
      gifts: row.monthGifts,
      donors: row.monthDonors,
      poolCents: Number(row.monthPool),
    },
    last30Days: {
      cents: Number(row.windowCents),
      gifts: row.windowGifts,
      donors: row.windowDonors,
      poolCents: Number(row.windowPool),
    },
  }));
}
