import { describe, expect, it } from 'vitest';
import { anonymousViewer } from '@/domain/auth/viewer';
import {
  canListenToRecording,
  canReadFullText,
  entitlementFor,
  entitlementOf,
  GRACE_DAYS,
  type MembershipSnapshot,
} from './entitlement';

const now = new Date('2026-11-27T12:00:00Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
const membership = (
  status: MembershipSnapshot['status'],
  pastDueSince: Date | null = null,
  pausedUntil: Date | null = null,
): MembershipSnapshot => ({ status, pastDueSince, pausedUntil });

describe('entitlementFor', () => {
  it('makes active and trialing subscriptions members', () => {
    expect(entitlementFor({ membership: membership('active'), complimentaryUntil: null }, now)).toEqual({
      isMember: true,
      reason: 'active',
    });
    expect(entitlementFor({ membership: membership('trialing'), complimentaryUntil: null }, now)).toEqual({
      isMember: true,
      reason: 'trialing',
    });
  });

  it(`keeps a past_due member for ${GRACE_DAYS} days from the failed payment, then not`, () => {
    const inGrace = entitlementFor({ membership: membership('past_due', daysAgo(6)), complimentaryUntil: null }, now);
    expect(inGrace.isMember).toBe(true);
    expect(inGrace.reason).toBe('grace');
    expect(entitlementFor({ membership: membership('past_due', daysAgo(8)), complimentaryUntil: null }, now)).toEqual({
      isMember: false,
      reason: 'lapsed',
    });
  });

  it('makes a paused member (still active at Stripe) not a member until the pause ends, unless a grant runs', () => {
    const resumesAt = new Date(now.getTime() + 30 * 86_400_000);
    expect(
      entitlementFor({ membership: membership('active', null, resumesAt), complimentaryUntil: null }, now),
    ).toEqual({ isMember: false, reason: 'paused', resumesAt });
    expect(
      entitlementFor({ membership: membership('active', null, resumesAt), complimentaryUntil: resumesAt }, now),
    ).toEqual({ isMember: true, reason: 'complimentary' });
    // Once the date has passed, billing has resumed: a member again.
    expect(
      entitlementFor({ membership: membership('active', null, daysAgo(1)), complimentaryUntil: null }, now),
    ).toEqual({ isMember: true, reason: 'active' });
  });

  it('treats a past_due copy that does not say since when as expired, not as grace for ever', () => {
    expect(entitlementFor({ membership: membership('past_due', null), complimentaryUntil: null }, now)).toEqual({
      isMember: false,
      reason: 'lapsed',
    });
  });

  it('refuses canceled, unpaid, incomplete, incomplete_expired and paused', () => {
    for (const status of ['canceled', 'unpaid', 'incomplete', 'incomplete_expired', 'paused'] as const) {
      expect(entitlementFor({ membership: membership(status), complimentaryUntil: null }, now).isMember, status).toBe(
        false,
      );
    }
  });

  it('honours a complimentary grant until its end date, whatever the subscription says', () => {
    expect(entitlementFor({ membership: null, complimentaryUntil: daysAgo(-3) }, now)).toEqual({
      isMember: true,
      reason: 'complimentary',
    });
    expect(entitlementFor({ membership: membership('canceled'), complimentaryUntil: daysAgo(-3) }, now).isMember).toBe(
      true,
    );
    expect(entitlementFor({ membership: null, complimentaryUntil: daysAgo(1) }, now)).toEqual({
      isMember: false,
      reason: 'no-membership',
    });
  });

  it('never makes an anonymous visitor a member, and lets anyone read public stories', () => {
    expect(entitlementOf(anonymousViewer).isMember).toBe(false);
    expect(canReadFullText({ access: 'public' }, anonymousViewer)).toBe(true);
    expect(canReadFullText({ access: 'members' }, anonymousViewer)).toBe(false);
  });
});

describe('canListenToRecording', () => {
  const reader = (role: 'reader' | 'contributor', status: MembershipSnapshot['status'] | null) => ({
    kind: 'signed-in' as const,
    userId: 'u1',
    email: 'r@example.test',
    name: null,
    role,
    membership: status ? membership(status) : null,
    complimentaryUntil: null,
    asOf: now,
  });

  it('lets members and staff play a story’s recording, and nobody else, whatever the story’s access', () => {
    expect(canListenToRecording(reader('reader', 'active'), now)).toBe(true);
    expect(canListenToRecording(reader('contributor', null), now)).toBe(true);
    expect(canListenToRecording(reader('reader', null), now)).toBe(false);
    expect(canListenToRecording(reader('reader', 'canceled'), now)).toBe(false);
    expect(canListenToRecording(anonymousViewer, now)).toBe(false);
  });
});
