import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlans, startTestStandin, subscribe, type TestStandin } from './test-support';

let t: TestStandin;

beforeEach(async () => {
  t = await startTestStandin();
});
afterEach(() => t.close());

describe('REST conventions', () => {
  it('rejects a missing or garbled key with 401 in Stripe’s error shape', async () => {
    const missing = await fetch(`${t.standin.url}/v1/customers`);
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');

    const garbled = new Stripe('not a key', {
      host: '127.0.0.1',
      port: t.standin.port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    await expect(garbled.customers.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it('answers an unknown id with 404 resource_missing', async () => {
    const error = await t.stripe.customers.retrieve('cus_nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
      param: 'id',
      message: "No such customer: 'cus_nope'",
    });
  });

  it('reports a missing parameter with its name', async () => {
    const error = await t.stripe.products.create({} as Stripe.ProductCreateParams).catch((e: unknown) => e);
    expect(error).toMatchObject({ statusCode: 400, code: 'parameter_missing', param: 'name' });
  });

  it('replays a POST with the same Idempotency-Key and refuses the key with other parameters', async () => {
    const first = await t.stripe.customers.create({ email: 'a@example.org' }, { idempotencyKey: 'reader-1' });
    const again = await t.stripe.customers.create({ email: 'a@example.org' }, { idempotencyKey: 'reader-1' });
    expect(again.id).toBe(first.id);
    expect((await t.stripe.customers.list()).data).toHaveLength(1);
    const error = await t.stripe.customers
      .create({ email: 'b@example.org' }, { idempotencyKey: 'reader-1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it('lists newest first with limit, starting_after, has_more and auto-pagination; filters customers by email', async () => {
    for (let i = 0; i < 5; i++)
      await t.stripe.customers.create({ email: i % 2 ? 'odd@example.org' : `even${i}@example.org` });
    const page = await t.stripe.customers.list({ limit: 2 });
    expect(page).toMatchObject({ object: 'list', has_more: true, url: '/v1/customers' });
    expect(page.data.map((c) => c.email)).toEqual(['even4@example.org', 'odd@example.org']);
    const next = await t.stripe.customers.list({ limit: 2, starting_after: page.data[1]!.id });
    expect(next.data.map((c) => c.email)).toEqual(['even2@example.org', 'odd@example.org']);
    const all: string[] = [];
    for await (const customer of t.stripe.customers.list({ limit: 2 })) all.push(customer.id);
    expect(all).toHaveLength(5);
    expect((await t.stripe.customers.list({ email: 'odd@example.org' })).data).toHaveLength(2);
  });

  it('reads Stripe’s bracket syntax, encoded or not, including expand[]', async () => {
    const post = (body: string) =>
      fetch(`${t.standin.url}/v1/customers`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk_test_raw', 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    const plain = (await (
      await post('email=a%40example.org&metadata[from]=article-7&metadata[placement]=inline')
    ).json()) as Stripe.Customer;
    expect(plain.metadata).toEqual({ from: 'article-7', placement: 'inline' });
    const encoded = (await (await post('metadata%5Bfrom%5D=home&name=Nino+Beridze')).json()) as Stripe.Customer;
    expect(encoded).toMatchObject({ name: 'Nino Beridze', metadata: { from: 'home' } });

    const plans = await createPlans(t.stripe);
    const { session } = await subscribe(t, plans.monthly.id);
    const response = await fetch(
      `${t.standin.url}/v1/checkout/sessions/${session.id}?expand[]=subscription&expand[]=customer`,
      {
        headers: { authorization: 'Bearer sk_test_raw' },
      },
    );
    const expanded = (await response.json()) as { subscription: { object: string }; customer: { object: string } };
    expect(expanded.subscription.object).toBe('subscription');
    expect(expanded.customer.object).toBe('customer');
  });

  it('updates metadata the Stripe way: an empty value removes a key', async () => {
    const customer = await t.stripe.customers.create({ metadata: { user_id: 'u_1', from: 'home' } });
    const updated = await t.stripe.customers.update(customer.id, { name: 'N. B.', metadata: { from: '' } });
    expect(updated.metadata).toEqual({ user_id: 'u_1' });
    expect(updated.name).toBe('N. B.');
  });
});

describe('products and prices', () => {
  it('finds prices by lookup key and moves a lookup key with transfer_lookup_key', async () => {
    const { product, monthly } = await createPlans(t.stripe);
    const found = await t.stripe.prices.list({ lookup_keys: ['member_monthly', 'member_yearly'], active: true });
    expect(found.data.map((p) => p.lookup_key).sort()).toEqual(['member_monthly', 'member_yearly']);

    const clash = await t.stripe.prices
      .create({
        product: product.id,
        currency: 'usd',
        unit_amount: 700,
        recurring: { interval: 'month' },
        lookup_key: 'member_monthly',
      })
      .catch((e: unknown) => e);
    expect(clash).toMatchObject({ statusCode: 400, param: 'lookup_key' });

    const replacement = await t.stripe.prices.create({
      product: product.id,
      currency: 'usd',
      unit_amount: 700,
      recurring: { interval: 'month' },
      lookup_key: 'member_monthly',
      transfer_lookup_key: true,
    });
    const [now] = (await t.stripe.prices.list({ lookup_keys: ['member_monthly'] })).data;
    expect(now!.id).toBe(replacement.id);
    expect((await t.stripe.prices.retrieve(monthly.id)).lookup_key).toBeNull();

    const archived = await t.stripe.prices.update(monthly.id, { active: false, metadata: { retired: 'yes' } });
    expect(archived).toMatchObject({ active: false, metadata: { retired: 'yes' } });
    expect((await t.stripe.prices.list({ product: product.id, active: true })).data.map((p) => p.id)).not.toContain(
      monthly.id,
    );
  });

  it('creates a product on the fly from product_data', async () => {
    const price = await t.stripe.prices.create(
      {
        currency: 'usd',
        unit_amount: 1200,
        recurring: { interval: 'month' },
        product_data: { name: 'Your amount', metadata: { tier: 'custom' } },
      },
      { idempotencyKey: 'custom-price-1200' },
    );
    const product = await t.stripe.products.retrieve(price.product as string);
    expect(product).toMatchObject({ name: 'Your amount', metadata: { tier: 'custom' } });
    const updated = await t.stripe.products.update(product.id, { name: 'Choose your amount' });
    expect(updated.name).toBe('Choose your amount');
    expect((await t.stripe.products.list({ active: true })).data).toHaveLength(1);
  });
});

describe('subscriptions through the API', () => {
  it('expands subscription, customer, latest_invoice and items.data.price.product', async () => {
    const plans = await createPlans(t.stripe);
    const { customer, session, subscription } = await subscribe(t, plans.monthly.id);

    const withSubscription = await t.stripe.checkout.sessions.retrieve(session.id, {
      expand: ['subscription', 'customer'],
    });
    expect((withSubscription.subscription as Stripe.Subscription).id).toBe(subscription.id);
    expect((withSubscription.customer as Stripe.Customer).email).toBe('reader@example.org');

    const expanded = await t.stripe.subscriptions.retrieve(subscription.id, {
      expand: ['latest_invoice', 'items.data.price.product'],
    });
    expect((expanded.latest_invoice as Stripe.Invoice).object).toBe('invoice');
    expect((expanded.items.data[0]!.price.product as Stripe.Product).name).toBe('Member');

    const listed = await t.stripe.subscriptions.list({ customer: customer.id, expand: ['data.customer'] });
    expect((listed.data[0]!.customer as Stripe.Customer).id).toBe(customer.id);
  });

  it('sets cancel_at_period_end, changes the price with prorations, and cancels', async () => {
    const plans = await createPlans(t.stripe);
    const { customer, subscription } = await subscribe(t, plans.monthly.id);
    const item = subscription.items.data[0]!;

    const cancelling = await t.stripe.subscriptions.update(subscription.id, {
      cancel_at_period_end: true,
      metadata: { note: 'x' },
    });
    expect(cancelling).toMatchObject({
      cancel_at_period_end: true,
      cancel_at: item.current_period_end,
      metadata: { note: 'x' },
    });

    const changed = await t.stripe.subscriptions.update(subscription.id, {
      items: [{ id: item.id, price: plans.supporter.id }],
      proration_behavior: 'create_prorations',
    });
    expect(changed.items.data[0]!.price.id).toBe(plans.supporter.id);
    expect(changed.items.data[0]!.current_period_end).toBe(item.current_period_end);
    const pending = await t.stripe.invoiceItems.list({ customer: customer.id, pending: true });
    expect(pending.data.map((i) => i.amount).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    const yearly = await t.stripe.subscriptions.update(subscription.id, {
      items: [{ id: item.id, price: plans.yearly.id }],
      proration_behavior: 'always_invoice',
    });
    expect((await t.stripe.invoices.retrieve(yearly.latest_invoice as string)).billing_reason).toBe(
      'subscription_update',
    );

    // The stand-in's clock is in whole seconds and may tick during the call: ended_at is within it.
    const before = t.standin.now();
    const canceled = await t.stripe.subscriptions.cancel(subscription.id);
    expect(canceled.status).toBe('canceled');
    expect(canceled.ended_at).toBeGreaterThanOrEqual(before);
    expect(canceled.ended_at).toBeLessThanOrEqual(t.standin.now());
    expect((await t.stripe.subscriptions.list({ customer: customer.id })).data).toHaveLength(0);
    expect((await t.stripe.subscriptions.list({ customer: customer.id, status: 'all' })).data).toHaveLength(1);
    expect((await t.stripe.subscriptions.list({ customer: customer.id, status: 'canceled' })).data).toHaveLength(1);
  });

  it('lists invoices by customer and subscription, and events by type', async () => {
    const plans = await createPlans(t.stripe);
    const { customer, subscription } = await subscribe(t, plans.monthly.id);
    expect((await t.stripe.invoices.list({ customer: customer.id })).data).toHaveLength(1);
    expect((await t.stripe.invoices.list({ subscription: subscription.id })).data[0]!.billing_reason).toBe(
      'subscription_create',
    );
    const created = await t.stripe.events.list({ type: 'customer.subscription.created' });
    expect(created.data).toHaveLength(1);
    const event = await t.stripe.events.retrieve(created.data[0]!.id);
    expect((event.data.object as Stripe.Subscription).id).toBe(subscription.id);
    expect((await t.stripe.events.list({ type: 'invoice.*' })).data.map((e) => e.type).sort()).toEqual([
      'invoice.paid',
      'invoice.payment_succeeded',
    ]);
  });

  it('creates portal sessions with a URL on the stand-in, optionally for the card form', async () => {
    const customer = await t.stripe.customers.create({ email: 'reader@example.org' });
    const session = await t.stripe.billingPortal.sessions.create({
      customer: customer.id,
      return_url: 'http://app.test/account',
      flow_data: { type: 'payment_method_update' },
    });
    expect(session.url).toMatch(/^http:\/\/localhost:\d+\/p\/session\/bps_\w+$/);
    expect(session.flow?.type).toBe('payment_method_update');
    const html = await (await fetch(session.url)).text();
    expect(html).toContain('<label for="cardNumber">Card number</label>');
    expect(html).toContain('← Return to app.test');
  });
});
