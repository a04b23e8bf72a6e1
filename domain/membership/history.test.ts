import { describe, expect, it } from 'vitest';
import { GRACE_DAYS } from '@/domain/membership/entitlement';
import { membershipTrend, snapshotAt, timelineOf, weeklyPoints, type HistoryMembership } from './history';

const now = new Date('2026-11-27T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

function membership(over: Partial<HistoryMembership>): HistoryMembership {
  return {
    id: 'sub_1',
    userId: 'u1',
    currency: 'usd',
    createdAt: daysAgo(60),
    updatedAt: daysAgo(60),
    status: 'active',
    amount: 1000,
    interval: 'month',
    pastDueSince: null,
    pausedUntil: null,
    endedAt: null,
    changes: [],
    ...over,
  };
}

describe('membership history', () => {
  it('places thirteen weekly points, the last one now', () => {
    const points = weeklyPoints(now);
    expect(points).toHaveLength(13);
    expect(points.at(-1)).toEqual(now);
    expect(points[0]).toEqual(daysAgo(84));
  });

  it('keeps a past-due member for the grace period from the first failure, then not', () => {
    const m = membership({
      changes: [
        { at: daysAgo(40), status: 'active', amount: 1000, interval: 'month' },
        { at: daysAgo(20), status: 'past_due', amount: 1000, interval: 'month' },
        // A change during the same run of failures does not restart the grace period.
        { at: daysAgo(18), status: 'past_due', amount: 500, interval: 'month' },
        { at: daysAgo(5), status: 'canceled', amount: 500, interval: 'month' },
      ],
    });
    const timeline = timelineOf(m);
    expect(snapshotAt(timeline, daysAgo(15))?.pastDueSince).toEqual(daysAgo(20));
    const [inGrace, lapsed, gone] = membershipTrend({
      memberships: [m],
      grants: [],
      points: [daysAgo(20 - GRACE_DAYS + 1), daysAgo(12), now],
    });
    expect(inGrace).toMatchObject({ members: 1, mrr: { usd: 500 } });
    expect(lapsed).toMatchObject({ members: 0, mrr: {} });
    expect(gone?.members).toBe(0);
  });

  it('counts nobody before the subscription existed, and yearly plans at a twelfth', () => {
    const m = membership({ changes: [{ at: daysAgo(10), status: 'active', amount: 5000, interval: 'year' }] });
    const [before, after] = membershipTrend({ memberships: [m], grants: [], points: [daysAgo(11), now] });
    expect(before).toMatchObject({ members: 0, mrr: {} });
    expect(after).toMatchObject({ members: 1, mrr: { usd: Math.round(5000 / 12) } });
  });

  it('counts a complimentary grant while it runs, once per reader, and no revenue for it', () => {
    const m = membership({ status: 'canceled', endedAt: daysAgo(30), updatedAt: daysAgo(30) });
    const grants = [
      { userId: 'u1', createdAt: daysAgo(20), endsAt: daysAgo(-10) },
      { userId: 'u2', createdAt: daysAgo(20), endsAt: daysAgo(3) },
    ];
    const [early, middle, today] = membershipTrend({
      memberships: [m],
      grants,
      points: [daysAgo(40), daysAgo(10), now],
    });
    expect(early).toMatchObject({ members: 1, mrr: { usd: 1000 } });
    expect(middle).toMatchObject({ members: 2, mrr: {} });
    expect(today).toMatchObject({ members: 1, mrr: {} });
  });

  it('rebuilds an older subscription without history from its dates', () => {
    const m = membership({ status: 'past_due', pastDueSince: daysAgo(10), updatedAt: daysAgo(10) });
    expect(timelineOf(m).map((e) => e.status)).toEqual(['active', 'past_due']);
    const [paying, lapsed] = membershipTrend({ memberships: [m], grants: [], points: [daysAgo(11), now] });
    expect(paying?.members).toBe(1);
    expect(lapsed?.members).toBe(0);
  });
});
