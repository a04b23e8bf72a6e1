import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlans, startTestStandin, subscribe, type TestStandin } from './test-support';

const DAY = 24 * 3600;

let t: TestStandin;
let plans: Awaited<ReturnType<typeof createPlans>>;

beforeEach(async () => {
  t = await startTestStandin();
  plans = await createPlans(t.stripe);
});
afterEach(() => t.close());

async function advanceTo(at: number) {
  await t.control('/_standin/clock/advance', { seconds: at - t.standin.now() });
}

async function updatesOf(subscriptionId: string) {
  const events = await t.stripe.events.list({ type: 'customer.subscription.updated', limit: 100 });
  return events.data.filter((event) => (event.data.object as Stripe.Subscription).id === subscriptionId).reverse();
}

async function invoicesOf(subscriptionId: string) {
  return (await t.stripe.invoices.list({ subscription: subscriptionId, limit: 100 })).data.reverse();
}

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  return error as Stripe.errors.StripeInvalidRequestError;
}

describe('pausing payment collection', () => {
  it('keeps the pause on the subscription, leaves its status active and says so in one updated event', async () => {
    const { subscription } = await subscribe(t, plans.monthly.id);
    const resumesAt = t.standin.now() + 30 * DAY;
    const paused = await t.stripe.subscriptions.update(subscription.id, {
      pause_collection: { behavior: 'void', resumes_at: resumesAt },
    });
    expect(paused.pause_collection).toEqual({ behavior: 'void', resumes_at: resumesAt });
    expect(paused.status).toBe('active');
    expect((await t.stripe.subscriptions.retrieve(subscription.id)).pause_collection).toEqual(paused.pause_collection);

    const [update, ...more] = await updatesOf(subscription.id);
    expect(more).toHaveLength(0);
    expect(update!.data.previous_attributes).toEqual({ pause_collection: null });
    await t.receiver.waitFor((r) => r.types().includes('customer.subscription.updated'));
  });

  it('resumes at once when pause_collection is unset with an empty string', async () => {
    const { subscription } = await subscribe(t, plans.monthly.id);
    await t.stripe.subscriptions.update(subscription.id, {
      pause_collection: { behavior: 'void', resumes_at: t.standin.now() + 10 * DAY },
    });
    const resumed = await t.stripe.subscriptions.update(subscription.id, { pause_collection: '' });
    expect(resumed.pause_collection).toBeNull();
    const updates = await updatesOf(subscription.id);
    expect(updates).toHaveLength(2);
    expect(updates[1]!.data.previous_attributes).toMatchObject({ pause_collection: { behavior: 'void' } });
  });

  it('refuses a behaviour Stripe does not have, a missing one and a resume time in the past, changing nothing', async () => {
    const { subscription } = await subscribe(t, plans.monthly.id);
    const wrong = await refusal(
      t.stripe.subscriptions.update(subscription.id, {
        pause_collection: { behavior: 'skip' as 'void', resumes_at: t.standin.now() + DAY },
      }),
    );
    expect(wrong.param).toBe('pause_collection[behavior]');
    expect(wrong.message).toContain('keep_as_draft, mark_uncollectible, void');

    const missing = await refusal(
      t.stripe.subscriptions.update(subscription.id, {
        pause_collection: { resumes_at: t.standin.now() + DAY } as Stripe.SubscriptionUpdateParams.PauseCollection,
      }),
    );
    expect(missing.param).toBe('pause_collection[behavior]');
    expect(missing.code).toBe('parameter_missing');

    const past = await refusal(
      t.stripe.subscriptions.update(subscription.id, {
        metadata: { note: 'must not stick' },
        pause_collection: { behavior: 'void', resumes_at: t.standin.now() - 60 },
      }),
    );
    expect(past.param).toBe('pause_collection[resumes_at]');

    const unchanged = await t.stripe.subscriptions.retrieve(subscription.id);
    expect(unchanged.pause_collection).toBeNull();
    expect(unchanged.metadata.note).toBeUndefined();
    expect(await updatesOf(subscription.id)).toHaveLength(0);
  });

  it('voids the renewal while paused with behaviour void, charging nothing and sending no invoice event', async () => {
    const { subscription } = await subscribe(t, plans.monthly.id);
    const firstEnd = subscription.items.data[0]!.current_period_end;
    await t.stripe.subscriptions.update(subscription.id, {
      pause_collection: { behavior: 'void', resumes_at: firstEnd + 10 * DAY },
    });
    await advanceTo(firstEnd + DAY);

    const renewed = await t.stripe.subscriptions.retrieve(subscription.id);
    expect(renewed.status).toBe('active');
    expect(renewed.items.data[0]!.current_period_start).toBe(firstEnd);
    const invoices = await invoicesOf(subscription.id);
    expect(invoices).toHaveLength(2);
    expect(invoices[1]).toMatchObject({
      id: renewed.latest_invoice,
      billing_reason: 'subscription_cycle',
      status: 'void',
      amount_paid: 0,
      attempt_count: 0,
      next_payment_attempt: null,
    });
    expect(invoices[1]!.status_transitions.voided_at).toBe(firstEnd);
    const paid = await t.stripe.events.list({ type: 'invoice.paid' });
    expect(paid.data.map((event) => (event.data.object as Stripe.Invoice).id)).toEqual([invoices[0]!.id]);
    expect((await t.stripe.events.list({ type: 'invoice.payment_failed' })).data).toHaveLength(0);
  });

  it('clears the pause by itself at resumes_at, says so, and charges the renewals after it', async () => {
    const { subscription } = await subscribe(t, plans.monthly.id);
    const firstEnd = subscription.items.data[0]!.current_period_end;
    const resumesAt = firstEnd + 10 * DAY;
    await t.stripe.subscriptions.update(subscription.id, {
      pause_collection: { behavior: 'void', resumes_at: resumesAt },
    });
    await advanceTo(resumesAt + 60);

    const resumed = await t.stripe.subscriptions.retrieve(subscription.id);
    expect(resumed.pause_collection).toBeNull();
    // The update whose previous pause_collection was the pause: the one that lifted it.
    const lifted = (await updatesOf(subscription.id)).filter(
      (event) => (event.data.previous_attributes as { pause_collection?: unknown } | undefined)?.pause_collection,
    );
    expect(lifted).toHaveLength(1);
    expect(lifted[0]!.created).toBe(resumesAt);
    expect(lifted[0]!.data.previous_attributes).toEqual({
      pause_collection: { behavior: 'void', resumes_at: resumesAt },
    });

    const secondEnd = resumed.items.data[0]!.current_period_end;
    await advanceTo(secondEnd + DAY);
    const invoices = await invoicesOf(subscription.id);
    expect(invoices.map((invoice) => invoice.status)).toEqual(['paid', 'void', 'paid']);
    expect(invoices[2]).toMatchObject({ amount_paid: 500, billing_reason: 'subscription_cycle' });
    await t.receiver.waitFor((r) => r.types().filter((type) => type === 'invoice.paid').length === 2);
  });

  it('charges a renewal that falls at the very moment collection resumes', async () => {
    const { subscription } = await subscribe(t, plans.monthly.id);
    const firstEnd = subscription.items.data[0]!.current_period_end;
    await t.stripe.subscriptions.update(subscription.id, {
      pause_collection: { behavior: 'void', resumes_at: firstEnd },
    });
    await advanceTo(firstEnd + 60);
    expect((await invoicesOf(subscription.id)).map((invoice) => invoice.status)).toEqual(['paid', 'paid']);
  });
});

