import 'server-only';
import type Stripe from 'stripe';
import { deleteUser, getAccountToClose, type AccountToClose } from '@/db/queries/users';
import { stripe } from '@/lib/stripe';

export type AccountDeletion = { ok: true } | { ok: false; reason: 'not-found' | 'last-admin' | 'payments-not-stopped' };

/** Statuses in which Stripe will never charge again. */
const ENDED = new Set<Stripe.Subscription.Status>(['canceled', 'incomplete_expired']);

/**
 * Deletes a reader's account, first ending every subscription that could still charge them, at
 * once: otherwise Stripe would keep taking money for a membership nobody holds. Stripe is asked
 * (its list is the truth; the local copy may lag behind a webhook), and any subscription the
 * local copy still counts as open is checked too. If Stripe cannot be reached or refuses, the
 * account is not deleted: it fails closed, never leaving money being taken from a deleted
 * reader. Stripe is called before the deletion's transaction opens, never inside it, so a slow
 * Stripe holds no lock; a second try after a failure part-way cancels what is still open.
 */
export async function deleteAccount({ userId }: { userId: string }): Promise<AccountDeletion> {
  const toClose = await getAccountToClose({ userId });
  if (!toClose.ok) return toClose;
  if (!(await cancelOpenSubscriptions(toClose.account))) return { ok: false, reason: 'payments-not-stopped' };
  return deleteUser({ userId });
}

/** False when Stripe could not be reached or refused: some subscriptions may still be open. */
async function cancelOpenSubscriptions({ stripeCustomerId, subscriptionIds }: AccountToClose): Promise<boolean> {
  try {
    const open = new Set<string>();
    if (stripeCustomerId) {
      for await (const subscription of stripe().subscriptions.list({
        customer: stripeCustomerId,
        status: 'all',
        limit: 100,
      })) {
        if (!ENDED.has(subscription.status)) open.add(subscription.id);
      }
    }
    for (const id of subscriptionIds.filter((id) => !open.has(id))) {
      const subscription = await stripe().subscriptions.retrieve(id);
      if (!ENDED.has(subscription.status)) open.add(id);
    }
    for (const id of open) await stripe().subscriptions.cancel(id);
    return true;
  } catch (error) {
    console.error('account deletion: could not end the reader’s subscriptions in Stripe', { stripeCustomerId, error });
    return false;
  }
}
