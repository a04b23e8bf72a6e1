import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStripeStandin } from './server';
import {
  createPlans,
  deliveryLog,
  sdkFor,
  startTestStandin,
  subscribe,
  waitUntil,
  WEBHOOK_SECRET,
  WebhookReceiver,
} from './test-support';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stripe-standin-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('persistence', () => {
  it('keeps customers, subscriptions, the clock and events across a restart', async () => {
    const dataFile = path.join(dir, 'stripe-standin.json');
    const first = await startTestStandin({ dataFile });
    const plans = await createPlans(first.stripe);
    const { customer, subscription } = await subscribe(first, plans.monthly.id);
    await first.standin.advanceClock(24 * 3600);
    const clock = first.standin.now();
    await first.close();
    expect(fs.readdirSync(dir)).toEqual(['stripe-standin.json']);

    const second = await startTestStandin({ dataFile });
    try {
      expect(Math.abs(second.standin.now() - clock)).toBeLessThan(5);
      expect((await second.stripe.customers.retrieve(customer.id)).id).toBe(customer.id);
      const restored = await second.stripe.subscriptions.retrieve(subscription.id);
      expect(restored).toMatchObject({ status: 'active', metadata: { user_id: 'u_1' } });
      expect((await second.stripe.prices.list({ lookup_keys: ['member_monthly'] })).data).toHaveLength(1);
      expect((await second.stripe.events.list({ type: 'checkout.session.completed' })).data).toHaveLength(1);
      // A renewal that fell due while stopped would happen now; this one is weeks away.
      expect((await second.stripe.invoices.list({ subscription: subscription.id })).data).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('resumes webhook deliveries that were still pending when it stopped', async () => {
    const dataFile = path.join(dir, 'stripe-standin.json');
    const receiver = await new WebhookReceiver().start();
    receiver.respond = () => 503;
    const options = { port: 0, dataFile, webhookUrl: receiver.url, webhookSecret: WEBHOOK_SECRET, retryBaseMs: 60_000 };
    const first = await startStripeStandin(options);
    const customer = await sdkFor(first).customers.create({ email: 'a@example.org' });
    // Wait until the stand-in has recorded the failure (not only until the receiver saw the request).
    await waitUntil(async () => (await deliveryLog(first)).data.length === 1);
    await first.close();

    // The retry is saved, due a minute after the failure; bring it forward rather than wait.
    const saved = JSON.parse(fs.readFileSync(dataFile, 'utf8')) as {
      deliveries: { pending: { dueAt: number; attempt: number }[] };
    };
    expect(saved.deliveries.pending).toHaveLength(1);
    expect(saved.deliveries.pending[0]).toMatchObject({ attempt: 2 });
    expect(saved.deliveries.pending[0]!.dueAt).toBeGreaterThan(Date.now());
    saved.deliveries.pending[0]!.dueAt = Date.now();
    fs.writeFileSync(dataFile, JSON.stringify(saved));

    receiver.respond = () => 200;
    const second = await startStripeStandin(options);
    try {
      await receiver.waitFor((r) => r.deliveries.length === 2);
      expect((receiver.deliveries[1]!.event.data.object as { id: string }).id).toBe(customer.id);
    } finally {
      await second.close();
      await receiver.close();
    }
  });
});
