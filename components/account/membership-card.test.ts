import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Membership } from '@/db/schema';
import { PAUSED_WITHOUT_END } from '@/domain/membership/leaving';

vi.mock('@/features/checkout/actions', () => ({ openPortalAction: vi.fn() }));
vi.mock('@/features/membership/actions', () => ({
  keepMembershipAction: vi.fn(),
  resumeMembershipAction: vi.fn(),
  pauseMembershipAction: vi.fn(),
}));
vi.mock('@/lib/newsroom', () => ({ getNewsroom: () => ({ timeZone: 'UTC', name: 'Ridgeline' }) }));

const { MembershipCard } = await import('./membership-card');

const now = new Date('2026-12-03T12:00:00Z');
const membership = {
  id: 'sub_1',
  userId: 'u_1',
  stripeCustomerId: 'cus_1',
  status: 'active',
  tier: 'member',
  priceId: 'price_1',
  amount: 1000,
  currency: 'usd',
  interval: 'month',
  currentPeriodEnd: new Date('2026-12-20T00:00:00Z'),
  cancelAtPeriodEnd: false,
  endedAt: null,
  pastDueSince: null,
  attributionArticle: null,
  attributionPlacement: null,
  flaggedDuplicateAt: null,
  pausedUntil: null,
  cancellationReason: null,
  cancellationFeedback: null,
} as unknown as Membership;

const card = (overrides: Partial<Membership>) =>
  renderToStaticMarkup(
    createElement(MembershipCard, {
      membership: { ...membership, ...overrides },
      entitlement: { isMember: false, reason: 'paused', resumesAt: overrides.pausedUntil ?? now },
      now,
    }),
  );

describe('the membership card of a paused member', () => {
  it('says the day billing starts again for a pause with a date', () => {
    const html = card({ pausedUntil: new Date('2027-01-03T00:00:00Z') });
    expect(html).toContain('Paused until 3 January 2027.');
    expect(html).toContain('Resume now');
  });

  it('says it is paused until they resume, not a day in the year 275760, for a pause set in Stripe with no date', () => {
    const html = card({ pausedUntil: PAUSED_WITHOUT_END });
    expect(html).toContain('Paused until you resume it.');
    expect(html).not.toMatch(/275760|September/);
    expect(html).toContain('Resume now');
    const ending = card({ pausedUntil: PAUSED_WITHOUT_END, cancelAtPeriodEnd: true });
    expect(ending).toContain('It is paused, and nothing more will be charged.');
    expect(ending).not.toContain('275760');
  });
});
