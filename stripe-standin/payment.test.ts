import fs from 'node:fs';
import path from 'node:path';
import type Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD, cardFields, hiddenValue, postForm, startTestStandin, type TestStandin } from './test-support';

/** Checkout in payment mode: a one-off gift with an amount the reader chose (price_data). */

let t: TestStandin;

beforeEach(async () => {
  t = await startTestStandin();
  await t.control('/_standin/settings', { businessName: 'Ridgeline' });
});
afterEach(() => t.close());

const fixtures = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures.json'), 'utf8')) as {
  resources: Record<string, Record<string, unknown>>;
};

function openDonation(extra: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  return t.stripe.checkout.sessions.create({
    mode: 'payment',
    submit_type: 'donate',
    line_items: [
      {
        quantity: 1,
        price_data: { currency: 'usd', unit_amount: 2500, product_data: { name: 'A gift to Ridgeline' } },
      },
    ],
    metadata: { purpose: 'newsroom', from: 'river-story', placement: 'end-of-article' },
    payment_intent_data: { metadata: { purpose: 'newsroom' } },
    success_url: 'http://app.test/give/thanks?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://app.test/articles/river-story',
    ...extra,
  });
}

describe('Checkout in payment mode', () => {
  it('makes a session for the amount typed, with submit_type donate and a guest customer', async () => {
    const session = await openDonation();
    expect(session).toMatchObject({
      mode: 'payment',
      submit_type: 'donate',
      amount_total: 2500,
      currency: 'usd',
      customer: null,
      customer_creation: 'if_required',
      payment_intent: null,
      payment_status: 'unpaid',
      status: 'open',
    });
    const lines = await t.stripe.checkout.sessions.listLineItems(session.id);
    expect(lines.data).toHaveLength(1);
    expect(lines.data[0]).toMatchObject({ amount_total: 2500, description: 'A gift to Ridgeline', quantity: 1 });
    expect(lines.data[0]!.price).toMatchObject({ type: 'one_time', unit_amount: 2500, active: false });
  });

  it('shows the amount, an editable email field and a Donate button', async () => {
    const session = await openDonation();
    const html = await (await fetch(session.url!)).text();
    expect(html).toContain('Donate to Ridgeline');
    expect(html).toContain('$25.00');
    expect(html).not.toContain('per month');
    expect(html).toMatch(/<input id="email" name="email" type="email" autocomplete="email" value="">/);
    expect(html).toContain('>Donate</button>');
    expect(html).not.toContain('>Subscribe</button>');
    expect(html).toContain('href="http://app.test/articles/river-story">← Back</a>');
  });

  it('keeps customer_email fixed on the page and in customer_details', async () => {
    const session = await openDonation({ customer_email: 'giver@example.org' });
    const html = await (await fetch(session.url!)).text();
    expect(html).toContain('value="giver@example.org" readonly');
    await postForm(session.url!, { email: 'someone-else@example.org', ...cardFields(CARD.succeeds) });
    const paid = await t.stripe.checkout.sessions.retrieve(session.id);
    expect(paid.customer_details?.email).toBe('giver@example.org');
  });

  it('pays with 4242: a succeeded PaymentIntent, a paid session and the events, with no Customer made', async () => {
    const session = await openDonation();
    const response = await postForm(session.url!, { email: 'anon@example.org', ...cardFields(CARD.succeeds) });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`http://app.test/give/thanks?session_id=${session.id}`);

    const paid = await t.stripe.checkout.sessions.retrieve(session.id);
    expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid', customer: null, subscription: null });
    expect(paid.customer_details?.email).toBe('anon@example.org');
    const intent = await t.stripe.paymentIntents.retrieve(paid.payment_intent as string);
    expect(intent).toMatchObject({
      status: 'succeeded',
      amount: 2500,
      amount_received: 2500,
      currency: 'usd',
      customer: null,
      metadata: { purpose: 'newsroom' },
    });
    expect(intent.id).toMatch(/^pi_\w+$/);
    const missing = Object.keys(fixtures.resources.payment_intent!).filter((key) => !(key in intent));
    expect(missing).toEqual([]);
    expect((await t.stripe.customers.list()).data).toEqual([]);

    await t.receiver.waitFor((r) => r.types().includes('checkout.session.completed'));
    expect(t.receiver.types()).toEqual([
      'payment_intent.created',
      'payment_intent.succeeded',
      'checkout.session.completed',
    ]);
    const completed = t.receiver.deliveries.at(-1)!.event.data.object as Stripe.Checkout.Session;
    expect(completed).toMatchObject({
      mode: 'payment',
      payment_status: 'paid',
      amount_total: 2500,
      payment_intent: intent.id,
      customer_details: { email: 'anon@example.org' },
      metadata: { purpose: 'newsroom', from: 'river-story', placement: 'end-of-article' },
    });
  });

  it.each([
    [CARD.declined, 'Your card was declined.'],
    [CARD.insufficientFunds, 'Your card has insufficient funds.'],
  ])('refuses card %s with a message and records no payment', async (card, message) => {
    const session = await openDonation();
    const response = await postForm(session.url!, { email: 'anon@example.org', ...cardFields(card) });
    expect(response.status).toBe(402);
    const html = await response.text();
    expect(html).toContain(message);
    expect(html).toContain('value="anon@example.org"');
    expect(html).toContain('>Donate</button>');
    const open = await t.stripe.checkout.sessions.retrieve(session.id);
    expect(open).toMatchObject({ status: 'open', payment_status: 'unpaid', payment_intent: null });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t.receiver.types()).toEqual([]);
  });

  it('pays after authentication with 3184, and not when it fails', async () => {
    const session = await openDonation();
    const challenge = await (
      await postForm(session.url!, { email: 'anon@example.org', ...cardFields(CARD.authentication) })
    ).text();
    expect(challenge).toContain('a payment of $25.00');
    const failed = await postForm(`${session.url}/authenticate`, {
      token: hiddenValue(challenge, 'token'),
      outcome: 'fail',
    });
    expect(failed.status).toBe(402);
    const again = await (
      await postForm(session.url!, { email: 'anon@example.org', ...cardFields(CARD.authentication) })
    ).text();
    const passed = await postForm(`${session.url}/authenticate`, {
      token: hiddenValue(again, 'token'),
      outcome: 'complete',
    });
    expect(passed.status).toBe(303);
    expect((await t.stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe('paid');
  });

  it('refuses what Stripe refuses', async () => {
    await expect(
      openDonation({
        line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 49, product_data: { name: 'Gift' } } }],
      }),
    ).rejects.toMatchObject({ code: 'amount_too_small', statusCode: 400 });
    await expect(
      openDonation({ line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 500 } }] }),
    ).rejects.toMatchObject({ param: 'line_items[0][price_data][product_data]' });
    await expect(
      t.stripe.checkout.sessions.create({
        mode: 'subscription',
        submit_type: 'donate',
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: 'usd',
              unit_amount: 500,
              recurring: { interval: 'month' },
              product_data: { name: 'Member' },
            },
          },
        ],
        success_url: 'http://app.test/ok',
      }),
    ).rejects.toMatchObject({ param: 'submit_type' });
    await expect(openDonation({ subscription_data: { metadata: { a: 'b' } } })).rejects.toMatchObject({
      param: 'subscription_data',
    });
  });
});
