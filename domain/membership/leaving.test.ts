import { describe, expect, it } from 'vitest';
import { canPause, cheaperPlans, offersFor, pauseEndsAt, STRIPE_FEEDBACK, type LeavingMembership } from './leaving';
import { CANCELLATION_REASONS } from './giving';

const NOW = new Date('2026-12-03T12:00:00Z');
const member: LeavingMembership = {
  tier: 'member',
  interval: 'month',
  amount: 1000,
  status: 'active',
  cancelAtPeriodEnd: false,
  pausedUntil: null,
};

describe('what the cancel page offers', () => {
  it('offers a member who finds it too expensive the cheaper tier, yearly billing with its saving, and a pause', () => {
    expect(offersFor('too-expensive', member, NOW)).toEqual([
      {
        kind: 'switch',
        plans: [
          { tier: 'supporter', name: 'Supporter', interval: 'month', amount: 500, saving: 0 },
          { tier: 'member', name: 'Member', interval: 'year', amount: 10000, saving: 2000 },
        ],
      },
      { kind: 'pause', months: [1, 2, 3] },
    ]);
  });

  it('offers a patron both cheaper tiers, dearest first', () => {
    const plans = cheaperPlans({ ...member, tier: 'patron', amount: 2500 });
    expect(plans.map((p) => `${p.tier} ${p.interval} ${p.amount}`)).toEqual([
      'member month 1000',
      'supporter month 500',
      'patron year 25000',
    ]);
  });

  it('offers a yearly member the cheaper yearly tier but no pause, and a supporter nothing cheaper than a pause', () => {
    expect(offersFor('too-expensive', { ...member, interval: 'year', amount: 10000 }, NOW)).toEqual([
      { kind: 'switch', plans: [{ tier: 'supporter', name: 'Supporter', interval: 'year', amount: 5000, saving: 0 }] },
    ]);
    expect(offersFor('too-expensive', { ...member, tier: 'supporter', amount: 500 }, NOW)).toEqual([
      {
        kind: 'switch',
        plans: [{ tier: 'supporter', name: 'Supporter', interval: 'year', amount: 5000, saving: 1000 }],
      },
      { kind: 'pause', months: [1, 2, 3] },
    ]);
  });

  it('offers no yearly plan to a chosen amount, only the tiers below it', () => {
    expect(cheaperPlans({ ...member, tier: 'custom', amount: 700 })).toEqual([
      { tier: 'supporter', name: 'Supporter', interval: 'month', amount: 500, saving: 0 },
    ]);
  });

  it('offers a pause for not reading, a card or a pause for payment problems, and nothing for disagreement', () => {
    expect(offersFor('not-reading', member, NOW)).toEqual([{ kind: 'pause', months: [1, 2, 3] }]);
    expect(offersFor('payment', member, NOW)).toEqual([{ kind: 'card' }, { kind: 'pause', months: [1, 2, 3] }]);
    expect(offersFor('disagree', member, NOW)).toEqual([]);
    expect(offersFor('other', member, NOW)).toEqual([]);
  });

  it('does not offer a pause to a yearly, past-due, ending or already paused membership', () => {
    expect(canPause(member, NOW)).toBe(true);
    expect(canPause({ ...member, interval: 'year' }, NOW)).toBe(false);
    expect(canPause({ ...member, status: 'past_due' }, NOW)).toBe(false);
    expect(canPause({ ...member, cancelAtPeriodEnd: true }, NOW)).toBe(false);
    expect(canPause({ ...member, pausedUntil: new Date('2027-01-03T00:00:00Z') }, NOW)).toBe(false);
    expect(canPause({ ...member, pausedUntil: new Date('2026-11-03T00:00:00Z') }, NOW)).toBe(true);
    expect(offersFor('payment', { ...member, status: 'past_due' }, NOW)).toEqual([{ kind: 'card' }]);
  });

  it('tells Stripe one of its own feedback values for every answer', () => {
    const stripeValues = ['too_expensive', 'missing_features', 'switched_service', 'unused', 'customer_service'];
    for (const reason of CANCELLATION_REASONS)
      expect([...stripeValues, 'too_complex', 'low_quality', 'other']).toContain(STRIPE_FEEDBACK[reason]);
    expect(STRIPE_FEEDBACK['not-reading']).toBe('unused');
  });
});

describe('when a pause ends', () => {
  it('ends at the last second of the same day N months on, on the newsroom’s clock', () => {
    expect(pauseEndsAt(NOW, 1, 'Asia/Tbilisi').toISOString()).toBe('2027-01-03T19:59:59.000Z');
    expect(pauseEndsAt(NOW, 3, 'Asia/Tbilisi').toISOString()).toBe('2027-03-03T19:59:59.000Z');
  });

  it('takes the day as the newsroom sees it, and the last day of a shorter month', () => {
    // 22:30 UTC on 30 November is already 1 December in Tbilisi.
    expect(pauseEndsAt(new Date('2026-11-30T22:30:00Z'), 1, 'Asia/Tbilisi').toISOString()).toBe(
      '2027-01-01T19:59:59.000Z',
    );
    expect(pauseEndsAt(new Date('2027-01-31T08:00:00Z'), 1, 'Asia/Tbilisi').toISOString()).toBe(
      '2027-02-28T19:59:59.000Z',
    );
  });
});
