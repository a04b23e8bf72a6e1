import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createPoolRequest,
  decidePoolRequest,
  getGiftMembershipSales,
  getPoolFigures,
  giveGiftToPool,
  redeemGift,
  resendGift,
} from '@/db/queries/gifts';
import { complimentaryGrants, donations, giftMemberships, jobs, poolRequests, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/test/database';
import { anonymousViewer, type Viewer } from '@/domain/auth/viewer';
import { entitlementFor } from '@/domain/membership/entitlement';
import { addMonths, parseGiftOrder, type GiftOrder } from '@/domain/membership/gift-membership';
import { todayIn } from '@/lib/appeals/appeals';
import { env } from '@/lib/env';
import { runDueJobs } from '@/lib/jobs/runner';
import { giftMailJob, poolDeclinedJob } from '@/lib/mail/gift-mail';
import { listCapturedMail } from '@/lib/mail/mailer';
import { giftCode, giftCodeHash } from '@/lib/membership/gift-code';
import { createGiftCheckout } from '@/lib/membership/gifts';
import { getNewsroom } from '@/lib/newsroom';
import { startAppStripe } from '@/test/app-stripe';
import { deliverSigned as deliver, shuffled } from '@/test/stripe-webhook';

vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

let stripe: Awaited<ReturnType<typeof startAppStripe>>;
beforeAll(async () => {
  stripe = await startAppStripe();
  env.SMTP_URL = undefined;
});
afterAll(async () => {
  await stripe?.close();
});

const DAY = 86_400_000;

describe.each(testDatabaseKinds)('gift memberships and the pool on %s', (kind) => {
  const conn = useTestDatabase(kind);
  let n = 0;

  const today = () => todayIn(getNewsroom().timeZone);

  function order(form: Record<string, string>): GiftOrder {
    const parsed = parseGiftOrder({ tier: 'member', months: '6', delivery: 'link', ...form }, today());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return parsed.order;
  }

  /** A gift paid on the stand-in's Checkout; `events` are what Stripe sent for its session. */
  async function buy({ viewer = anonymousViewer, form = {} }: { viewer?: Viewer; form?: Record<string, string> } = {}) {
    const email = `buyer-${kind}-${++n}@example.org`;
    const url = await createGiftCheckout({ viewer, order: order(form), attribution: { from: null, placement: null } });
    const { sessionId, events, completed } = await stripe.payCheckout(url, email);
    return { sessionId, email, events, completed, code: giftCode({ checkoutSessionId: sessionId }) };
  }

  async function reader(email: string) {
    const [user] = await conn().db.insert(users).values({ email }).returning();
    if (!user) throw new Error('no user');
    return user;
  }

  const giftsOf = (sessionId: string) =>
    conn().db.select().from(giftMemberships).where(eq(giftMemberships.checkoutSessionId, sessionId));
  const mailTo = async (email: string) => (await listCapturedMail()).filter((m) => m.to === email);
  /** Brings a queued job's time to now, as the clock reaching it would. */
  const due = (key: string) =>
    conn()
      .db.update(jobs)
      .set({ runAt: new Date(Date.now() - 1000) })
      .where(and(eq(jobs.key, key), isNull(jobs.doneAt)));
  const pendingJobs = (key: string) =>
    conn()
      .db.select()
      .from(jobs)
      .where(and(eq(jobs.key, key), isNull(jobs.doneAt)));

  it('records a bought gift once, keeps only the hash of its code, and mails the buyer its link', async () => {
    const gift = await buy({ form: { tier: 'supporter', months: '3', message: 'For the long winter' } });
    for (const event of gift.events) expect((await deliver(event)).status).toBe(200);
    expect(await deliver(gift.completed)).toMatchObject({ status: 200, outcome: 'duplicate' });
    const [row, ...more] = await giftsOf(gift.sessionId);
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      source: 'purchase',
      tier: 'supporter',
      months: 3,
      amount: 1500,
      purchaserEmail: gift.email,
      recipientEmail: null,
      deliverAt: null,
      message: 'For the long winter',
      codeHash: giftCodeHash(gift.code),
    });
    expect(JSON.stringify(row)).not.toContain(gift.code);
    await runDueJobs();
    const [receipt, ...others] = await mailTo(gift.email);
    expect(others).toEqual([]);
    expect(receipt!.subject).toBe('Your receipt: a gift of 3 months of Ridgeline');
    expect(receipt!.text).toContain(`${env.SITE_URL}/gift/${gift.code}`);
    expect(receipt!.text).toContain('Amount: $15');
  });

  it('keeps one gift, one receipt and one delivery for duplicates at once, shuffled, and a second event', async () => {
    const gifts = await Promise.all([
      buy({ form: { delivery: 'email', recipient: `to-${kind}-a@example.org` } }),
      buy({ form: { months: '12' } }),
    ]);
    const echoes = gifts.map((g) => ({
      ...g.completed,
      id: `${g.completed.id}_async`,
      type: 'checkout.session.async_payment_succeeded',
    }));
    const all = shuffled([...gifts.flatMap((g) => [...g.events, g.completed, g.completed, g.completed]), ...echoes]);
    const answers = await Promise.all(all.map((event) => deliver(event)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    for (const gift of gifts) expect(await giftsOf(gift.sessionId)).toHaveLength(1);
    expect((await giftsOf(gifts[1].sessionId))[0]!.amount).toBe(10000);
    await runDueJobs();
    for (const gift of gifts) expect(await mailTo(gift.email)).toHaveLength(1);
    expect(await mailTo(`to-${kind}-a@example.org`)).toHaveLength(1);
  });

  it('sends a dated gift on its day, and the recipient redeems it once to be a member until it ends', async () => {
    const recipient = `dated-${kind}@example.org`;
    const day = new Date(Date.now() + 3 * DAY).toISOString().slice(0, 10);
    const gift = await buy({ form: { delivery: 'email', recipient, deliverOn: day, message: 'Happy birthday' } });
    await deliver(gift.completed);
    const [row] = await giftsOf(gift.sessionId);
    expect(row!.deliverAt!.getTime()).toBeGreaterThan(Date.now() + 2 * DAY);
    await runDueJobs();
    expect(await mailTo(recipient)).toEqual([]);
    expect(await pendingJobs(`gift:delivery:${row!.id}`)).toHaveLength(1);

    await due(`gift:delivery:${row!.id}`);
    await runDueJobs();
    const [mail] = await mailTo(recipient);
    expect(mail!.subject).toBe('A gift for you: 6 months of Ridgeline');
    expect(mail!.text).toContain('“Happy birthday”');
    expect(mail!.text).toContain(`/gift/${gift.code}`);
    expect((await giftsOf(gift.sessionId))[0]!.deliveredAt).not.toBeNull();

    // Two readers with the one link at the same moment: one membership.
    const [first, second] = await Promise.all([
      reader(`redeemer-${kind}-1@example.org`),
      reader(`redeemer-${kind}-2@example.org`),
    ]);
    const now = new Date();
    const outcomes = await Promise.all(
      [first, second].map((user) =>
        redeemGift({ codeHash: giftCodeHash(gift.code), userId: user.id, now, mailJob: giftMailJob }),
      ),
    );
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['redeemed', 'used']);
    const winner = outcomes[0]!.outcome === 'redeemed' ? first : second;
    const grants = await conn().db.select().from(complimentaryGrants).where(eq(complimentaryGrants.userId, winner.id));
    expect(grants).toHaveLength(1);
    const endsAt = grants[0]!.endsAt;
    expect(endsAt.getTime()).toBe(addMonths(now, 6).getTime());
    expect(
      await redeemGift({ codeHash: giftCodeHash(gift.code), userId: winner.id, mailJob: giftMailJob }),
    ).toMatchObject({ outcome: 'already-yours' });

    // The one entitlement function: a member until the grant ends, then not.
    expect(
      entitlementFor({ membership: null, complimentaryUntil: endsAt }, new Date(endsAt.getTime() - 1000)),
    ).toMatchObject({ isMember: true });
    expect(
      entitlementFor({ membership: null, complimentaryUntil: endsAt }, new Date(endsAt.getTime() + 1000)),
    ).toMatchObject({ isMember: false });

    // Ten days before the end: one "continue as a member" email; the year-on notice is cancelled.
    const [reminder] = await pendingJobs(`gift:reminder:${row!.id}`);
    expect(reminder!.runAt.getTime()).toBe(endsAt.getTime() - 10 * DAY);
    expect(await pendingJobs(`gift:unredeemed:${row!.id}`)).toEqual([]);
    await due(`gift:reminder:${row!.id}`);
    await runDueJobs();
    const [continueMail] = await mailTo(winner.email);
    expect(continueMail!.subject).toMatch(/^Your gift membership of Ridgeline ends on /);
    expect(continueMail!.text).toContain('/membership?placement=gift-ending');
  });

  it('after a year unredeemed, its buyer may send it again or give it to the pool, whose balance grows', async () => {
    const buyer = await reader(`year-buyer-${kind}@example.org`);
    const viewer: Viewer = {
      kind: 'signed-in',
      userId: buyer.id,
      email: buyer.email,
      name: null,
      role: 'reader',
      membership: null,
      complimentaryUntil: null,
      asOf: new Date(),
    };
    const [a, b] = [
      await buy({ viewer }),
      await buy({ viewer, form: { delivery: 'email', recipient: `lost-${kind}@example.org` } }),
    ];
    await deliver(a.completed);
    await deliver(b.completed);
    const [rowA] = await giftsOf(a.sessionId);
    const [rowB] = await giftsOf(b.sessionId);
    const mailJob = giftMailJob;
    const who = { userId: buyer.id, email: buyer.email };
    expect(await giveGiftToPool({ giftId: rowA!.id, buyer: who, mailJob })).toEqual({ outcome: 'too-soon' });
    const aYearOn = new Date(Date.now() + 366 * DAY);
    const stranger = {
      userId: (await reader(`not-buyer-${kind}@example.org`)).id,
      email: `not-buyer-${kind}@example.org`,
    };
    expect(await giveGiftToPool({ giftId: rowA!.id, buyer: stranger, now: aYearOn, mailJob })).toEqual({
      outcome: 'not-yours',
    });

    const before = await getPoolFigures();
    expect(await giveGiftToPool({ giftId: rowA!.id, buyer: who, now: aYearOn, mailJob })).toMatchObject({
      outcome: 'done',
    });
    expect((await getPoolFigures()).balance).toBe(before.balance + 6000);
    const someone = await reader(`too-late-${kind}@example.org`);
    expect(await redeemGift({ codeHash: giftCodeHash(a.code), userId: someone.id, mailJob })).toEqual({
      outcome: 'withdrawn',
    });

    await runDueJobs();
    const newAddress = `found-${kind}@example.org`;
    expect(
      await resendGift({ giftId: rowB!.id, buyer: who, recipientEmail: newAddress, now: aYearOn, mailJob }),
    ).toMatchObject({ outcome: 'done' });
    await runDueJobs();
    expect((await mailTo(newAddress))[0]!.text).toContain(`/gift/${b.code}`);
  });

  it('gives a membership from the pool once an editor approves, never more than the pool holds, and deletes the reason', async () => {
    const editor = await reader(`editor-${kind}@example.org`);
    const asker = `asker-${kind}@example.org`;
    const request = await createPoolRequest({
      email: asker,
      reason: 'I am a student in Tbilisi and my card was blocked.',
    });
    expect(request.outcome).toBe('received');
    expect(await createPoolRequest({ email: asker.toUpperCase(), reason: 'again' })).toEqual({ outcome: 'pending' });
    const requestId = request.outcome === 'received' ? request.requestId : 0;
    const gift = (months: number, amount: number) => ({
      tier: 'patron',
      months,
      amount,
      codeHash: giftCodeHash(giftCode({ poolRequestId: requestId })),
    });
    const { balance } = await getPoolFigures();
    const tooMuch = await decidePoolRequest({
      requestId,
      decision: 'approve',
      staffId: editor.id,
      gift: gift(12, balance + 100),
      mailJob: giftMailJob,
      declinedJob: poolDeclinedJob,
    });
    expect(tooMuch).toEqual({ outcome: 'short', balance, cost: balance + 100 });
    expect((await conn().db.select().from(poolRequests).where(eq(poolRequests.id, requestId)))[0]).toMatchObject({
      status: 'pending',
    });

    // Readers fund it: a one-off gift to the pool.
    await conn()
      .db.insert(donations)
      .values({ id: `cs_pool_${kind}`, email: 'funder@example.org', amount: 30000, currency: 'usd', purpose: 'pool' });
    const approvals = await Promise.all(
      [1, 2].map(() =>
        decidePoolRequest({
          requestId,
          decision: 'approve',
          staffId: editor.id,
          gift: gift(12, 25000),
          mailJob: giftMailJob,
          declinedJob: poolDeclinedJob,
        }),
      ),
    );
    expect(approvals.map((a) => a.outcome).sort()).toEqual(['approved', 'decided']);
    const [decided] = await conn().db.select().from(poolRequests).where(eq(poolRequests.id, requestId));
    expect(decided).toMatchObject({ status: 'approved', reason: null, decidedById: editor.id });
    const figures = await getPoolFigures();
    expect(figures.balance).toBe(balance + 30000 - 25000);
    expect(figures.readersCarried).toBeGreaterThanOrEqual(1);

    await runDueJobs();
    const [mail] = await mailTo(asker);
    expect(mail!.subject).toBe('Your membership of Ridgeline, from our readers');
    const code = giftCode({ poolRequestId: requestId });
    expect(mail!.text).toContain(`/gift/${code}`);
    const user = await reader(`asker-signs-in-as-${kind}@example.org`);
    expect(await redeemGift({ codeHash: giftCodeHash(code), userId: user.id, mailJob: giftMailJob })).toMatchObject({
      outcome: 'redeemed',
    });

    // A declined request: its reason deleted, and a kind note.
    const other = await createPoolRequest({ email: `declined-${kind}@example.org`, reason: 'Please' });
    const otherId = other.outcome === 'received' ? other.requestId : 0;
    expect(
      await decidePoolRequest({
        requestId: otherId,
        decision: 'decline',
        staffId: editor.id,
        gift: gift(3, 0),
        mailJob: giftMailJob,
        declinedJob: poolDeclinedJob,
      }),
    ).toMatchObject({ outcome: 'declined' });
    expect((await conn().db.select().from(poolRequests).where(eq(poolRequests.id, otherId)))[0]).toMatchObject({
      status: 'declined',
      reason: null,
    });
    await runDueJobs();
    expect((await mailTo(`declined-${kind}@example.org`))[0]!.subject).toBe(
      'Your request for a membership of Ridgeline',
    );
  });

  it('counts gift memberships bought for the dashboard, apart from gifts the pool gave', async () => {
    const timeZone = getNewsroom().timeZone;
    const before = await getGiftMembershipSales({ timeZone });
    const gift = await buy({ form: { tier: 'patron', months: '3' } });
    await deliver(gift.completed);
    const after = await getGiftMembershipSales({ timeZone });
    expect(after.last30Days.gifts - before.last30Days.gifts).toBe(1);
    expect(after.last30Days.cents - before.last30Days.cents).toBe(7500);
    const [row] = await giftsOf(gift.sessionId);
    const user = await reader(`sales-${kind}@example.org`);
    await redeemGift({ codeHash: row!.codeHash, userId: user.id, mailJob: giftMailJob });
    expect((await getGiftMembershipSales({ timeZone })).last30Days.redeemed).toBe(after.last30Days.redeemed + 1);
    // A month and a day on, it has left the 30-day window.
    const later = await getGiftMembershipSales({ timeZone, now: new Date(Date.now() + 31 * DAY) });
    expect(later.last30Days.gifts).toBe(0);
  });
});
