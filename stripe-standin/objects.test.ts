import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlans, startTestStandin, subscribe, type TestStandin } from './test-support';

/**
 * Stripe's own example objects (stripe/openapi fixtures3.json, copied into fixtures.json):
 * every field they show must be on the stand-in's objects too, as app code may read any of them.
 */
const fixtures = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures.json'), 'utf8')) as {
  resources: Record<string, Record<string, unknown>>;
};

type Json = Record<string, unknown>;

let t: TestStandin;
const objects: Record<string, Json> = {};

/** The object exactly as it travels on the wire, before the SDK touches it. */
async function raw(pathname: string): Promise<Json> {
  const response = await fetch(`${t.standin.url}${pathname}`, { headers: { authorization: 'Bearer sk_test_keys' } });
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

beforeAll(async () => {
  t = await startTestStandin();
  const plans = await createPlans(t.stripe);
  const { customer, session, subscription } = await subscribe(t, plans.monthly.id);
  // A plan change leaves proration invoice items behind.
  await t.stripe.subscriptions.update(subscription.id, {
    items: [{ id: subscription.items.data[0]!.id, price: plans.supporter.id }],
  });
  const portal = await t.stripe.billingPortal.sessions.create({
    customer: customer.id,
    return_url: 'http://app.test/account',
  });

  const sub = await raw(`/v1/subscriptions/${subscription.id}`);
  const items = sub.items as { data: Json[] };
  const invoice = await raw(`/v1/invoices/${subscription.latest_invoice as string}`);
  const cust = await raw(`/v1/customers/${customer.id}`);
  const settings = cust.invoice_settings as Json;
  const events = (await raw('/v1/events?limit=1')).data as Json[];
  const lineItems = (await raw(`/v1/checkout/sessions/${session.id}/line_items`)).data as Json[];
  const invoiceItems = (await raw(`/v1/invoiceitems?customer=${customer.id}&pending=true`)).data as Json[];

  Object.assign(objects, {
    customer: cust,
    product: await raw(`/v1/products/${plans.product.id}`),
    price: await raw(`/v1/prices/${plans.monthly.id}`),
    'checkout.session': await raw(`/v1/checkout/sessions/${session.id}`),
    item: lineItems[0],
    subscription: sub,
    subscription_item: items.data[0],
    plan: items.data[0]!.plan,
    invoice,
    line_item: (invoice.lines as { data: Json[] }).data[0],
    event: events[0],
    'billing_portal.session': portal as unknown as Json,
    payment_method: await raw(`/v1/payment_methods/${settings.default_payment_method as string}`),
    invoiceitem: invoiceItems[0],
  });
});

afterAll(() => t.close());

describe('object shapes', () => {
  it.each([
    'customer',
    'product',
    'price',
    'checkout.session',
    'item',
    'subscription',
    'subscription_item',
    'plan',
    'invoice',
    'line_item',
    'event',
    'billing_portal.session',
    'payment_method',
    'invoiceitem',
  ])('a %s carries every top-level field of Stripe’s example', (resource) => {
    const ours = objects[resource];
    expect(ours, `no ${resource} collected`).toBeDefined();
    const missing = Object.keys(fixtures.resources[resource]!).filter((key) => !(key in ours!));
    expect(missing).toEqual([]);
    expect(ours!.object).toBe(fixtures.resources[resource]!.object);
  });

  it('keeps the billing period on subscription items, not on the subscription', () => {
    expect(objects.subscription).not.toHaveProperty('current_period_end');
    expect(objects.subscription_item).toHaveProperty('current_period_end');
  });

  it('uses Stripe’s id prefixes', () => {
    const prefixes: Record<string, string> = {
      customer: 'cus_',
      product: 'prod_',
      price: 'price_',
      'checkout.session': 'cs_test_',
      subscription: 'sub_',
      subscription_item: 'si_',
      invoice: 'in_',
      event: 'evt_',
      'billing_portal.session': 'bps_',
      payment_method: 'pm_',
    };
    for (const [resource, prefix] of Object.entries(prefixes))
      expect(String(objects[resource]!.id)).toMatch(new RegExp(`^${prefix}\\w+$`));
  });
});