describe('cancellation details', () => {
  it('stores the feedback and comment sent with cancel_at_period_end, in the same updated event', async () => {
    const { subscription } = await subscribe(t, plans.monthly.id);
    const cancelling = await t.stripe.subscriptions.update(subscription.id, {
      cancel_at_period_end: true,
      cancellation_details: { feedback: 'too_expensive', comment: 'Rent went up this winter.' },
      metadata: { cancellation_reason: 'too-expensive' },
    });
    expect(cancelling.cancel_at_period_end).toBe(true);
    expect(cancelling.cancellation_details).toEqual({
      comment: 'Rent went up this winter.',
      feedback: 'too_expensive',
      feedback_option: null,
      reason: 'cancellation_requested',
    });
    expect(cancelling.metadata).toMatchObject({ user_id: 'u_1', cancellation_reason: 'too-expensive' });
    const again = await t.stripe.subscriptions.retrieve(subscription.id);
    expect(again.cancellation_details).toEqual(cancelling.cancellation_details);

    const updates = await updatesOf(subscription.id);
    expect(updates).toHaveLength(1);
    expect(Object.keys(updates[0]!.data.previous_attributes ?? {}).sort()).toEqual([
      'cancel_at',
      'cancel_at_period_end',
      'canceled_at',
      'cancellation_details',
      'metadata',
    ]);
  });

  it('refuses feedback Stripe does not know, and forgets the details when the member stays after all', async () => {
    const { subscription } = await subscribe(t, plans.monthly.id);
    const wrong = await refusal(
      t.stripe.subscriptions.update(subscription.id, {
        cancel_at_period_end: true,
        cancellation_details: { feedback: 'bored' as 'other' },
      }),
    );
    expect(wrong.param).toBe('cancellation_details[feedback]');
    expect((await t.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBe(false);

    await t.stripe.subscriptions.update(subscription.id, {
      cancel_at_period_end: true,
      cancellation_details: { feedback: 'unused', comment: 'Back in spring.' },
    });
    const kept = await t.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: false });
    expect(kept.cancel_at).toBeNull();
    expect(kept.cancellation_details).toEqual({ comment: null, feedback: null, feedback_option: null, reason: null });
  });
});
