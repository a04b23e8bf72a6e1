import { isStaff } from '@/domain/auth/permissions';
import type { Viewer, ViewerMembership } from '@/domain/auth/viewer';
import type { MembershipStatus } from '@/domain/membership/statuses';

/**
 * The one answer to "is this reader a member now, and why". Pages, feeds, search, JSON-LD,
 * OG images, route handlers and emails ask it; nothing else reads subscription status.
 */
export const GRACE_DAYS = 7;

/** Subscriptions that make a member with no further question; past_due makes one only in grace. */
export const PAID_STATUSES = ['active', 'trialing'] as const satisfies readonly MembershipStatus[];

export function isPaidStatus(status: string | null | undefined): boolean {
  return (PAID_STATUSES as readonly (string | null | undefined)[]).includes(status);
}

export type MembershipSnapshot = ViewerMembership;

export type Entitlement =
  | { isMember: true; reason: 'active' | 'trialing' | 'complimentary' }
  | { isMember: true; reason: 'grace'; graceEndsAt: Date }
  | { isMember: false; reason: 'anonymous' | 'no-membership' | 'lapsed' }
  | { isMember: false; reason: 'paused'; resumesAt: Date };

export function entitlementFor(
  input: { membership: MembershipSnapshot | null; complimentaryUntil: Date | null },
  now: Date = new Date(),
): Entitlement {
  const { membership, complimentaryUntil } = input;
  // A paused subscription (Stripe's pause_collection) stays 'active' at Stripe, but nobody pays
  // for it: the reader is not a member until it resumes, unless a grant or gift says otherwise.
  const pausedUntil = membership?.pausedUntil && membership.pausedUntil > now ? membership.pausedUntil : null;
  if (pausedUntil) {
    if (complimentaryUntil && complimentaryUntil > now) return { isMember: true, reason: 'complimentary' };
    return { isMember: false, reason: 'paused', resumesAt: pausedUntil };
  }
  if (membership?.status === 'active') return { isMember: true, reason: 'active' };
  if (membership?.status === 'trialing') return { isMember: true, reason: 'trialing' };
  // Grace runs from when the payment first failed; a past_due copy that does not say when is
  // treated as already expired rather than in grace for ever.
  if (membership?.status === 'past_due' && membership.pastDueSince) {
    const graceEndsAt = new Date(membership.pastDueSince.getTime() + GRACE_DAYS * 24 * 60 * 60 * 1000);
    if (now < graceEndsAt) return { isMember: true, reason: 'grace', graceEndsAt };
  }
  if (complimentaryUntil && complimentaryUntil > now) return { isMember: true, reason: 'complimentary' };
  return { isMember: false, reason: membership ? 'lapsed' : 'no-membership' };
}

/** Judged at the instant the viewer was read (its `asOf`), unless told otherwise. */
export function entitlementOf(viewer: Viewer, now?: Date): Entitlement {
  if (viewer.kind === 'anonymous') return { isMember: false, reason: 'anonymous' };
  return entitlementFor(viewer, now ?? viewer.asOf);
}

export function canReadFullText(article: { access: 'public' | 'members' }, viewer: Viewer): boolean {
  return article.access === 'public' || entitlementOf(viewer).isMember;
}

/**
 * A story's recording is a member benefit whatever the story's own access; staff may play it to
 * check what they attached. The article page and the route that serves the file both ask here.
 */
export function canListenToRecording(viewer: Viewer, now?: Date): boolean {
  return entitlementOf(viewer, now).isMember || (viewer.kind === 'signed-in' && isStaff(viewer.role));
}

export { anonymousViewer, type Viewer } from '@/domain/auth/viewer';
