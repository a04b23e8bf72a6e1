import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CARD,
  cardFields,
  createPlans,
  hiddenValue,
  postForm,
  startTestStandin,
  subscribe,
  type TestStandin,
} from './test-support';

let t: TestStandin;
let plans: Awaited<ReturnType<typeof createPlans>>;

beforeEach(async () => {
  t = await startTestStandin();
  plans = await createPlans(t.stripe);
});
afterEach(() => t.close());

async function openPortal(customer: string, flow?: 'payment_method_update') {
  const session = await t.stripe.billingPortal.sessions.create({
    customer,
    return_url: 'http://app.test/account',
    ...(flow ? { flow_data: { type: flow } } : {}),
  });
  return session.url;
}

async function updatedEvents(subscription: string) {
  const events = await t.stripe.events.list({ type: 'customer.subscription.updated', limit: 100 });
  return events.data.filter((event) => (event.data.object as Stripe.Subscription).id === subscription);
}

describe('customer portal', () => {
  it('shows the plan, renewal date, card and invoices, with a way back to the site', async () => {
    const { customer, subscription } = await subscribe(t, plans.monthly.id);
    const html = await (await fetch(await openPortal(customer.id))).text();
    const renewal = new Date(subscription.items.data[0]!.current_period_end * 1000).toLocaleDateString('en-US', {
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(html).toContain('Member');
    expect(html).toContain('$5.00 <small>per month</small>');
    expect(html).toContain('Active');
    expect(html).toContain(`Renews on ${renewal}`);
    expect(html).toContain('VISA •••• 4242');
    expect(html).toContain('Invoice history');
    expect(html).toContain('>Paid</span>');
    expect(html).toContain('href="http://app.test/account">← Return to app.test</a>');
    for (const button of ['Cancel subscription', 'Change plan', 'Update payment method'])
      expect(html).toContain(button);
  });

  it('cancels at the period end and resumes', async () => {
    const { customer, subscription } = await subscribe(t, plans.monthly.id);
    const url = await openPortal(customer.id);

    const cancel = await postForm(`${url}/cancel`, {});
    expect(cancel.status).toBe(303);
    expect(cancel.headers.get('location')).toContain(new URL(url).pathname);
    const cancelling = await t.stripe.subscriptions.retrieve(subscription.id);
    expect(cancelling).toMatchObject({ status: 'active', cancel_at_period_end: true });
    const page = await (await fetch(new URL(cancel.headers.get('location')!, url))).text();
    expect(page).toContain('Cancels on');
    expect(page).toContain('Resume subscription');
    const [event] = await updatedEvents(subscription.id);
    expect(event!.data.previous_attributes).toMatchObject({ cancel_at_period_end: false });

    await postForm(`${url}/resume`, {});
    expect((await t.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBe(false);
    expect(await updatedEvents(subscription.id)).toHaveLength(2);
  });

  it('lists the other plans by product with the proration, and switches at once', async () => {
    const { customer, subscription } = await subscribe(t, plans.monthly.id);
    const url = await openPortal(customer.id);
    const html = await (await fetch(`${url}?view=plans`)).text();
    expect(html).toContain('<h2>Member</h2>');
    expect(html).toContain('<h2>Supporter</h2>');
    expect(html).toContain('Switch to $10.00 per month');
    expect(html).toContain('Switch to $50.00 per year');
    expect(html).not.toContain('Switch to $5.00 per month');
    // Half a month's difference or so, at once: between $0 and $5 more.
    const prorated = /Prorated charge of \$(\d+\.\d\d) on your next invoice/.exec(html);
    expect(Number(prorated?.[1])).toBeGreaterThan(4);
    expect(Number(prorated?.[1])).toBeLessThanOrEqual(5);

    const response = await postForm(`${url}/change-plan`, { price: plans.supporter.id });
    expect(response.status).toBe(303);
    const changed = await t.stripe.subscriptions.retrieve(subscription.id);
    expect(changed.items.data[0]!.price.id).toBe(plans.supporter.id);
    const [event] = await updatedEvents(subscription.id);
    expect(event).toBeDefined();
    await t.receiver.waitFor((r) => r.types().includes('customer.subscription.updated'));
  });

  it('opens straight on the card form for a payment_method_update flow and saves the card', async () => {
    const { customer } = await subscribe(t, plans.monthly.id);
    const url = await openPortal(customer.id, 'payment_method_update');
    const html = await (await fetch(url)).text();
    expect(html).toContain('Update payment method');
    expect(html).toContain('<label for="cardExpiry">Expiration</label>');

    const declined = await postForm(`${url}/payment-method`, cardFields(CARD.declined));
    expect(await declined.text()).toContain('Your card was declined.');

    const challenge = await (await postForm(`${url}/payment-method`, cardFields(CARD.authentication))).text();
    const saved = await postForm(`${url}/authenticate`, {
      token: hiddenValue(challenge, 'token'),
      outcome: 'complete',
    });
    expect(saved.status).toBe(303);
    const updated = (await t.stripe.customers.retrieve(customer.id)) as Stripe.Customer;
    const card = await t.stripe.paymentMethods.retrieve(updated.invoice_settings.default_payment_method as string);
    expect(card.card?.last4).toBe('3184');
  });

  it('retries the open invoice of a past_due subscription when a working card is saved', async () => {
    const { customer, subscription } = await subscribe(t, plans.monthly.id, CARD.failsLater);
    const periodEnd = subscription.items.data[0]!.current_period_end;
    await t.standin.advanceClock(periodEnd - t.standin.now() + 60);
    const pastDue = await t.stripe.subscriptions.retrieve(subscription.id);
    expect(pastDue.status).toBe('past_due');

    const url = await openPortal(customer.id);
    expect(await (await fetch(url)).text()).toContain('Your last payment failed.');
    const response = await postForm(`${url}/payment-method`, cardFields(CARD.succeeds));
    expect(response.headers.get('location')).toContain('notice=card-updated-paid');

    const active = await t.stripe.subscriptions.retrieve(subscription.id, { expand: ['latest_invoice'] });
    expect(active.status).toBe('active');
    expect((active.latest_invoice as Stripe.Invoice).status).toBe('paid');
    await t.receiver.waitFor((r) =>
      r.deliveries.some(
        (d) => d.event.type === 'customer.subscription.updated' && d.event.data.object.status === 'active',
      ),
    );
    const paid = await t.stripe.events.list({ type: 'invoice.paid' });
    expect(paid.data).toHaveLength(2);
  });

  it('offers only what a portal configuration enables: no cancelling, and plan changes among its prices', async () => {
    const { customer, subscription } = await subscribe(t, plans.monthly.id);
    const configuration = await t.stripe.billingPortal.configurations.create({
      features: {
        subscription_cancel: { enabled: false },
        payment_method_update: { enabled: true },
        invoice_history: { enabled: true },
        subscription_update: {
          enabled: true,
          default_allowed_updates: ['price'],
          products: [{ product: plans.product.id, prices: [plans.monthly.id, plans.yearly.id] }],
        },
      },
      metadata: { purpose: 'test' },
    });
    expect((await t.stripe.billingPortal.configurations.list({ active: true })).data.map((c) => c.id)).toEqual([
      configuration.id,
    ]);
    const session = await t.stripe.billingPortal.sessions.create({
      customer: customer.id,
      configuration: configuration.id,
    });
    expect(session.configuration).toBe(configuration.id);
    const html = await (await fetch(session.url)).text();
    expect(html).not.toContain('Cancel subscription');
    expect(html).toContain('Change plan');
    expect(html).toContain('Update payment method');

    // Posting to the address anyway changes nothing.
    expect((await postForm(`${session.url}/cancel`, {})).status).toBe(400);
    expect((await t.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBe(false);
    // The plans on offer are the configuration's: the Supporter price is not among them.
    const plansPage = await (await fetch(`${session.url}?view=plans`)).text();
    expect(plansPage).toContain(plans.yearly.id);
    expect(plansPage).not.toContain(plans.supporter.id);
    expect((await postForm(`${session.url}/change-plan`, { price: plans.supporter.id })).status).toBe(400);

    // Updating it turns a feature back on; an unknown configuration is refused.
    await t.stripe.billingPortal.configurations.update(configuration.id, {
      features: { subscription_cancel: { enabled: true } },
    });
    const again = await t.stripe.billingPortal.sessions.create({
      customer: customer.id,
      configuration: configuration.id,
    });
    expect(await (await fetch(again.url)).text()).toContain('Cancel subscription');
    await expect(
      t.stripe.billingPortal.sessions.create({ customer: customer.id, configuration: 'bpc_missing' }),
    ).rejects.toMatchObject({ statusCode: 404 });
  });
});
