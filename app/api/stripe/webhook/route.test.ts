import { and, eq, isNull } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useConnection } from '@/db';
import { jobs, memberships, users } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { runDueJobs } from '@/lib/jobs/runner';
import { deleteAccount } from '@/lib/membership/account-deletion';
import { env } from '@/lib/env';
import { webhookSecret } from '@/lib/stripe';
import { CARD, subscribe } from '@/stripe-standin/test-support';
import { startAppStripe } from '@/test/app-stripe';
import { POST } from './route';

// Outside a Next request there is no cache to revalidate; the tests read the database instead.
vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

/** A real SMTP listener that can hang (never greets), refuse (421) or accept. */
function startSmtp() {
  const received: { to: string; subject: string }[] = [];
  const control = { mode: 'accept' as 'accept' | 'hang' | 'refuse', received, port: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      if (control.mode === 'hang') return;
      if (control.mode === 'refuse')
        return callback(Object.assign(new Error('Too busy, try later'), { responseCode: 421 }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          for (const rcpt of session.envelope.rcptTo)
            received.push({ to: rcpt.address.toLowerCase(), subject: mail.subject ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  return new Promise<typeof control & { close: () => void }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      control.port = (server.server.address() as { port: number }).port;
      resolve(Object.assign(control, { close: () => server.close(() => undefined) }));
    });
  });
}

const TIMEOUT = Symbol('timeout');

/** POSTs a signed event to the webhook; gives up after 5 s so that a hanging answer fails the test quickly. */
async function deliver(event: object) {
  const payload = JSON.stringify(event);
  const stripeSdk = (await import('@/lib/stripe')).stripe();
  const signature = stripeSdk.webhooks.generateTestHeaderString({ payload, secret: webhookSecret() });
  const started = performance.now();
  const answer = await Promise.race([
    POST(
      new Request('http://localhost/api/stripe/webhook', {
        method: 'POST',
        body: payload,
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      }),
    ),
    new Promise<typeof TIMEOUT>((resolve) => setTimeout(() => resolve(TIMEOUT), 5000)),
  ]);
  if (answer === TIMEOUT) throw new Error('the webhook did not answer within 5 s');
  return {
    status: answer.status,
    ms: performance.now() - started,
    body: (await answer.json()) as { outcome?: string },
  };
}

// One stand-in and one mail server for the file: the app's Stripe client and mailer are built once.
let stripe: Awaited<ReturnType<typeof startAppStripe>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  stripe = await startAppStripe();
  smtp = await startSmtp();
  env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
});
afterAll(async () => {
  smtp?.close();
  await stripe?.close();
});

