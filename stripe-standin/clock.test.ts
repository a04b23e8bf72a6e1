import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD, createPlans, startTestStandin, subscribe, type TestStandin } from './test-support';

const DAY = 24 * 3600;

let t: TestStandin;
let plans: Awaited<ReturnType<typeof createPlans>>;

beforeEach(async () => {
  t = await startTestStandin();
  plans = await createPlans(t.stripe);
});
afterEach(() => t.close());

/** Moves the clock to `seconds` after `at` (a unix time), through the control endpoint. */
async function advanceTo(at: number) {
  const { now } = (await t.control('/_standin/clock/advance', { seconds: at - t.standin.now() })) as { now: number };
  expect(now).toBeGreaterThanOrEqual(at);
}

async function eventsFor(type: string, id: string) {
  const events = await t.stripe.events.list({ type, limit: 100 });
  return events.data.filter(
    (event) =>
      (event.data.object as { id: string; subscription?: string; parent?: Stripe.Invoice['parent'] }).id === id ||
      (event.data.object as Stripe.Invoice).parent?.subscription_details?.subscription === id,
  );
}

describe('the stand-in clock', () => {
  it('reports and advances its time', async () => {
    const before = ((await t.control('/_standin/clock')) as { now: number }).now;
    expect(Math.abs(before - Date.now() / 1000)).toBeLessThan(5);
    await t.standin.advanceClock(3 * DAY);
    expect(t.standin.now() - before).toBeGreaterThanOrEqual(3 * DAY);
    expect(t.standin.now() - before).toBeLessThan(3 * DAY + 5);
  });

  it('takes the advance as a plain form too, and starts again from real time after a reset', async () => {
    const response = await fetch(`${t.standin.url}/_standin/clock/advance`, {
      method: 'POST',
      body: new URLSearchParams({ seconds: String(DAY) }),
    });
    const { now } = (await response.json()) as { now: number };
    expect(now - Date.now() / 1000).toBeGreaterThan(DAY - 5);
    await subscribe(t, plans.monthly.id);

    expect(await t.control('/_standin/reset', {})).toEqual({ ok: true });
    expect(Math.abs(t.standin.now() - Date.now() / 1000)).toBeLessThan(5);
    expect((await t.stripe.customers.list()).data).toHaveLength(0);
    expect((await t.stripe.prices.list()).data).toHaveLength(0);
    expect((await t.stripe.events.list()).data).toHaveLength(0);
  });

  it('renews a 4242 subscription at its period end: new period, paid invoice, events', async () => {
    const { subscription } = await subscribe(t, plans.monthly.id);
    const first = subscription.items.data[0]!;
    await advanceTo(first.current_period_end + 3600);

    const renewed = await t.stripe.subscriptions.retrieve(subscription.id, { expand: ['latest_invoice'] });
    const item = renewed.items.data[0]!;
    expect(renewed.status).toBe('active');
    expect(item.current_period_start).toBe(first.current_period_end);
    expect(item.current_period_end).toBeGreaterThan(first.current_period_end + 27 * DAY);
    const invoice = renewed.latest_invoice as Stripe.Invoice;
    expect(invoice).toMatchObject({
      status: 'paid',
      billing_reason: 'subscription_cycle',
      amount_paid: 500,
      created: first.current_period_end,
    });
    expect(await eventsFor('invoice.paid', subscription.id)).toHaveLength(2);
    const updates = await eventsFor('customer.subscription.updated', subscription.id);
    expect(updates[0]!.created).toBe(first.current_period_end);
    await t.receiver.waitFor((r) => r.types().filter((type) => type === 'invoice.paid').length === 2);
  });

  it('renews a yearly subscription a year later', async () => {
    const { subscription } = await subscribe(t, plans.yearly.id);
    const end = subscription.items.data[0]!.current_period_end;
    expect(end - subscription.items.data[0]!.current_period_start).toBeGreaterThanOrEqual(365 * DAY);
    await advanceTo(end + 1);
    const renewed = await t.stripe.subscriptions.retrieve(subscription.id);
    expect(renewed.items.data[0]!.current_period_start).toBe(end);
    expect((await t.stripe.invoices.list({ subscription: subscription.id })).data).toHaveLength(2);
  });

  it('puts a 0341 renewal past_due, retries after 3, 5 and 7 days, then cancels', async () => {
    const { subscription } = await subscribe(t, plans.monthly.id, CARD.failsLater);
    const end = subscription.items.data[0]!.current_period_end;
    await advanceTo(end + 60);

    const pastDue = await t.stripe.subscriptions.retrieve(subscription.id, { expand: ['latest_invoice'] });
    expect(pastDue.status).toBe('past_due');
    const invoice = pastDue.latest_invoice as Stripe.Invoice;
    expect(invoice).toMatchObject({ status: 'open', attempt_count: 1, next_payment_attempt: end + 3 * DAY });
    expect(await eventsFor('invoice.payment_failed', subscription.id)).toHaveLength(1);

    await advanceTo(end + 5 * DAY + 60);
    expect((await t.stripe.invoices.retrieve(invoice.id)).attempt_count).toBe(3);
    expect((await t.stripe.subscriptions.retrieve(subscription.id)).status).toBe('past_due');

    await advanceTo(end + 7 * DAY + 60);
    const canceled = await t.stripe.subscriptions.retrieve(subscription.id);
    expect(canceled).toMatchObject({ status: 'canceled', ended_at: end + 7 * DAY });
    expect(canceled.cancellation_details?.reason).toBe('payment_failed');
    expect((await t.stripe.invoices.retrieve(invoice.id)).attempt_count).toBe(4);
    expect(await eventsFor('invoice.payment_failed', subscription.id)).toHaveLength(4);
    expect(await eventsFor('customer.subscription.deleted', subscription.id)).toHaveLength(1);
    await t.receiver.waitFor((r) => r.types().includes('customer.subscription.deleted'));
  });

  it('leaves the subscription unpaid instead when the settings say so', async () => {
    await t.control('/_standin/settings', { failedRenewal: 'unpaid' });
    const { subscription } = await subscribe(t, plans.monthly.id, CARD.failsLater);
    await advanceTo(subscription.items.data[0]!.current_period_end + 8 * DAY);
    expect((await t.stripe.subscriptions.retrieve(subscription.id)).status).toBe('unpaid');
    expect(await eventsFor('customer.subscription.deleted', subscription.id)).toHaveLength(0);
  });

  it('asks for authentication when a 3184 card is charged at renewal', async () => {
    const { subscription } = await subscribe(t, plans.monthly.id, CARD.authentication);
    await advanceTo(subscription.items.data[0]!.current_period_end + 60);
    expect((await t.stripe.subscriptions.retrieve(subscription.id)).status).toBe('past_due');
    expect(await eventsFor('invoice.payment_action_required', subscription.id)).toHaveLength(1);
  });

  it('ends a subscription set to cancel at its period end, and not before', async () => {
    const { subscription } = await subscribe(t, plans.monthly.id);
    const end = subscription.items.data[0]!.current_period_end;
    await t.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });

    await advanceTo(end - 60);
    expect((await t.stripe.subscriptions.retrieve(subscription.id)).status).toBe('active');
    await advanceTo(end + 60);
    const ended = await t.stripe.subscriptions.retrieve(subscription.id);
    expect(ended).toMatchObject({ status: 'canceled', ended_at: end, cancel_at_period_end: true });
    const [deleted] = await eventsFor('customer.subscription.deleted', subscription.id);
    expect(deleted!.created).toBe(end);
    expect((await t.stripe.invoices.list({ subscription: subscription.id })).data).toHaveLength(1);
  });
});
