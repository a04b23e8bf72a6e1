import 'server-only';
import { and, desc, eq, gt, isNotNull, lte, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, complimentaryGrants, membershipChanges, memberships, users, webhookFailures } from '@/db/schema';
import type { CancellationReason } from '@/domain/membership/giving';
import { membershipTrend, weeklyPoints, type HistoryMembership } from '@/domain/membership/history';
import { at, memberCtes, paidMemberSql } from './members-now';
import { runningStatusList } from './memberships';

/** The dashboard's money figures. "Members" means what domain/membership/entitlement.ts means. */

export const WINDOW_DAYS = 30;

const windowStart = (now: Date) => new Date(now.getTime() - WINDOW_DAYS * 86_400_000);

/** A subscription that was ever paid for: its history says so, or (before history) its status. */
const everPaid = sql<boolean>`(exists (select 1 from ${membershipChanges} c where c.membership_id = ${memberships.id} and c.status in (${runningStatusList}))
  or (not exists (select 1 from ${membershipChanges} c where c.membership_id = ${memberships.id}) and ${memberships.status} not in ('incomplete', 'incomplete_expired')))`;

/** Started in the window: the subscription row was created then, and it was paid for. */
const startedBetween = (from: Date, to: Date) =>
  and(gt(memberships.createdAt, from), lte(memberships.createdAt, to), everPaid);

const endedAt = sql`coalesce(${memberships.endedAt}, case when ${memberships.status} = 'canceled' then ${memberships.updatedAt} end)`;

export async function getMemberNumbers({ now = new Date() }: { now?: Date } = {}) {
  const db = await getDb();
  const ctes = memberCtes(db, now);
  const from = windowStart(now);
  const paid = paidMemberSql(memberships, now);
  const [byTier, [people], mrr, [flow]] = await Promise.all([
    db
      .with(ctes.current, ctes.grants)
      .select({
        tier: sql<string | null>`case when coalesce(${ctes.paidMember}, false) then ${ctes.current.tier} end`,
        n: sql<number>`count(*)::int`,
      })
      .from(users)
      .leftJoin(ctes.current, eq(ctes.current.userId, users.id))
      .leftJoin(ctes.grants, eq(ctes.grants.userId, users.id))
      .where(ctes.memberNow)
      .groupBy(sql`1`)
      .orderBy(sql`2 desc`, sql`1`),
    db
      .with(ctes.current, ctes.grants)
      .select({
        complimentaryOnly: sql<number>`(count(*) filter (where ${ctes.memberNow} and not coalesce(${ctes.paidMember}, false)))::int`,
        pastDue: sql<number>`(count(*) filter (where ${ctes.current.status} = 'past_due'))::int`,
      })
      .from(users)
      .leftJoin(ctes.current, eq(ctes.current.userId, users.id))
      .leftJoin(ctes.grants, eq(ctes.grants.userId, users.id))
      .where(or(isNotNull(ctes.current.id), isNotNull(ctes.grants.userId))),
    db
      .select({
        currency: memberships.currency,
        cents: sql<string>`sum(case when ${memberships.interval} = 'year' then ${memberships.amount} / 12.0 else ${memberships.amount} end)`,
        subscriptions: sql<number>`count(*)::int`,
      })
      .from(memberships)
      .where(paid)
      .groupBy(memberships.currency)
      .orderBy(desc(sql`2`)),
    db
      .select({
        started: sql<number>`(count(*) filter (where ${startedBetween(from, now)}))::int`,
        ended: sql<number>`(count(*) filter (where ${endedAt} > ${at(from)} and ${endedAt} <= ${at(now)}))::int`,
        ending: sql<number>`(count(*) filter (where ${paid} and ${memberships.cancelAtPeriodEnd}))::int`,
      })
      .from(memberships),
  ]);
  const tiers = byTier.map((t) => ({ tier: t.tier, members: t.n }));
  return {
    membersNow: tiers.reduce((sum, t) => sum + t.members, 0),
    complimentaryOnly: people?.complimentaryOnly ?? 0,
    byTier: tiers,
    pastDue: people?.pastDue ?? 0,
    mrr: mrr.map((m) => ({ currency: m.currency, cents: Math.round(Number(m.cents)), subscriptions: m.subscriptions })),
    startedInWindow: flow?.started ?? 0,
    endedInWindow: flow?.ended ?? 0,
    settingToEnd: flow?.ending ?? 0,
  };
}

export type MemberNumbers = Awaited<ReturnType<typeof getMemberNumbers>>;

