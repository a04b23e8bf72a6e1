import 'server-only';
import { desc, isNotNull, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Database } from '@/db';
import { complimentaryGrants, memberships } from '@/db/schema';
import { GRACE_DAYS, PAID_STATUSES } from '@/domain/membership/entitlement';
import { runningStatusList, statusListSql } from './memberships';

/**
 * "Member now", in SQL: domain/membership/entitlement.ts decides it for one reader, and the
 * expressions here say the same for a whole table so that lists, counts and the public member
 * count are filtered in the database. db/queries/admin-members.test.ts checks that both agree
 * row for row; nothing else in db/ writes a status rule of its own.
 */

const paidStatusList = statusListSql(PAID_STATUSES);

export const at = (now: Date) => sql`${now.toISOString()}::timestamptz`;

type Column = SQL.Aliased | AnyColumn | SQL;

/**
 * The subscription part of entitlementFor() (domain/membership/entitlement.ts), in SQL: not
 * paused, and active, trialing, or past due for less than GRACE_DAYS. Keep it in step with that
 * function.
 */
export function paidMemberSql(
  { status, pastDueSince, pausedUntil }: { status: Column; pastDueSince: Column; pausedUntil: Column },
  now: Date,
) {
  return sql<boolean>`((${pausedUntil} is null or ${pausedUntil} <= ${at(now)}) and (${status} in (${paidStatusList}) or (${status} = 'past_due' and ${pastDueSince} is not null and ${pastDueSince} > ${at(now)} - make_interval(days => ${GRACE_DAYS}::int))))`;
}

/**
 * Each reader's current subscription, chosen as getCurrentMembership() chooses it (a live one
 * first, then the most recently updated), and a summary of their complimentary grants.
 */
export function memberCtes(db: Database, now: Date) {
  const current = db.$with('current_membership').as(
    db
      .selectDistinctOn([memberships.userId], {
        userId: sql<string>`${memberships.userId}`.as('member_user_id'),
        id: memberships.id,
        status: memberships.status,
        tier: memberships.tier,
        amount: memberships.amount,
        currency: memberships.currency,
        interval: memberships.interval,
        currentPeriodEnd: memberships.currentPeriodEnd,
        cancelAtPeriodEnd: memberships.cancelAtPeriodEnd,
        endedAt: memberships.endedAt,
        pastDueSince: memberships.pastDueSince,
        pausedUntil: memberships.pausedUntil,
        createdAt: memberships.createdAt,
      })
      .from(memberships)
      .where(isNotNull(memberships.userId))
      .orderBy(
        memberships.userId,
        sql`case when ${memberships.status} in (${runningStatusList}) then 0 else 1 end`,
        desc(memberships.updatedAt),
        memberships.id,
      ),
  );
  const grants = db.$with('grant_summary').as(
    db
      .select({
        userId: sql<string>`${complimentaryGrants.userId}`.as('grant_user_id'),
        runningUntil:
          sql<Date | null>`max(${complimentaryGrants.endsAt}) filter (where ${complimentaryGrants.endsAt} > ${at(now)})`.as(
            'running_until',
          ),
        firstGrantedAt: sql<Date>`min(${complimentaryGrants.createdAt})`.as('first_granted_at'),
      })
      .from(complimentaryGrants)
      .groupBy(complimentaryGrants.userId),
  );
  const paidMember = paidMemberSql(current, now);
  /** entitlementFor(...).isMember, in SQL: keep it in step with domain/membership/entitlement.ts. */
  const memberNow = sql<boolean>`(coalesce(${paidMember}, false) or ${grants.runningUntil} is not null)`;
  return { current, grants, paidMember, memberNow };
}
