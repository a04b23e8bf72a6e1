import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, sessions, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/test/database';
import { CARD, subscribe } from '@/stripe-standin/test-support';
import { startAppStripe } from '@/test/app-stripe';
import { deleteAccount } from './account-deletion';

let stripe: Awaited<ReturnType<typeof startAppStripe>>;
beforeAll(async () => {
  stripe = await startAppStripe();
});
afterAll(() => stripe?.close());

describe.each(testDatabaseKinds)('deleting an account on %s', (kind) => {
  const conn = useTestDatabase(kind);
  let n = 0;

  async function account(role: 'reader' | 'admin' = 'reader') {
    const [user] = await conn()
      .db.insert(users)
      .values({ email: `reader-${kind}-${++n}@example.org`, role })
      .returning();
    if (!user) throw new Error('no user');
    await conn()
      .db.insert(sessions)
      .values({ userId: user.id, sessionToken: `session-${kind}-${n}`, expires: new Date(Date.now() + 86_400_000) });
    return user.id;
  }

  /** A reader paying monthly, with the local copy the webhook would have written. */
  async function member() {
    const userId = await account();
    const { customer, subscription } = await subscribe(stripe.t, stripe.plans.monthly.id, CARD.succeeds, {
      user_id: userId,
    });
    await conn().db.update(users).set({ stripeCustomerId: customer.id }).where(eq(users.id, userId));
    await copyOfMonthly(userId, subscription.id, customer.id);
    return { userId, subscriptionId: subscription.id };
  }

  /** The local copy of an active monthly subscription, as the webhook would have written it. */
  async function copyOfMonthly(userId: string, subscriptionId: string, customerId: string) {
    await conn().db.insert(memberships).values({
      id: subscriptionId,
      userId,
      stripeCustomerId: customerId,
      status: 'active',
      tier: 'member',
      priceId: stripe.plans.monthly.id,
      amount: 500,
      currency: 'usd',
      interval: 'month',
    });
  }

  const exists = async (userId: string) =>
    (await conn().db.select().from(users).where(eq(users.id, userId))).length === 1;
  const statusInStripe = async (subscriptionId: string) =>
    (await stripe.t.stripe.subscriptions.retrieve(subscriptionId)).status;

  it('cancels the membership in Stripe at once, then deletes the account and keeps the payment record without it', async () => {
    const { userId, subscriptionId } = await member();
    expect(await deleteAccount({ userId })).toEqual({ ok: true });
    expect(await statusInStripe(subscriptionId)).toBe('canceled');
    await stripe.t.receiver.waitFor((r) =>
      r.deliveries.some(
        (d) => d.event.type === 'customer.subscription.deleted' && d.event.data.object.id === subscriptionId,
      ),
    );
    expect(await exists(userId)).toBe(false);
    expect(await conn().db.select().from(sessions).where(eq(sessions.userId, userId))).toHaveLength(0);
    const [record] = await conn().db.select().from(memberships).where(eq(memberships.id, subscriptionId));
    expect(record).toMatchObject({ userId: null, amount: 500 });
  });

  it('also cancels a subscription Stripe has that the local copy does not know yet', async () => {
    const userId = await account();
    const { customer, subscription } = await subscribe(stripe.t, stripe.plans.monthly.id, CARD.succeeds, {
      user_id: userId,
    });
    await conn().db.update(users).set({ stripeCustomerId: customer.id }).where(eq(users.id, userId));
    expect(await deleteAccount({ userId })).toEqual({ ok: true });
    expect(await statusInStripe(subscription.id)).toBe('canceled');
  });

  it('refuses to delete the account while Stripe cannot be reached, so the membership is never left charging', async () => {
    const { userId, subscriptionId } = await member();
    stripe.proxy.down = true;
    try {
      expect(await deleteAccount({ userId })).toEqual({ ok: false, reason: 'payments-not-stopped' });
    } finally {
      stripe.proxy.down = false;
    }
    expect(await exists(userId)).toBe(true);
    expect(await statusInStripe(subscriptionId)).toBe('active');
  });

  it('holds no lock on the account while it waits for Stripe', async () => {
    const { userId, subscriptionId } = await member();
    const held = stripe.proxy.hold(
      (method, path) => method === 'DELETE' && path.startsWith(`/v1/subscriptions/${subscriptionId}`),
    );
    const deletion = deleteAccount({ userId });
    await held.arrived;
    // While Stripe is slow to answer, anything else that needs the account's row gets it at once.
    const locked = conn().db.transaction((tx) =>
      tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update'),
    );
    const first = await Promise.race([
      locked.then(() => 'row locked'),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 1000)),
    ]);
    held.release();
    await locked;
    expect(first).toBe('row locked');
    expect(await deletion).toEqual({ ok: true });
    expect(await exists(userId)).toBe(false);
  });

  it('deletes nothing when Stripe fails part-way through, and a second try finishes the job', async () => {
    const { userId, subscriptionId } = await member();
    // A second membership, under another Customer, that only the local copy ties to the reader.
    const other = await subscribe(stripe.t, stripe.plans.monthly.id, CARD.succeeds, { user_id: userId });
    await copyOfMonthly(userId, other.subscription.id, other.customer.id);
    // The first cancellation goes through; then Stripe becomes unreachable.
    const held = stripe.proxy.hold(
      (method, path) => method === 'DELETE' && path.startsWith(`/v1/subscriptions/${subscriptionId}`),
    );
    const deletion = deleteAccount({ userId });
    await held.arrived;
    stripe.proxy.down = true;
    held.release();
    try {
      expect(await deletion).toEqual({ ok: false, reason: 'payments-not-stopped' });
    } finally {
      stripe.proxy.down = false;
    }
    expect(await exists(userId)).toBe(true);
    expect(await conn().db.select().from(sessions).where(eq(sessions.userId, userId))).toHaveLength(1);
    expect(await statusInStripe(subscriptionId)).toBe('canceled');
    expect(await statusInStripe(other.subscription.id)).toBe('active');

    expect(await deleteAccount({ userId })).toEqual({ ok: true });
    expect(await statusInStripe(other.subscription.id)).toBe('canceled');
    expect(await exists(userId)).toBe(false);
  });

  it('deletes a reader who never paid without asking Stripe', async () => {
    const userId = await account();
    stripe.proxy.down = true;
    try {
      expect(await deleteAccount({ userId })).toEqual({ ok: true });
    } finally {
      stripe.proxy.down = false;
    }
    expect(await exists(userId)).toBe(false);
  });

  it('never deletes the newsroom’s last admin', async () => {
    const first = await account('admin');
    expect(await deleteAccount({ userId: first })).toEqual({ ok: false, reason: 'last-admin' });
    expect(await exists(first)).toBe(true);
    const second = await account('admin');
    expect(await deleteAccount({ userId: first })).toEqual({ ok: true });
    expect(await deleteAccount({ userId: second })).toEqual({ ok: false, reason: 'last-admin' });
    expect(await exists(second)).toBe(true);
  });
});
