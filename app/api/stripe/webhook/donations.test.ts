import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { donations, jobs, stripeEvents, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/test/database';
import { anonymousViewer, type Viewer } from '@/domain/auth/viewer';
import { env } from '@/lib/env';
import { runDueJobs } from '@/lib/jobs/runner';
import { listCapturedMail } from '@/lib/mail/mailer';
import { createDonationCheckout } from '@/lib/membership/donations';
import { CARD, cardFields, postForm } from '@/stripe-standin/test-support';
import { startAppStripe } from '@/test/app-stripe';
import { deliverSigned, shuffled } from '@/test/stripe-webhook';

vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

const deliver = deliverSigned;

let stripe: Awaited<ReturnType<typeof startAppStripe>>;
beforeAll(async () => {
  stripe = await startAppStripe();
  env.SMTP_URL = undefined;
});
afterAll(async () => {
  await stripe?.close();
});

describe.each(testDatabaseKinds)('one-off gifts through the Stripe webhook on %s', (kind) => {
  const conn = useTestDatabase(kind);
  let n = 0;

  /** A gift paid on the stand-in's Checkout; `events` are what Stripe sent for its session. */
  async function give({
    viewer = anonymousViewer,
    amount = 2500,
    purpose = 'newsroom' as const,
    email = `giver-${kind}-${++n}@example.org`,
  }: { viewer?: Viewer; amount?: number; purpose?: 'newsroom' | 'pool'; email?: string } = {}) {
    const url = await createDonationCheckout({
      viewer,
      amount,
      purpose,
      attribution: { from: 'river-story', placement: 'end-of-article' },
      cancelPath: '/articles/river-story',
    });
    const { sessionId, events, completed } = await stripe.payCheckout(url, email);
    return { sessionId, email, events, completed };
  }

  /** A signed-in reader's account and the viewer the site sees for them. */
  async function reader(email: string) {
    const [user] = await conn().db.insert(users).values({ email }).returning();
    if (!user) throw new Error('no user');
    const viewer: Viewer = {
      kind: 'signed-in',
      userId: user.id,
      email,
      name: null,
      role: 'reader',
      membership: null,
      complimentaryUntil: null,
      asOf: new Date(),
    };
    return { user, viewer };
  }

  const donationsOf = (sessionId: string) => conn().db.select().from(donations).where(eq(donations.id, sessionId));
  const receiptJobsOf = (sessionId: string) =>
    conn()
      .db.select()
      .from(jobs)
      .where(and(eq(jobs.kind, 'donation-receipt'), eq(jobs.key, `receipt:${sessionId}`)));
  const mailTo = async (email: string) => (await listCapturedMail()).filter((m) => m.to === email);

  it('records an anonymous gift once, with only the receipt address, and mails one receipt', async () => {
    const gift = await give();
    const answers = [];
    for (const event of gift.events) answers.push(await deliver(event));
    expect(answers.map((a) => a.status)).toEqual(gift.events.map(() => 200));

    const [donation, ...more] = await donationsOf(gift.sessionId);
    expect(more).toEqual([]);
    expect(donation).toMatchObject({
      userId: null,
      email: gift.email,
      amount: 2500,
      currency: 'usd',
      purpose: 'newsroom',
      attributionArticle: 'river-story',
      attributionPlacement: 'end-of-article',
    });
    expect(donation!.paymentIntentId).toMatch(/^pi_/);
    expect(await receiptJobsOf(gift.sessionId)).toHaveLength(1);

    await runDueJobs();
    const mails = await mailTo(gift.email);
    expect(mails.map((m) => m.subject)).toEqual(['Your receipt: $25 to Ridgeline']);
    expect(mails[0]!.text).toContain('Amount: $25');
    expect(mails[0]!.text).toContain('One-off gift');
    expect(mails[0]!.text).not.toMatch(/\btax/i);

    // Stripe retrying the event, days later: nothing more is recorded or mailed.
    expect(await deliver(gift.completed)).toMatchObject({ status: 200, outcome: 'duplicate' });
    await runDueJobs();
    expect(await donationsOf(gift.sessionId)).toHaveLength(1);
    expect(await mailTo(gift.email)).toHaveLength(1);
  });

  it('keeps one donation and one receipt when the same event arrives many times at once', async () => {
    const gift = await give({ amount: 1000, purpose: 'pool' });
    const answers = await Promise.all(Array.from({ length: 6 }, () => deliver(gift.completed)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.filter((a) => a.outcome === 'applied')).toHaveLength(1);
    expect(answers.filter((a) => a.outcome === 'duplicate')).toHaveLength(5);
    const rows = await donationsOf(gift.sessionId);
    expect(rows.map((r) => [r.amount, r.purpose])).toEqual([[1000, 'pool']]);
    expect(await receiptJobsOf(gift.sessionId)).toHaveLength(1);
    await runDueJobs();
    expect(await mailTo(gift.email)).toHaveLength(1);
  });

  it('keeps one donation per session whatever the order, the duplicates and a second event for it', async () => {
    const gifts = await Promise.all([give(), give({ amount: 5000 }), give({ amount: 300, purpose: 'pool' })]);
    // A later event about the same session (as for a delayed bank payment) must not count it twice.
    const echoes = gifts.map((gift) => ({
      ...gift.completed,
      id: `${gift.completed.id}_async`,
      type: 'checkout.session.async_payment_succeeded',
    }));
    const all = shuffled([...gifts.flatMap((g) => [...g.events, g.completed]), ...echoes]);
    const answers = await Promise.all(all.map((event) => deliver(event)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    for (const gift of gifts) {
      expect(await donationsOf(gift.sessionId)).toHaveLength(1);
      expect(await receiptJobsOf(gift.sessionId)).toHaveLength(1);
    }
    await runDueJobs();
    for (const gift of gifts) expect(await mailTo(gift.email)).toHaveLength(1);
    // Another event about a gift whose receipt has gone out: no second receipt.
    const late = { ...gifts[0].completed, id: `${gifts[0].completed.id}_late` };
    expect(await deliver(late)).toMatchObject({ status: 200, outcome: 'applied' });
    await runDueJobs();
    expect(await mailTo(gifts[0].email)).toHaveLength(1);
    const recorded = await conn()
      .db.select({ id: stripeEvents.id })
      .from(stripeEvents)
      .where(eq(stripeEvents.id, echoes[0]!.id));
    expect(recorded).toHaveLength(1);
  });

  it('links a signed-in reader’s gift to their account, with the address Checkout was given', async () => {
    const email = `signed-in-giver-${kind}@example.org`;
    const { user, viewer } = await reader(email);
    const gift = await give({ viewer, amount: 1750, email: 'typed-elsewhere@example.org' });
    expect(await deliver(gift.completed)).toMatchObject({ outcome: 'applied' });
    const [donation] = await donationsOf(gift.sessionId);
    expect(donation).toMatchObject({ userId: user.id, email, amount: 1750 });
  });

  it('records a gift whose account was deleted before its event arrived, unlinked', async () => {
    const email = `gone-giver-${kind}@example.org`;
    const { user, viewer } = await reader(email);
    const gift = await give({ viewer });
    await conn().db.delete(users).where(eq(users.id, user.id));
    expect(await deliver(gift.completed)).toMatchObject({ outcome: 'applied' });
    expect((await donationsOf(gift.sessionId))[0]).toMatchObject({ userId: null, email });
  });

  it('records nothing for a gift session that Stripe says is not paid', async () => {
    const url = await createDonationCheckout({
      viewer: anonymousViewer,
      amount: 2500,
      purpose: 'newsroom',
      attribution: { from: null, placement: null },
      cancelPath: '/membership',
    });
    const sessionId = new URL(url).pathname.split('/').at(-1)!;
    // A forged or early event claims it was paid; the session read from Stripe says otherwise.
    const declined = await postForm(url, { email: 'declined@example.org', ...cardFields(CARD.declined) });
    expect(declined.status).toBe(402);
    const event = {
      id: `evt_unpaid_${kind}`,
      object: 'event',
      type: 'checkout.session.completed',
      data: {
        object: {
          id: sessionId,
          object: 'checkout.session',
          mode: 'payment',
          payment_status: 'paid',
          metadata: { kind: 'donation' },
        },
      },
    };
    expect(await deliver(event)).toMatchObject({ status: 200, outcome: 'ignored' });
    expect(await donationsOf(sessionId)).toEqual([]);
    expect(
      await conn()
        .db.select()
        .from(jobs)
        .where(and(eq(jobs.key, `receipt:${sessionId}`), isNull(jobs.doneAt))),
    ).toEqual([]);
  });
});
