import { isRunning, type MembershipStatus } from '@/domain/membership/statuses';
import { entitlementFor, type MembershipSnapshot } from '@/domain/membership/entitlement';
import { monthlyEquivalent } from './member-status';
import type { Interval } from './tiers';

/**
 * Members and monthly recurring revenue at past moments, rebuilt from each subscription's
 * history (membership_changes) and the complimentary grants, and judged at each moment by the
 * same entitlement function that decides today.
 */

export type HistoryEntry = {
  at: Date;
  status: MembershipStatus;
  amount: number;
  interval: Interval;
  /** Set by a change that paused payments: not a member until then. */
  pausedUntil?: Date | null;
};

export type HistoryMembership = {
  id: string;
  userId: string | null;
  currency: string;
  /** The current row, used only for a subscription recorded before its history was kept. */
  createdAt: Date;
  updatedAt: Date;
  status: MembershipStatus;
  amount: number;
  interval: Interval;
  pastDueSince: Date | null;
  pausedUntil: Date | null;
  endedAt: Date | null;
  changes: HistoryEntry[];
};

export type HistoryGrant = { userId: string; createdAt: Date; endsAt: Date };

export type TrendPoint = { at: Date; members: number; mrr: Record<string, number> };

const NEVER_PAID = new Set<MembershipStatus>(['incomplete', 'incomplete_expired']);

/** The recorded history, or for an older subscription without one, its best reconstruction. */
export function timelineOf(m: HistoryMembership): HistoryEntry[] {
  if (m.changes.length) return [...m.changes].sort((a, b) => a.at.getTime() - b.at.getTime());
  const now = { status: m.status, amount: m.amount, interval: m.interval, pausedUntil: m.pausedUntil };
  if (NEVER_PAID.has(m.status) || m.status === 'active' || m.status === 'trialing')
    return [{ at: m.createdAt, ...now }];
  const changedAt = m.pastDueSince ?? m.endedAt ?? m.updatedAt;
  return [
    { at: m.createdAt, ...now, status: 'active' },
    { at: changedAt < m.createdAt ? m.createdAt : changedAt, ...now },
  ];
}

/** The subscription as it stood at `at`, or null if it did not exist yet. */
export function snapshotAt(
  timeline: HistoryEntry[],
  at: Date,
): (MembershipSnapshot & { amount: number; interval: Interval; since: Date }) | null {
  let index = -1;
  for (let i = 0; i < timeline.length; i++) if ((timeline[i] as HistoryEntry).at <= at) index = i;
  if (index < 0) return null;
  const entry = timeline[index] as HistoryEntry;
  let pastDueSince: Date | null = null;
  if (entry.status === 'past_due') {
    let first = index;
    while (first > 0 && (timeline[first - 1] as HistoryEntry).status === 'past_due') first--;
    pastDueSince = (timeline[first] as HistoryEntry).at;
  }
  return {
    status: entry.status,
    pastDueSince,
    pausedUntil: entry.pausedUntil ?? null,
    amount: entry.amount,
    interval: entry.interval,
    since: entry.at,
  };
}

/** `count` points a week apart, the last one at `now`. */
export function weeklyPoints(now: Date, count = 13): Date[] {
  return Array.from({ length: count }, (_, i) => new Date(now.getTime() - (count - 1 - i) * 7 * 86_400_000));
}

export function membershipTrend({
  memberships,
  grants,
  points,
}: {
  memberships: HistoryMembership[];
  grants: HistoryGrant[];
  points: Date[];
}): TrendPoint[] {
  const timelines = memberships.map((m) => ({ m, timeline: timelineOf(m) }));
  const people = new Set<string>([
    ...memberships.flatMap((m) => (m.userId ? [m.userId] : [])),
    ...grants.map((g) => g.userId),
  ]);
  return points.map((at) => {
    const mrr: Record<string, number> = {};
    // Per reader, the subscription the entitlement would look at: a live one first, then the latest.
    const current = new Map<string, MembershipSnapshot & { since: Date }>();
    for (const { m, timeline } of timelines) {
      let snapshot = snapshotAt(timeline, at);
      if (!snapshot) continue;
      // The stored copy is the truth about now: a past_due row that does not say since when is
      // expired for the entitlement, so its latest entry is too, whatever the history implies.
      const latest = timeline[timeline.length - 1];
      if (latest && snapshot.since.getTime() === latest.at.getTime() && m.status === 'past_due' && !m.pastDueSince)
        snapshot = { ...snapshot, pastDueSince: null };
      if (entitlementFor({ membership: snapshot, complimentaryUntil: null }, at).isMember) {
        mrr[m.currency] = (mrr[m.currency] ?? 0) + monthlyEquivalent(snapshot.amount, snapshot.interval);
      }
      if (!m.userId) continue;
      const held = current.get(m.userId);
      const better =
        !held ||
        (isRunning(snapshot.status) && !isRunning(held.status)) ||
        (isRunning(snapshot.status) === isRunning(held.status) && snapshot.since > held.since);
      if (better) current.set(m.userId, snapshot);
    }
    const grantUntil = new Map<string, Date>();
    for (const g of grants) {
      if (g.createdAt > at) continue;
      const held = grantUntil.get(g.userId);
      if (!held || g.endsAt > held) grantUntil.set(g.userId, g.endsAt);
    }
    let members = 0;
    for (const userId of people) {
      const membership = current.get(userId) ?? null;
      if (entitlementFor({ membership, complimentaryUntil: grantUntil.get(userId) ?? null }, at).isMember) members++;
    }
    for (const currency of Object.keys(mrr)) mrr[currency] = Math.round(mrr[currency] as number);
    return { at, members, mrr };
  });
}
