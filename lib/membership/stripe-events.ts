import 'server-only';
import { revalidateTag } from 'next/cache';
import type Stripe from 'stripe';
import { applyStripeEvent, findUserIdByStripeCustomer, type MembershipCopy } from '@/db/queries/memberships';
import { getUserById } from '@/db/queries/users';
import { cacheTags } from '@/lib/cache-tags';
import { sendMail } from '@/lib/mail/mailer';
import { paymentFailedMail, welcomeMail } from '@/lib/mail/templates';
import { stripe } from '@/lib/stripe';
import type { Interval } from './tiers';

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

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null));

function subscriptionIdOf(event: Stripe.Event): string | null {
  const object = event.data.object as unknown as Record<string, unknown>;
  if (event.type.startsWith('customer.subscription.')) return idOf(object as { id: string });
  if (event.type === 'checkout.session.completed') return idOf(object.subscription as string | null);
  if (event.type.startsWith('invoice.')) {
    const parent = object.parent as { subscription_details?: { subscription?: string | { id: string } } } | null | undefined;
    return idOf(parent?.subscription_details?.subscription ?? (object.subscription as string | null | undefined));
  }
  return null;
}

const STATUSES = ['incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused'] as const;

/** A status Stripe adds later is stored as 'incomplete': never a member until we know better. */
function knownStatus(status: string): MembershipCopy['status'] {
  return (STATUSES as readonly string[]).includes(status) ? (status as MembershipCopy['status']) : 'incomplete';
}

/** The local copy of a subscription, as the webhook stores it. */
async function copyOf(subscription: Stripe.Subscription): Promise<MembershipCopy> {
  const item = subscription.items.data[0];
  if (!item) throw new Error(`subscription ${subscription.id} has no items`);
  const price = item.price;
  const customerId = idOf(subscription.customer as string | { id: string }) ?? '';
  const metadata = subscription.metadata ?? {};
  const userId = metadata.user_id && (await getUserById({ id: metadata.user_id })) ? metadata.user_id : await findUserIdByStripeCustomer({ customerId });
  const periodEnd = item.current_period_end;
  return {
    id: subscription.id,
    userId,
    stripeCustomerId: customerId,
    status: knownStatus(subscription.status),
    tier: metadata.tier ?? price.metadata?.tier ?? price.lookup_key?.replace(/_(monthly|yearly)$/, '') ?? 'member',
    priceId: price.id,
    amount: (price.unit_amount ?? 0) * (item.quantity ?? 1),
    currency: price.currency,
    interval: (price.recurring?.interval === 'year' ? 'year' : 'month') as Interval,
    currentPeriodEnd: periodEnd ? new Date(periodEnd * 1000) : null,
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    endedAt: subscription.ended_at ? new Date(subscription.ended_at * 1000) : null,
    attributionArticle: metadata.from || null,
    attributionPlacement: metadata.placement || null,
  };
}

const MEMBER_STATUSES = new Set(['active', 'trialing']);

/**
 * Treats an event as a trigger: re-reads the subscription from Stripe and writes the whole
 * local copy, recording the event id in the same transaction so that a replay changes nothing.
 */
export async function handleStripeEvent(event: Stripe.Event) {
  if (!HANDLED.has(event.type)) return { outcome: 'ignored' as const };
  const subscriptionId = subscriptionIdOf(event);
  const subscription = subscriptionId ? await stripe().subscriptions.retrieve(subscriptionId) : null;
  const copy = subscription ? await copyOf(subscription) : null;
  const result = await applyStripeEvent({ eventId: event.id, type: event.type, copy });
  if (result.outcome !== 'applied' || !copy?.userId) return result;

  revalidateTag(cacheTags.members, { expire: 0 });
  const user = await getUserById({ id: copy.userId });
  if (user) {
    const joined = !MEMBER_STATUSES.has(result.before ?? '') && result.before !== 'past_due' && MEMBER_STATUSES.has(result.after);
    if (joined) await sendMail(welcomeMail({ to: user.email, tier: copy.tier }));
    if (event.type === 'invoice.payment_failed') await sendMail(paymentFailedMail({ to: user.email }));
  }
  return result;
}
