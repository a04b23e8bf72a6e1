import type Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';
import { startStripeStandin } from './server';
import { deliveryLog, sdkFor, startTestStandin, waitUntil, WEBHOOK_SECRET, type TestStandin } from './test-support';
import { signatureHeader } from './webhooks';

let t: TestStandin | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const createdEmails = (r: TestStandin['receiver']) =>
  r.deliveries
    .filter((d) => d.event.type === 'customer.created')
    .map((d) => (d.event.data.object as Stripe.Customer).email);

describe('webhook delivery', () => {
  it('signs exactly what stripe.webhooks.constructEvent verifies', async () => {
    t = await startTestStandin();
    await t.stripe.customers.create({ email: 'a@example.org' });
    await t.receiver.waitFor((r) => r.deliveries.length === 1);
    const [delivery] = t.receiver.deliveries;
    expect(delivery!.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const event = t.stripe.webhooks.constructEvent(delivery!.body, delivery!.signature, WEBHOOK_SECRET);
    expect(event).toMatchObject({
      object: 'event',
      type: 'customer.created',
      livemode: false,
      api_version: '2026-10-28.endive',
      pending_webhooks: 1,
    });
    expect(event.request?.id).toMatch(/^req_/);
    expect(event.request?.idempotency_key).toMatch(/^stripe-node-retry-/);
    const timestamp = Number(/t=(\d+)/.exec(delivery!.signature)![1]);
    expect(signatureHeader(delivery!.body, WEBHOOK_SECRET, timestamp)).toBe(delivery!.signature);
  });

  it('sends each event with the object as it was when the event happened', async () => {
    t = await startTestStandin();
    const customer = await t.stripe.customers.create({ email: 'before@example.org' });
    await t.stripe.customers.update(customer.id, { email: 'after@example.org' });
    await t.receiver.waitFor((r) => r.deliveries.length === 2);
    expect(createdEmails(t.receiver)).toEqual(['before@example.org']);
    const updated = t.receiver.deliveries[1]!.event;
    expect(updated.type).toBe('customer.updated');
    expect(updated.data.previous_attributes).toEqual({ email: 'before@example.org' });
  });

  it('retries with backoff until the receiver answers 2xx', async () => {
    t = await startTestStandin({ retryBaseMs: 20 });
    t.receiver.respond = (_delivery, index) => (index < 2 ? 500 : 200);
    await t.stripe.customers.create({ email: 'a@example.org' });
    await t.receiver.waitFor((r) => r.deliveries.length === 3);
    const ids = new Set(t.receiver.deliveries.map((d) => d.event.id));
    expect(ids.size).toBe(1);
    const { standin } = t;
    await waitUntil(async () => (await deliveryLog(standin)).pending === 0);
    const log = await deliveryLog(standin);
    expect(log.data.map((d) => [d.attempt, d.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    expect(log.pending).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.receiver.deliveries).toHaveLength(3);
  });

  it('gives up after eight attempts on an endpoint that cannot be reached', async () => {
    const standin = await startStripeStandin({
      port: 0,
      webhookUrl: 'http://127.0.0.1:1/webhook',
      webhookSecret: WEBHOOK_SECRET,
      retryBaseMs: 1,
    });
    try {
      await sdkFor(standin).customers.create({ email: 'a@example.org' });
      // Eight refused connections and eight saves of the state: well under a second, unless the
      // machine is busy with a full test run, when three seconds were not always enough.
      await waitUntil(async () => (await deliveryLog(standin)).pending === 0, 20_000);
      const log = await deliveryLog(standin);
      expect(log.data.map((d) => d.attempt)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(log.data.every((d) => d.status === null && d.error)).toBe(true);
    } finally {
      await standin.close();
    }
  });

  it('answers the API at once while the receiver is slow', async () => {
    t = await startTestStandin();
    t.receiver.respond = () => new Promise((resolve) => setTimeout(() => resolve(200), 1000));
    await t.stripe.customers.create({ email: 'a@example.org' });
    const started = Date.now();
    await t.stripe.customers.create({ email: 'b@example.org' });
    await t.stripe.customers.list();
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('delivers every event twice with duplicate on', async () => {
    t = await startTestStandin();
    await t.control('/_standin/settings', { duplicate: true });
    await t.stripe.customers.create({ email: 'a@example.org' });
    await t.receiver.waitFor((r) => r.deliveries.length === 2);
    expect(t.receiver.deliveries[0]!.event.id).toBe(t.receiver.deliveries[1]!.event.id);
  });

  it('delays each delivery by delayMs', async () => {
    t = await startTestStandin();
    await t.control('/_standin/settings', { delayMs: 300 });
    const sent = Date.now();
    await t.stripe.customers.create({ email: 'a@example.org' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(t.receiver.deliveries).toHaveLength(0);
    await t.receiver.waitFor((r) => r.deliveries.length === 1);
    expect(Date.now() - sent).toBeGreaterThanOrEqual(290);
  });

  it('holds deliveries while paused and sends them in order on flush', async () => {
    t = await startTestStandin();
    await t.control('/_standin/settings', { paused: true });
    for (const email of ['1@x.org', '2@x.org', '3@x.org']) await t.stripe.customers.create({ email });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.receiver.deliveries).toHaveLength(0);
    expect(await t.control('/_standin/webhooks/flush', {})).toEqual({ flushed: 3 });
    expect(createdEmails(t.receiver)).toEqual(['1@x.org', '2@x.org', '3@x.org']);
  });

  it('sends held deliveries in random order with shuffle on', async () => {
    t = await startTestStandin();
    await t.control('/_standin/settings', { shuffle: true });
    const emails = Array.from({ length: 10 }, (_, i) => `${i}@x.org`);
    for (const email of emails) await t.stripe.customers.create({ email });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.receiver.deliveries).toHaveLength(0);
    await t.control('/_standin/webhooks/flush', {});
    const received = createdEmails(t.receiver);
    expect([...received].sort()).toEqual([...emails].sort());
    // Ten events in their original order by chance: one in 3.6 million.
    expect(received).not.toEqual(emails);
  });
});
