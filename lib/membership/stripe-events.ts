import 'server-only';
import type Stripe from 'stripe';
import { PAUSED_WITHOUT_END } from '@/domain/membership/leaving';
import { isPaidStatus } from '@/domain/membership/entitlement';
import { CANCELLATION_REASONS, type CancellationReason } from '@/domain/membership/giving';
import { knownStatus } from '@/domain/membership/statuses';
import {
  applyStripeEvent,
  type AppliedStripeEvent,
  type FollowUpJob,
  type MembershipCopy,
} from '@/db/queries/memberships';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache-tags';
import { memberMailJob } from '@/lib/mail/member-mail';
import { handleDonationEvent, isDonationEvent } from './donations';
import { handleGiftMembershipEvent, isGiftMembershipEvent } from './gifts';
import { stripe } from '@/lib/stripe';

/** The events that can change a membership; everything else is acknowledged and ignored. */
const HANDLED = new Set([
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
  'invoice.payment_action_required',
]);

const idOf = (value: string | { id: string } | null | undefined) =>
  typeof value === 'string' ? value : (value?.id ?? null);

function subscriptionIdOf(event: Stripe.Event): string | null {
  const object = event.data.object as unknown as Record<string, unknown>;
  if (event.type.startsWith('customer.subscription.')) return idOf(object as { id: string });
  if (event.type === 'checkout.session.completed') return idOf(object.subscription as string | null);
  if (event.type.startsWith('invoice.')) {
    const parent = object.parent as
      { subscription_details?: { subscription?: string | { id: string } } } | null | undefined;
    return idOf(parent?.subscription_details?.subscription ?? (object.subscription as string | null | undefined));
  }
  return null;
}

/**
 * The local copy of a subscription, as the webhook stores it. `userId` is the account the
 * subscription's metadata names; applyStripeEvent checks that it exists.
 */
function copyOf(subscription: Stripe.Subscription): MembershipCopy {
  const item = subscription.items.data[0];
  if (!item) throw new Error(`subscription ${subscription.id} has no items`);
  const price = item.price;
  const customerId = idOf(subscription.customer) ?? '';
  const metadata = subscription.metadata ?? {};
  const periodEnd = item.current_period_end;
  return {
    id: subscription.id,
    userId: metadata.user_id || null,
    stripeCustomerId: customerId,
    status: knownStatus(subscription.status),
    tier: metadata.tier ?? price.metadata?.tier ?? price.lookup_key?.replace(/_(monthly|yearly)$/, '') ?? 'member',
    priceId: price.id,
    amount: (price.unit_amount ?? 0) * (item.quantity ?? 1),
    currency: price.currency,
    interval: price.recurring?.interval === 'year' ? 'year' : 'month',
    currentPeriodEnd: periodEnd ? new Date(periodEnd * 1000) : null,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    endedAt: subscription.ended_at ? new Date(subscription.ended_at * 1000) : null,
    attributionArticle: metadata.from || null,
    attributionPlacement: metadata.placement || null,
    pausedUntil: subscription.pause_collection?.resumes_at
      ? new Date(subscription.pause_collection.resumes_at * 1000)
      : subscription.pause_collection
        ? // Paused with no date to resume: paused until someone resumes it.
          PAUSED_WITHOUT_END
        : null,
    // Our own answer is kept in the metadata beside Stripe's coarser cancellation_details.feedback.
    cancellationReason: cancellationReasonOf(metadata.cancellation_reason),
    cancellationFeedback: subscription.cancellation_details?.comment || null,
  };
}

function cancellationReasonOf(value: string | undefined): CancellationReason | null {
  return (CANCELLATION_REASONS as readonly string[]).includes(value ?? '') ? (value as CancellationReason) : null;
}

/** The mail an applied event owes the member: a welcome when they become one, a note when a payment fails. */
function mailAfter(eventType: string, applied: AppliedStripeEvent): FollowUpJob[] {
  const { subscriptionId, userId, before, after, tier } = applied;
  if (!userId) return [];
  const jobs: FollowUpJob[] = [];
  const joined = !isPaidStatus(before) && before !== 'past_due' && isPaidStatus(after);
  if (joined) jobs.push(memberMailJob({ mail: 'welcome', userId, tier }, { subscriptionId }));
  if (eventType === 'invoice.payment_failed')
    jobs.push(memberMailJob({ mail: 'payment-failed', userId }, { subscriptionId }));
  return jobs;
}

/**
 * Treats an event as a trigger: re-reads the subscription from Stripe and writes the whole
 * local copy, recording the event id in the same transaction so that a replay changes nothing.
 * The read happens inside that transaction, under the subscription's lock (see
 * applyStripeEvent), so two events for one subscription cannot commit their reads out of order.
 * Mail is only queued here (same transaction); the job runner sends it.
 */
export async function handleStripeEvent(event: Stripe.Event) {
  // A one-off gift's Checkout has no subscription: it records a donation (lib/membership/donations.ts).
  if (isDonationEvent(event)) return handleDonationEvent(event);
  // A gift membership's Checkout is paid once too: it records the gift (lib/membership/gifts.ts).
  if (isGiftMembershipEvent(event)) return handleGiftMembershipEvent(event);
  if (!HANDLED.has(event.type)) return { outcome: 'ignored' as const };
  const result = await applyStripeEvent({
    eventId: event.id,
    type: event.type,
    subscriptionId: subscriptionIdOf(event),
    read: async (id) => copyOf(await stripe().subscriptions.retrieve(id)),
    followUps: (applied) => mailAfter(event.type, applied),
    // Grace runs from when Stripe said so, on Stripe's clock (the stand-in's, locally), which is
    // the one membership time follows (lib/membership/clock.ts).
    now: new Date(event.created * 1000),
  });
  if (result.outcome === 'applied' && result.userId) invalidate(cacheTags.members);
  return result;
}
