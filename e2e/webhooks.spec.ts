import crypto from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import Stripe from 'stripe';
import { signedInContext } from './fixtures/accounts';
import { CARDS, payOnCheckout, standinUrl } from './fixtures/stripe';

const WEBHOOK_SECRET = 'whsec_local_standin';
const standin = new URL(standinUrl);
const stripe = new Stripe('sk_test_e2e', { host: standin.hostname, port: Number(standin.port), protocol: 'http' });

/** A member made through the real flow; returns their subscription as Stripe has it now. */
async function becomeMember(page: Page, email: string) {
  await page.goto('/membership/join?tier=member&interval=month&from=webhook-test&placement=banner');
  await page.getByRole('button', { name: 'Continue to secure payment' }).click();
  await payOnCheckout(page, CARDS.succeeds);
  await expect(page.getByRole('heading', { name: 'Welcome, and thank you' })).toBeVisible({ timeout: 20_000 });
  const [customer] = (await stripe.customers.list({ email, limit: 1 })).data;
  const [subscription] = (await stripe.subscriptions.list({ customer: customer?.id ?? '', limit: 1 })).data;
  if (!subscription) throw new Error('no subscription');
  return subscription;
}

function signed(event: object) {
  const payload = JSON.stringify(event);
  return {
    data: payload,
    headers: {
      'Content-Type': 'application/json',
      'Stripe-Signature': stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }),
    },
  };
}

const newEvent = (type: string, object: object) => ({
  id: `evt_e2e_${crypto.randomBytes(8).toString('hex')}`,
  object: 'event',
  type,
  created: Math.floor(Date.now() / 1000),
  api_version: '2026-10-28.endive',
  livemode: false,
  pending_webhooks: 1,
  request: { id: null, idempotency_key: null },
  data: { object },
});

async function deliver(request: APIRequestContext, event: object) {
  const response = await request.post('/api/stripe/webhook', signed(event));
  return { status: response.status(), body: (await response.json()) as { outcome?: string } };
}

test('a forged or missing signature is refused with 400', async ({ request }) => {
  const event = newEvent('customer.subscription.updated', { id: 'sub_forged', object: 'subscription' });
  const forged = await request.post('/api/stripe/webhook', {
    data: JSON.stringify(event),
    headers: {
      'Content-Type': 'application/json',
      'Stripe-Signature': stripe.webhooks.generateTestHeaderString({
        payload: JSON.stringify(event),
        secret: 'whsec_wrong',
      }),
    },
  });
  expect(forged.status()).toBe(400);
  const tampered = signed(event);
  const altered = await request.post('/api/stripe/webhook', {
    ...tampered,
    data: tampered.data.replace('sub_forged', 'sub_other'),
  });
  expect(altered.status()).toBe(400);
  expect(
    (
      await request.post('/api/stripe/webhook', {
        data: JSON.stringify(event),
        headers: { 'Content-Type': 'application/json' },
      })
    ).status(),
  ).toBe(400);
});

test('an event the app does not use is acknowledged', async ({ request }) => {
  const result = await deliver(request, newEvent('customer.created', { id: 'cus_x', object: 'customer' }));
  expect(result.status).toBe(200);
  expect(result.body.outcome).toBe('ignored');
});

test('replays, concurrent duplicates and shuffled events leave one correct membership', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page, email } = await signedInContext(browser, 'webhooks');
  const subscription = await becomeMember(page, email);

  // The same event ten times in a row: one effect.
  const replayed = newEvent('customer.subscription.updated', subscription);
  const outcomes = [];
  for (let i = 0; i < 10; i++) outcomes.push((await deliver(page.request, replayed)).body.outcome);
  expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
  expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(9);

  // Twenty simultaneous deliveries of one new event: one applied, one membership row.
  const concurrent = newEvent('invoice.paid', {
    id: 'in_e2e',
    object: 'invoice',
    subscription: subscription.id,
    parent: { subscription_details: { subscription: subscription.id } },
  });
  const results = await Promise.all(Array.from({ length: 20 }, () => deliver(page.request, concurrent)));
  expect(results.every((r) => r.status === 200)).toBe(true);
  expect(results.filter((r) => r.body.outcome === 'applied')).toHaveLength(1);

  // Cancel at period end at Stripe, then deliver every kind of event in a random order:
  // whatever the order, the local copy ends as Stripe has it.
  await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
  const now = await stripe.subscriptions.retrieve(subscription.id);
  const shuffled = [
    newEvent('customer.subscription.created', { ...subscription, cancel_at_period_end: false }),
    newEvent('invoice.paid', {
      id: 'in_e2e2',
      object: 'invoice',
      parent: { subscription_details: { subscription: subscription.id } },
    }),
    newEvent('checkout.session.completed', { id: 'cs_e2e', object: 'checkout.session', subscription: subscription.id }),
    newEvent('customer.subscription.updated', now),
  ].sort(() => Math.random() - 0.5);
  for (const event of shuffled) expect((await deliver(page.request, event)).status).toBe(200);

  const data = await (await page.request.get('/account/export')).json();
  // Other tests move the shared Stripe clock, so compare with what Stripe says right now.
  const truth = await stripe.subscriptions.retrieve(subscription.id);
  expect(data.memberships).toHaveLength(1);
  expect(data.memberships[0]).toMatchObject({
    id: subscription.id,
    status: truth.status,
    cancelAtPeriodEnd: truth.cancel_at_period_end,
    tier: 'member',
    amount: 1000,
  });
  expect(truth.cancel_at_period_end || truth.status === 'canceled').toBe(true);
  await context.close();
});
