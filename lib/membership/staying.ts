import 'server-only';
import type Stripe from 'stripe';
import { getCurrentMembership } from '@/db/queries/memberships';
import type { Membership } from '@/db/schema';
import type { SignedInViewer } from '@/lib/auth/viewer';
import type { CancellationReason, PauseMonths } from '@/domain/membership/giving';
import { canPause, cheaperPlans, pauseEndsAt, STRIPE_FEEDBACK } from '@/domain/membership/leaving';
import { isRunning } from '@/domain/membership/statuses';
import type { Interval, Tier } from '@/domain/membership/tiers';
import { getNewsroom } from '@/lib/newsroom';
import { stripe } from '@/lib/stripe';
import { priceIdFor } from './catalog';

/**
 * A member's own changes to their subscription from /account: pause, resume, cancel at the period
 * end with a reason, take back a cancellation, or move to a plan the cancel page offered. Each is
 * one subscriptions.update; the local copy changes only when Stripe's webhook says so, and each
 * call waits briefly for that, so the account page the member returns to already shows it.
 */

/** Why a change was refused; the reader is told in their edition's words (accountErrors.refused). */
export type MembershipRefusal = 'no-membership' | 'yearly' | 'ending' | 'paused' | 'past-due' | 'unknown-plan';

/** The refusal in English, for logs and for callers that have no edition. */
const REFUSALS: Record<MembershipRefusal, string> = {
  'no-membership': 'You have no running membership to change.',
  yearly: 'A yearly membership is paid ahead, so there is nothing to pause.',
  ending: 'Your membership is already set to end.',
  paused: 'Your membership is already paused.',
  'past-due': 'Please update your card first: a pause cannot stop a payment that has already failed.',
  'unknown-plan': 'That plan is not one we can move you to. Please choose again.',
};

export class MembershipChangeRefused extends Error {
  readonly reason: MembershipRefusal;
  constructor(reason: MembershipRefusal) {
    super(REFUSALS[reason]);
    this.reason = reason;
  }
}

/** The reader's running subscription, as the local copy has it, or a refusal the page can show. */
async function liveMembership(viewer: SignedInViewer): Promise<Membership> {
  const membership = await getCurrentMembership({ userId: viewer.userId });
  if (!membership || !isRunning(membership.status)) throw new MembershipChangeRefused('no-membership');
  return membership;
}

/** Waits (up to a few seconds) until the webhook has written what Stripe now says. */
async function untilCopied(viewer: SignedInViewer, done: (membership: Membership) => boolean) {
  const deadline = Date.now() + 6000;
  while (Date.now() < deadline) {
    const membership = await getCurrentMembership({ userId: viewer.userId });
    if (membership && done(membership)) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Stripe's time is never before the start of the current period; our clock may lag it (skew, a test clock). */
function stripeNow(subscription: Stripe.Subscription): Date {
  const periodStart = Math.max(0, ...subscription.items.data.map((item) => item.current_period_start));
  return new Date(Math.max(Date.now(), periodStart * 1000));
}

/** Stops collecting payment for `months`, voiding the renewals in between; Stripe resumes by itself. */
export async function pauseMembership(viewer: SignedInViewer, months: PauseMonths): Promise<Date> {
  const membership = await liveMembership(viewer);
  if (!canPause(membership, viewer.asOf))
    throw new MembershipChangeRefused(
      membership.interval === 'year'
        ? 'yearly'
        : membership.cancelAtPeriodEnd
          ? 'ending'
          : membership.pausedUntil
            ? 'paused'
            : 'past-due',
    );
  const subscription = await stripe().subscriptions.retrieve(membership.id);
  const resumesAt = pauseEndsAt(stripeNow(subscription), months, getNewsroom().timeZone);
  await stripe().subscriptions.update(membership.id, {
    pause_collection: { behavior: 'void', resumes_at: Math.floor(resumesAt.getTime() / 1000) },
  });
  await untilCopied(viewer, (m) => m.id === membership.id && m.pausedUntil !== null);
  return resumesAt;
}

/** Ends a pause now; the next renewal is charged as usual. */
export async function resumeMembership(viewer: SignedInViewer) {
  const membership = await liveMembership(viewer);
  if (!membership.pausedUntil) return;
  await stripe().subscriptions.update(membership.id, { pause_collection: '' });
  await untilCopied(viewer, (m) => m.id === membership.id && m.pausedUntil === null);
}

/** Cancels at the end of the paid period, telling Stripe why in its words and ours. */
export async function cancelMembership(
  viewer: SignedInViewer,
  { reason, comment }: { reason: CancellationReason | null; comment: string },
): Promise<Date | null> {
  const membership = await liveMembership(viewer);
  await stripe().subscriptions.update(membership.id, {
    cancel_at_period_end: true,
    cancellation_details: {
      ...(reason ? { feedback: STRIPE_FEEDBACK[reason] } : {}),
      ...(comment ? { comment } : {}),
    },
    // '' removes the key: a reason from an earlier cancellation, taken back since, is not this one's.
    metadata: { cancellation_reason: reason ?? '' },
  });
  await untilCopied(viewer, (m) => m.id === membership.id && m.cancelAtPeriodEnd);
  return membership.currentPeriodEnd;
}

/** Takes back a cancellation: the membership renews as before, and the reason is forgotten. */
export async function keepMembership(viewer: SignedInViewer) {
  const membership = await liveMembership(viewer);
  if (!membership.cancelAtPeriodEnd) return;
  await stripe().subscriptions.update(membership.id, {
    cancel_at_period_end: false,
    cancellation_details: { feedback: '', comment: '' },
    metadata: { cancellation_reason: '' },
  });
  await untilCopied(viewer, (m) => m.id === membership.id && !m.cancelAtPeriodEnd);
}

/**
 * Moves to one of the plans the cancel page offered (a cheaper tier, or yearly billing), with
 * proration as the billing portal does: the same interval settles on the next invoice, a new
 * interval is invoiced today less the unused part of this period.
 */
export async function switchPlan(viewer: SignedInViewer, choice: { tier: Tier['key']; interval: Interval }) {
  const membership = await liveMembership(viewer);
  const plan = cheaperPlans(membership).find((p) => p.tier === choice.tier && p.interval === choice.interval);
  if (!plan) throw new MembershipChangeRefused('unknown-plan');
  const subscription = await stripe().subscriptions.retrieve(membership.id);
  const item = subscription.items.data[0];
  if (!item) throw new Error(`subscription ${subscription.id} has no items`);
  const price = await priceIdFor(stripe(), { tier: plan.tier, interval: plan.interval, amount: plan.amount });
  await stripe().subscriptions.update(membership.id, {
    items: [{ id: item.id, price }],
    proration_behavior: 'create_prorations',
    metadata: { tier: plan.tier },
  });
  await untilCopied(viewer, (m) => m.id === membership.id && m.amount === plan.amount && m.interval === plan.interval);
  return plan;
}
