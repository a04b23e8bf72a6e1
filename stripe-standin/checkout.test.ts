import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CARD,
  cardFields,
  createPlans,
  hiddenValue,
  postForm,
  startTestStandin,
  WEBHOOK_SECRET,
  type TestStandin,
} from './test-support';

let t: TestStandin;
let plans: Awaited<ReturnType<typeof createPlans>>;

beforeEach(async () => {
  t = await startTestStandin();
  plans = await createPlans(t.stripe);
});
afterEach(() => t.close());

async function openCheckout() {
  const customer = await t.stripe.customers.create({ email: 'reader@example.org', metadata: { user_id: 'u_42' } });
  const session = await t.stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    client_reference_id: 'u_42',
    line_items: [{ price: plans.monthly.id, quantity: 1 }],
    metadata: { user_id: 'u_42', from: 'article-7' },
    subscription_data: { metadata: { user_id: 'u_42', tier: 'member' } },
    success_url: 'http://app.test/membership/welcome?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://app.test/membership',
  });
  return { customer, session };
}

describe('hosted Checkout', () => {
  it('opens in the language it is asked for, says so on its page, and refuses one Stripe does not offer', async () => {
    const customer = await t.stripe.customers.create({ email: 'chitatel@example.org' });
    const session = await t.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: plans.monthly.id, quantity: 1 }],
      locale: 'ru',
      success_url: 'http://app.test/ru/membership/welcome',
    });
    expect(session.locale).toBe('ru');
    expect((await t.stripe.checkout.sessions.retrieve(session.id)).locale).toBe('ru');
    expect(await (await fetch(session.url!)).text()).toContain('<html lang="en" data-stripe-locale="ru">');
    await expect(
      t.stripe.checkout.sessions.create({
        mode: 'subscription',
        customer: customer.id,
        line_items: [{ price: plans.monthly.id, quantity: 1 }],
        locale: 'xx' as 'ru',
      }),
    ).rejects.toThrow(/locale/);
    const portal = await t.stripe.billingPortal.sessions.create({ customer: customer.id, locale: 'ru' });
    expect(portal.locale).toBe('ru');
  });

  it('shows the plan and a labelled card form with the email prefilled', async () => {
    const { session } = await openCheckout();
    expect(session.url).toBe(`${t.standin.url.replace('127.0.0.1', 'localhost')}/c/pay/${session.id}`);
    const html = await (await fetch(session.url!)).text();
    expect(html).toContain('Subscribe to Member');
    expect(html).toContain('$5.00');
    expect(html).toContain('per month');
    for (const label of ['Email', 'Card number', 'Expiration', 'CVC', 'Name on card']) {
      expect(html).toMatch(new RegExp(`<label for="\\w+">${label}</label>`));
    }
    expect(html).toContain('value="reader@example.org"');
    expect(html).toContain('>Subscribe</button>');
    expect(html).toContain('href="http://app.test/membership">← Back</a>');
  });

  it('subscribes with 4242, redirects to the success URL and sends the events in order, signed', async () => {
    const { customer, session } = await openCheckout();
    const response = await postForm(session.url!, { email: 'reader@example.org', ...cardFields(CARD.succeeds) });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`http://app.test/membership/welcome?session_id=${session.id}`);

    const paid = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription'] });
    expect(paid.status).toBe('complete');
    expect(paid.payment_status).toBe('paid');
    expect(paid.customer).toBe(customer.id);
    const subscription = paid.subscription as Stripe.Subscription;
    expect(subscription.status).toBe('active');
    expect(subscription.metadata).toEqual({ user_id: 'u_42', tier: 'member' });
    const item = subscription.items.data[0]!;
    expect(item.price.id).toBe(plans.monthly.id);
    const start = new Date(item.current_period_start * 1000);
    const end = new Date(item.current_period_end * 1000);
    expect((end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth()).toBe(1);

    const invoice = await t.stripe.invoices.retrieve(subscription.latest_invoice as string);
    expect(invoice).toMatchObject({ status: 'paid', billing_reason: 'subscription_create', amount_paid: 500 });
    const updatedCustomer = (await t.stripe.customers.retrieve(customer.id)) as Stripe.Customer;
    const paymentMethod = await t.stripe.paymentMethods.retrieve(
      updatedCustomer.invoice_settings.default_payment_method as string,
    );
    expect(paymentMethod.card).toMatchObject({ brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2034 });

    const wanted = [
      'customer.subscription.created',
      'invoice.paid',
      'invoice.payment_succeeded',
      'checkout.session.completed',
    ];
    await t.receiver.waitFor((r) => wanted.every((type) => r.types().includes(type)));
    expect(t.receiver.types().filter((type) => wanted.includes(type))).toEqual(wanted);
    for (const delivery of t.receiver.deliveries) {
      const event = t.stripe.webhooks.constructEvent(delivery.body, delivery.signature, WEBHOOK_SECRET);
      expect(event.api_version).toBe('2026-10-28.endive');
    }
    expect(() =>
      t.stripe.webhooks.constructEvent(
        t.receiver.deliveries[0]!.body,
        t.receiver.deliveries[0]!.signature,
        'whsec_wrong',
      ),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
    const completed = t.receiver.deliveries.find((d) => d.event.type === 'checkout.session.completed')!.event;
    expect((completed.data.object as Stripe.Checkout.Session).subscription).toBe(subscription.id);
  });

  it.each([
    [CARD.declined, 'Your card was declined.'],
    [CARD.insufficientFunds, 'Your card has insufficient funds.'],
    ['4111 1111 1111 1111', 'Your card number is invalid.'],
  ])('leaves no subscription when %s is refused', async (card, message) => {
    const { customer, session } = await openCheckout();
    const response = await postForm(session.url!, { email: 'reader@example.org', ...cardFields(card) });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await response.text()).toContain(message);
    expect((await t.stripe.subscriptions.list({ customer: customer.id, status: 'all' })).data).toHaveLength(0);
    expect((await t.stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
    const unchanged = (await t.stripe.customers.retrieve(customer.id)) as Stripe.Customer;
    expect(unchanged.invoice_settings.default_payment_method).toBeNull();
  });

  it('shows the form again with a message for each missing or garbled field', async () => {
    const { session } = await openCheckout();
    const response = await postForm(session.url!, {
      email: 'not-an-email',
      cardNumber: '',
      cardExpiry: '13/20',
      cardCvc: '1',
      billingName: '',
    });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('Your email address is invalid.');
    expect(html).toContain('Your card number is incomplete.');
    expect(html).toContain("Your card's expiration date is invalid.");
    expect(html).toContain("Your card's security code is invalid.");
    expect(html).toContain('Enter the name on your card.');
    expect(html).toContain('aria-describedby="cardNumber-error"');
    expect((await t.stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
  });

  it('asks for 3-D Secure with 3184 and subscribes once authentication completes', async () => {
    const { session } = await openCheckout();
    const challenge = await postForm(session.url!, { email: 'reader@example.org', ...cardFields(CARD.authentication) });
    const html = await challenge.text();
    expect(html).toContain('Complete authentication');
    expect(html).toContain('Fail authentication');
    expect((await t.stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');

    const response = await postForm(`${session.url}/authenticate`, {
      token: hiddenValue(html, 'token'),
      outcome: 'complete',
    });
    expect(response.status).toBe(303);
    const paid = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription'] });
    expect((paid.subscription as Stripe.Subscription).status).toBe('active');
  });

  it('returns to the form with the bank’s message when 3-D Secure fails', async () => {
    const { customer, session } = await openCheckout();
    const html = await (
      await postForm(session.url!, { email: 'reader@example.org', ...cardFields(CARD.authentication) })
    ).text();
    const response = await postForm(`${session.url}/authenticate`, {
      token: hiddenValue(html, 'token'),
      outcome: 'fail',
    });
    const page = await response.text();
    expect(page).toContain(
      'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
    );
    expect(page).toContain('<label for="cardNumber">Card number</label>');
    expect((await t.stripe.subscriptions.list({ customer: customer.id, status: 'all' })).data).toHaveLength(0);
  });

  it('creates the customer when the session names none', async () => {
    const session = await t.stripe.checkout.sessions.create({
      mode: 'subscription',
      customer_email: 'new@example.org',
      line_items: [{ price: plans.yearly.id, quantity: 1 }],
      success_url: 'http://app.test/welcome',
    });
    expect(await (await fetch(session.url!)).text()).toContain('value="new@example.org"');
    const response = await postForm(session.url!, { email: 'new@example.org', ...cardFields(CARD.succeeds) });
    expect(response.headers.get('location')).toBe('http://app.test/welcome');
    const paid = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['customer'] });
    expect((paid.customer as Stripe.Customer).email).toBe('new@example.org');
    expect(paid.customer_details?.email).toBe('new@example.org');
    await t.receiver.waitFor(
      (r) => r.types().includes('customer.created') && r.types().includes('checkout.session.completed'),
    );
  });

  it('does not charge a completed session twice', async () => {
    const { session } = await openCheckout();
    await postForm(session.url!, { email: 'reader@example.org', ...cardFields(CARD.succeeds) });
    const again = await postForm(session.url!, { email: 'reader@example.org', ...cardFields(CARD.succeeds) });
    expect(await again.text()).toContain('already been paid');
    expect((await t.stripe.subscriptions.list({ status: 'all' })).data).toHaveLength(1);
  });
});
