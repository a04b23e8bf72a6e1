import { describe, expect, it } from 'vitest';
import {
  addMonths,
  deliveryInstant,
  giftPrice,
  giftRunsUntil,
  giftState,
  parseGiftOrder,
  reminderAt,
} from './gift-membership';
import { tierByKey } from './tiers';

const TODAY = '2026-12-03';

describe('gift memberships', () => {
  it('costs the monthly price for three and six months and the yearly one for twelve', () => {
    const member = tierByKey('member')!;
    expect([3, 6, 12].map((m) => giftPrice(member, m as 3 | 6 | 12))).toEqual([3000, 6000, 10000]);
  });

  it('adds calendar months, keeping the day or the month’s last', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1).toISOString()).toBe('2026-02-28T10:00:00.000Z');
    expect(addMonths(new Date('2026-12-03T08:00:00Z'), 6).toISOString()).toBe('2027-06-03T08:00:00.000Z');
    expect(addMonths(new Date('2027-11-30T00:00:00Z'), 3).toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it('runs a second gift after the first instead of alongside it', () => {
    const now = new Date('2026-12-03T00:00:00Z');
    const current = new Date('2027-03-03T00:00:00Z');
    expect(giftRunsUntil({ months: 3, now, currentGrantEnd: current }).toISOString()).toBe('2027-06-03T00:00:00.000Z');
    expect(giftRunsUntil({ months: 3, now, currentGrantEnd: new Date('2026-01-01') }).toISOString()).toBe(
      '2027-03-03T00:00:00.000Z',
    );
    expect(reminderAt(current).toISOString()).toBe('2027-02-21T00:00:00.000Z');
  });

  it('reads an order to email on a day, or a link to share', () => {
    expect(
      parseGiftOrder(
        {
          tier: 'patron',
          months: '12',
          delivery: 'email',
          recipient: ' Ana@Example.org ',
          deliverOn: '2026-12-24',
          message: ' Merry ',
        },
        TODAY,
      ),
    ).toEqual({
      ok: true,
      order: {
        tier: 'patron',
        months: 12,
        amount: 25000,
        delivery: 'email',
        recipientEmail: 'ana@example.org',
        message: 'Merry',
        deliverOn: '2026-12-24',
      },
    });
    expect(
      parseGiftOrder({ tier: 'member', months: '3', delivery: 'link', recipient: 'ignored' }, TODAY),
    ).toMatchObject({
      ok: true,
      order: { recipientEmail: null, deliverOn: null, amount: 3000 },
    });
    expect(
      parseGiftOrder({ tier: 'member', months: '6', delivery: 'email', recipient: 'a@b.org', deliverOn: '' }, TODAY),
    ).toMatchObject({
      order: { deliverOn: TODAY },
    });
  });

  it('refuses every wrong field at once, with the form as typed', () => {
    const refused = parseGiftOrder(
      {
        tier: 'gold',
        months: '5',
        delivery: 'email',
        recipient: 'not an address',
        deliverOn: '2026-12-01',
        message: 'x'.repeat(501),
      },
      TODAY,
    );
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(Object.keys(refused.errors).sort()).toEqual(['deliverOn', 'message', 'months', 'recipient', 'tier']);
    expect(refused.errors.deliverOn).toMatch(/passed/);
    expect(refused.form.recipient).toBe('not an address');
    expect(
      parseGiftOrder(
        { tier: 'member', months: '6', delivery: 'email', recipient: 'a@b.org', deliverOn: '2026-02-30' },
        TODAY,
      ),
    ).toMatchObject({
      ok: false,
      errors: { deliverOn: expect.stringMatching(/choose a day/) },
    });
    expect(
      parseGiftOrder(
        { tier: 'member', months: '6', delivery: 'email', recipient: 'a@b.org', deliverOn: '2028-01-01' },
        TODAY,
      ),
    ).toMatchObject({
      ok: false,
      errors: { deliverOn: expect.stringMatching(/year ahead/) },
    });
    expect(parseGiftOrder({ tier: 'member', months: '6', delivery: 'email', recipient: '' }, TODAY)).toMatchObject({
      ok: false,
      errors: { recipient: expect.stringMatching(/share the link yourself/) },
    });
  });

  it('sends today’s gift at once and a dated one early on its day in the newsroom’s time zone', () => {
    const now = new Date('2026-12-03T15:00:00Z');
    expect(deliveryInstant(TODAY, TODAY, 'Asia/Tbilisi', now)).toBe(now);
    expect(deliveryInstant('2026-12-24', TODAY, 'Asia/Tbilisi', now).toISOString()).toBe('2026-12-24T04:00:00.000Z');
  });

  it('tells its buyer where a gift is, and after a year that nobody redeemed it', () => {
    const createdAt = new Date('2026-01-01T00:00:00Z');
    const base = { deliverAt: null, deliveredAt: null, redeemedAt: null, givenToPoolAt: null, createdAt };
    const soon = new Date('2026-02-01T00:00:00Z');
    expect(giftState(base, soon)).toEqual({ kind: 'link' });
    expect(giftState({ ...base, deliverAt: soon }, createdAt)).toEqual({ kind: 'scheduled', on: soon });
    expect(giftState({ ...base, deliverAt: soon, deliveredAt: soon }, soon)).toEqual({ kind: 'delivered', on: soon });
    expect(giftState(base, new Date('2027-01-02T00:00:00Z'))).toEqual({ kind: 'unredeemed', since: createdAt });
    expect(giftState({ ...base, redeemedAt: soon }, new Date('2028-01-01'))).toEqual({ kind: 'redeemed', on: soon });
    expect(giftState({ ...base, givenToPoolAt: soon }, new Date('2028-01-01'))).toEqual({
      kind: 'given-to-pool',
      on: soon,
    });
  });
});