/** Which stories and which appeals brought the members who joined in the window. */
export async function getAttribution({ now = new Date(), limit = 5 }: { now?: Date; limit?: number } = {}) {
  const db = await getDb();
  const started = startedBetween(windowStart(now), now);
  const [stories, placements] = await Promise.all([
    db
      .select({
        slug: sql<string>`${memberships.attributionArticle}`,
        id: articles.id,
        headline: articles.headline,
        members: sql<number>`count(*)::int`,
      })
      .from(memberships)
      .leftJoin(articles, eq(articles.slug, memberships.attributionArticle))
      .where(and(started, isNotNull(memberships.attributionArticle)))
      .groupBy(memberships.attributionArticle, articles.id, articles.headline)
      .orderBy(desc(sql`count(*)`), memberships.attributionArticle)
      .limit(limit),
    db
      .select({ placement: memberships.attributionPlacement, members: sql<number>`count(*)::int` })
      .from(memberships)
      .where(started)
      .groupBy(memberships.attributionPlacement)
      .orderBy(desc(sql`count(*)`), memberships.attributionPlacement),
  ]);
  return { stories, placements };
}

export async function listRecentWebhookFailures({ limit = 10, now = new Date() }: { limit?: number; now?: Date } = {}) {
  const db = await getDb();
  const [rows, [count]] = await Promise.all([
    db.select().from(webhookFailures).orderBy(desc(webhookFailures.createdAt), desc(webhookFailures.id)).limit(limit),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(webhookFailures)
      .where(gt(webhookFailures.createdAt, windowStart(now))),
  ]);
  return { rows, inWindow: count?.n ?? 0 };
}

/**
 * Members and MRR at the end of each of the last 12 weeks and now. Reads every subscription that
 * was live at some point in the period with its history; a newsroom's few thousand members keep
 * this small.
 */
export async function getMembershipTrend({ now = new Date() }: { now?: Date } = {}) {
  const db = await getDb();
  const points = weeklyPoints(now);
  const start = points[0] as Date;
  const [rows, changes, grants] = await Promise.all([
    db
      .select()
      .from(memberships)
      .where(
        and(lte(memberships.createdAt, now), or(sql`${memberships.endedAt} is null`, gt(memberships.endedAt, start))),
      ),
    db
      .select({
        membershipId: membershipChanges.membershipId,
        at: membershipChanges.createdAt,
        status: membershipChanges.status,
        amount: membershipChanges.amount,
        interval: membershipChanges.interval,
        pausedUntil: membershipChanges.pausedUntil,
      })
      .from(membershipChanges)
      .innerJoin(memberships, eq(memberships.id, membershipChanges.membershipId))
      .where(or(sql`${memberships.endedAt} is null`, gt(memberships.endedAt, start))),
    db
      .select({
        userId: complimentaryGrants.userId,
        createdAt: complimentaryGrants.createdAt,
        endsAt: complimentaryGrants.endsAt,
      })
      .from(complimentaryGrants)
      .where(and(lte(complimentaryGrants.createdAt, now), gt(complimentaryGrants.endsAt, start))),
  ]);
  const byMembership = new Map<string, HistoryMembership['changes']>();
  for (const c of changes) {
    const list = byMembership.get(c.membershipId) ?? [];
    list.push({ at: c.at, status: c.status, amount: c.amount, interval: c.interval });
    byMembership.set(c.membershipId, list);
  }
  const history: HistoryMembership[] = rows.map((m) => ({ ...m, changes: byMembership.get(m.id) ?? [] }));
  return membershipTrend({ memberships: history, grants, points });
}

/** Months the dashboard summarises cancellation reasons over, this one included. */
export const REASON_MONTHS = 6;

/**
 * Why members cancelled, per calendar month (UTC) of the last REASON_MONTHS, newest first: each
 * change that set a membership to end, by the reason it carried ('none' when they did not say).
 */
export async function getCancellationReasons({ now = new Date() }: { now?: Date } = {}) {
  const db = await getDb();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (REASON_MONTHS - 1), 1));
  const changes = db.$with('changes').as(
    db
      .select({
        at: membershipChanges.createdAt,
        reason: membershipChanges.cancellationReason,
        cancelling: membershipChanges.cancelAtPeriodEnd,
        wasCancelling: sql<
          boolean | null
        >`lag(${membershipChanges.cancelAtPeriodEnd}) over (partition by ${membershipChanges.membershipId} order by ${membershipChanges.createdAt}, ${membershipChanges.id})`.as(
          'was_cancelling',
        ),
      })
      .from(membershipChanges),
  );
  const rows = await db
    .with(changes)
    .select({
      month: sql<string>`to_char(date_trunc('month', ${changes.at} at time zone 'UTC'), 'YYYY-MM')`,
      reason: changes.reason,
      n: sql<number>`count(*)::int`,
    })
    .from(changes)
    .where(
      and(
        changes.cancelling,
        sql`not coalesce(${changes.wasCancelling}, false)`,
        sql`${changes.at} >= ${at(start)}`,
        lte(changes.at, at(now)),
      ),
    )
    .groupBy(sql`1`, changes.reason);
  const months = Array.from({ length: REASON_MONTHS }, (_, i) => {
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    return month.toISOString().slice(0, 7);
  });
  return months.map((month) => {
    const counts: Partial<Record<CancellationReason | 'none', number>> = {};
    for (const row of rows.filter((r) => r.month === month)) counts[row.reason ?? 'none'] = row.n;
    return { month, counts, total: Object.values(counts).reduce((sum, n) => sum + n, 0) };
  });
}