describe.each(testDatabaseKinds)('the Stripe webhook on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let n = 0;

  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    useConnection(conn);
    // The first request loads the route's modules and the database; time the ones after it.
    await deliver({
      id: `evt_warm_${kind}`,
      object: 'event',
      type: 'customer.created',
      data: { object: { id: 'cus_warm' } },
    });
  });
  afterAll(() => conn?.dispose());

  /** A reader who has just paid on Checkout; `events(type)` are the events the stand-in sent for it. */
  async function newMember() {
    const email = `member-${kind}-${++n}@example.org`;
    const [user] = await conn.db.insert(users).values({ email }).returning();
    if (!user) throw new Error('no user');
    const { customer, subscription } = await subscribe(stripe.t, stripe.plans.monthly.id, CARD.succeeds, {
      user_id: user.id,
    });
    await conn.db.update(users).set({ stripeCustomerId: customer.id }).where(eq(users.id, user.id));
    const about = (event: Stripe.Event) => JSON.stringify(event.data.object).includes(subscription.id);
    await stripe.t.receiver.waitFor((r) =>
      r.deliveries.some((d) => d.event.type === 'checkout.session.completed' && about(d.event)),
    );
    const events = (type: string) => {
      const found = stripe.t.receiver.deliveries.find((d) => d.event.type === type && about(d.event));
      if (!found) throw new Error(`no ${type} for ${subscription.id}`);
      return found.event;
    };
    return { userId: user.id, email, subscription, events };
  }

  const pendingMailJobs = () =>
    conn.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, 'member-mail'), isNull(jobs.doneAt)));
  const statusOf = async (subscriptionId: string) =>
    (await conn.db.select().from(memberships).where(eq(memberships.id, subscriptionId)))[0]?.status;

  it('answers at once while the mail server hangs; the queued welcome goes out once it answers', async () => {
    smtp.mode = 'hang';
    const member = await newMember();
    const answer = await deliver(member.events('checkout.session.completed'));
    expect(answer).toMatchObject({ status: 200, body: { outcome: 'applied' } });
    expect(answer.ms).toBeLessThan(200);
    expect(await statusOf(member.subscription.id)).toBe('active');
    expect((await pendingMailJobs()).map((j) => j.payload)).toEqual([
      { mail: 'welcome', userId: member.userId, tier: 'member' },
    ]);
    expect(smtp.received.filter((m) => m.to === member.email)).toHaveLength(0);

    smtp.mode = 'accept';
    expect(await runDueJobs()).toMatchObject({ ran: 1, failed: 0 });
    expect(smtp.received.filter((m) => m.to === member.email).map((m) => m.subject)).toEqual(['Welcome to Ridgeline']);
    expect(await pendingMailJobs()).toHaveLength(0);
  });

  it('answers 200 while the mail server refuses, and retries the mail with back-off until it is sent', async () => {
    smtp.mode = 'refuse';
    const member = await newMember();
    const answer = await deliver(member.events('customer.subscription.created'));
    expect(answer).toMatchObject({ status: 200, body: { outcome: 'applied' } });
    expect(answer.ms).toBeLessThan(200);

    expect(await runDueJobs()).toMatchObject({ ran: 0, failed: 1 });
    const [job] = await pendingMailJobs();
    expect(job?.attempts).toBe(1);
    expect(job?.lastError).toMatch(/Too busy/);
    expect(job!.runAt.getTime()).toBeGreaterThan(Date.now() + 5000);
    expect(await runDueJobs()).toMatchObject({ ran: 0, failed: 0 }); // not due again yet

    smtp.mode = 'accept';
    await conn.db.update(jobs).set({ runAt: new Date() }).where(eq(jobs.id, job!.id));
    expect(await runDueJobs()).toMatchObject({ ran: 1, failed: 0 });
    expect(smtp.received.filter((m) => m.to === member.email).map((m) => m.subject)).toEqual(['Welcome to Ridgeline']);
    // A replay of the recorded event queues nothing more.
    expect((await deliver(member.events('customer.subscription.created'))).body.outcome).toBe('duplicate');
    expect(await pendingMailJobs()).toHaveLength(0);
  });

  it('queues the failed-payment mail, and sends none to an account deleted before it went out', async () => {
    smtp.mode = 'accept';
    const member = await newMember();
    await deliver(member.events('checkout.session.completed'));
    await runDueJobs();
    const failed = (id: string) => ({
      id,
      object: 'event',
      type: 'invoice.payment_failed',
      data: {
        object: {
          id: `in_${id}`,
          object: 'invoice',
          parent: { subscription_details: { subscription: member.subscription.id } },
        },
      },
    });
    expect((await deliver(failed(`evt_failed_${kind}_1`))).body.outcome).toBe('applied');
    await runDueJobs();
    expect(smtp.received.filter((m) => m.to === member.email).map((m) => m.subject)).toEqual([
      'Welcome to Ridgeline',
      'Your Ridgeline payment failed: please update your card',
    ]);

    expect((await deliver(failed(`evt_failed_${kind}_2`))).body.outcome).toBe('applied');
    await conn.db.delete(users).where(eq(users.id, member.userId));
    expect(await runDueJobs()).toMatchObject({ ran: 1, failed: 0 });
    expect(smtp.received.filter((m) => m.to === member.email)).toHaveLength(2);
  });

  it('never lets an older read of a subscription overwrite a newer one', async () => {
    smtp.mode = 'accept';
    const member = await newMember();
    // Event A reads the subscription while it is active, and its answer from Stripe is held back.
    const held = stripe.proxy.hold(
      (method, path) => method === 'GET' && path.startsWith(`/v1/subscriptions/${member.subscription.id}`),
    );
    const a = deliver(member.events('invoice.paid'));
    await held.arrived;
    // Meanwhile the subscription is cancelled, and event B reports it.
    await stripe.t.stripe.subscriptions.cancel(member.subscription.id);
    await stripe.t.receiver.waitFor((r) =>
      r.deliveries.some(
        (d) => d.event.type === 'customer.subscription.deleted' && d.event.data.object.id === member.subscription.id,
      ),
    );
    const b = deliver(member.events('customer.subscription.deleted'));
    await Promise.race([b, new Promise((resolve) => setTimeout(resolve, 300))]);
    held.release();
    expect((await a).status).toBe(200);
    expect((await b).status).toBe(200);
    expect(await statusOf(member.subscription.id)).toBe('canceled');
  });

  it('applies a cancellation’s event that arrives while the account is being deleted', async () => {
    // The reader deletes their account before any event of their new membership arrived.
    const member = await newMember();
    // Deleting the account cancels the subscription; Stripe's answer is held while the event goes out.
    const held = stripe.proxy.hold(
      (method, path) => method === 'DELETE' && path.startsWith(`/v1/subscriptions/${member.subscription.id}`),
    );
    const deletion = deleteAccount({ userId: member.userId });
    await held.arrived;
    await stripe.t.receiver.waitFor((r) =>
      r.deliveries.some(
        (d) => d.event.type === 'customer.subscription.deleted' && d.event.data.object.id === member.subscription.id,
      ),
    );
    const event = deliver(member.events('customer.subscription.deleted'));
    await Promise.race([event, new Promise((resolve) => setTimeout(resolve, 300))]);
    held.release();
    expect(await deletion).toEqual({ ok: true });
    expect(await event).toMatchObject({ status: 200, body: { outcome: 'applied' } });
    const [record] = await conn.db.select().from(memberships).where(eq(memberships.id, member.subscription.id));
    expect(record).toMatchObject({ status: 'canceled', userId: null });
  });

  it('refuses a body over 1 MB with 413, before or while reading it', async () => {
    const declared = await POST(
      new Request('http://localhost/api/stripe/webhook', {
        method: 'POST',
        body: 'x',
        headers: { 'content-length': String(150 * 1024 * 1024) },
      }),
    );
    expect(declared.status).toBe(413);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (++pulled > 9600) return controller.close(); // 150 MB if read to the end
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x7b));
      },
    });
    const chunked = await POST(
      new Request('http://localhost/api/stripe/webhook', {
        method: 'POST',
        body: endless,
        duplex: 'half',
      } as RequestInit),
    );
    expect(chunked.status).toBe(413);
    expect(pulled).toBeLessThan(70);
  });
});
