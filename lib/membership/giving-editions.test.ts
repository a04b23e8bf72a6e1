import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPoolRequest, decidePoolRequest, redeemGift } from '@/db/queries/gifts';
import { donations, giftMemberships, jobs, poolRequests, users } from '@/db/schema';
import { testDatabaseKinds } from '@/db/testing';
import { useTestDatabase } from '@/test/database';
import { anonymousViewer } from '@/domain/auth/viewer';
import { parseGiftOrder } from '@/domain/membership/gift-membership';
import { todayIn } from '@/lib/appeals/appeals';
import { env } from '@/lib/env';
import { runDueJobs } from '@/lib/jobs/runner';
import { giftMailJob, poolDeclinedJob } from '@/lib/mail/gift-mail';
import { listCapturedMail } from '@/lib/mail/mailer';
import { createDonationCheckout } from '@/lib/membership/donations';
import { giftCode, giftCodeHash } from '@/lib/membership/gift-code';
import { createGiftCheckout } from '@/lib/membership/gifts';
import { getNewsroom } from '@/lib/newsroom';
import { startAppStripe } from '@/test/app-stripe';
import { deliverSigned as deliver } from '@/test/stripe-webhook';

vi.mock('next/cache', () => ({ revalidateTag: vi.fn() }));

/**
 * The edition a gift is given from, all the way through: into Stripe Checkout (its language,
 * its pages to come back to, and its metadata), onto the row the webhook writes, and into every
 * mail the gift sends. Each way to give, from the Russian edition and from the English one.
 */

let stripe: Awaited<ReturnType<typeof startAppStripe>>;
beforeAll(async () => {
  stripe = await startAppStripe();
  env.SMTP_URL = undefined;
});
afterAll(async () => {
  await stripe?.close();
});

/** Intl writes a no-break space between a sum and its sign: compared as a plain space. */
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');
const sessionOf = (url: string) => stripe.t.stripe.checkout.sessions.retrieve(new URL(url).pathname.split('/').at(-1)!);

describe.each(testDatabaseKinds)('giving in each edition on %s', (kind) => {
  const conn = useTestDatabase(kind);
  let n = 0;
  const address = (who: string) => `${who}-${kind}-${++n}@example.org`;
  const mailTo = async (email: string) => (await listCapturedMail()).filter((m) => m.to === email);

  async function paid(url: string, email: string) {
    const { sessionId, events } = await stripe.payCheckout(url, email);
    for (const event of events) expect((await deliver(event)).status).toBe(200);
    await runDueJobs();
    return sessionId;
  }

  it('gives once from the Russian edition: Checkout in Russian, the Russian thank-you page, a Russian receipt', async () => {
    const email = address('ru-giver');
    const url = await createDonationCheckout({
      viewer: anonymousViewer,
      amount: 1750,
      purpose: 'pool',
      attribution: { from: null, placement: null },
      cancelPath: '/ru/membership#give-once',
      locale: 'ru',
    });
    const session = await sessionOf(url);
    expect(session.locale).toBe('ru');
    expect(session.metadata).toMatchObject({ kind: 'donation', locale: 'ru' });
    expect(session.success_url).toBe(`${env.SITE_URL}/ru/give/thanks?session_id={CHECKOUT_SESSION_ID}`);
    expect(session.cancel_url).toBe(`${env.SITE_URL}/ru/membership#give-once`);

    const sessionId = await paid(url, email);
    const [row] = await conn().db.select().from(donations).where(eq(donations.id, sessionId));
    expect(row).toMatchObject({ locale: 'ru', amount: 1750, purpose: 'pool' });
    const [receipt, ...more] = await mailTo(email);
    expect(more).toEqual([]);
    expect(plain(receipt!.subject)).toBe('Квитанция: 17,50 $ в поддержку Ridgeline');
    expect(plain(receipt!.text)).toContain('Назначение: На участие для читателя, который не может платить');
    expect(receipt!.html).toMatch(/<html[^>]*lang="ru"/);
  });

  it('gives once from the English edition as before, with an English receipt', async () => {
    const email = address('en-giver');
    const url = await createDonationCheckout({
      viewer: anonymousViewer,
      amount: 2500,
      purpose: 'newsroom',
      attribution: { from: null, placement: null },
      cancelPath: '/membership',
    });
    const session = await sessionOf(url);
    expect(session.success_url).toBe(`${env.SITE_URL}/give/thanks?session_id={CHECKOUT_SESSION_ID}`);
    const sessionId = await paid(url, email);
    expect((await conn().db.select().from(donations).where(eq(donations.id, sessionId)))[0]!.locale).toBe('en');
    expect((await mailTo(email)).map((m) => m.subject)).toEqual(['Your receipt: $25 to Ridgeline']);
  });

  it('gives a membership from the Russian edition: Checkout in Russian, and the receipt and the gift in Russian', async () => {
    const buyer = address('ru-buyer');
    const recipient = address('ru-recipient');
    const parsed = parseGiftOrder(
      { tier: 'member', months: '3', delivery: 'email', recipient, message: 'С Новым годом!' },
      todayIn(getNewsroom().timeZone),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const url = await createGiftCheckout({
      viewer: anonymousViewer,
      order: parsed.order,
      attribution: { from: null, placement: null },
      locale: 'ru',
    });
    const session = await sessionOf(url);
    expect(session.locale).toBe('ru');
    expect(session.metadata).toMatchObject({ kind: 'gift-membership', locale: 'ru' });
    expect(session.success_url).toBe(`${env.SITE_URL}/ru/give/membership/thanks?session_id={CHECKOUT_SESSION_ID}`);
    expect(session.cancel_url).toBe(`${env.SITE_URL}/ru/give/membership`);

    const sessionId = await paid(url, buyer);
    const [row] = await conn()
      .db.select()
      .from(giftMemberships)
      .where(eq(giftMemberships.checkoutSessionId, sessionId));
    expect(row!.locale).toBe('ru');
    const link = `${env.SITE_URL}/ru/gift/${giftCode({ checkoutSessionId: sessionId })}`;
    const [receipt] = await mailTo(buyer);
    expect(receipt!.subject).toBe('Квитанция: 3 месяца участия в Ridgeline в подарок');
    expect(plain(receipt!.text)).toContain(`Доставка: Письмом на ${recipient}`);
    const [delivered] = await mailTo(recipient);
    expect(delivered!.subject).toBe('Вам подарок: 3 месяца участия в Ridgeline');
    expect(delivered!.text).toContain('«С Новым годом!»');
    expect(delivered!.text).toContain(`Начать участие: ${link}`);

    // Its reader has an English account: the note before it ends is in English.
    const [reader] = await conn()
      .db.insert(users)
      .values({ email: address('en-reader'), locale: 'en' })
      .returning();
    const redeemed = await redeemGift({ codeHash: row!.codeHash, userId: reader!.id, mailJob: giftMailJob });
    expect(redeemed.outcome).toBe('redeemed');
    await conn()
      .db.update(jobs)
      .set({ runAt: new Date(Date.now() - 1000) })
      .where(and(eq(jobs.key, `gift:reminder:${row!.id}`), isNull(jobs.doneAt)));
    await runDueJobs();
    const [reminder] = await mailTo(reader!.email);
    expect(reminder!.subject).toMatch(/^Your gift membership of Ridgeline ends on /);
  });

  it('answers a request made in the Russian edition in Russian, declined or approved', async () => {
    const editor = (
      await conn()
        .db.insert(users)
        .values({ email: address('editor') })
        .returning()
    )[0]!;
    const declinedAsker = address('ru-declined');
    const declined = await createPoolRequest({ email: declinedAsker, reason: 'Пожалуйста', locale: 'ru' });
    const declinedId = declined.outcome === 'received' ? declined.requestId : 0;
    expect((await conn().db.select().from(poolRequests).where(eq(poolRequests.id, declinedId)))[0]!.locale).toBe('ru');
    const gift = (requestId: number) => ({
      tier: 'supporter',
      months: 3,
      amount: 1500,
      codeHash: giftCodeHash(giftCode({ poolRequestId: requestId })),
    });
    const decide = (requestId: number, decision: 'approve' | 'decline') =>
      decidePoolRequest({
        requestId,
        decision,
        staffId: editor.id,
        gift: gift(requestId),
        mailJob: giftMailJob,
        declinedJob: poolDeclinedJob,
      });
    expect(await decide(declinedId, 'decline')).toMatchObject({ outcome: 'declined' });
    await runDueJobs();
    expect((await mailTo(declinedAsker))[0]!.subject).toBe('Ваша просьба об участии в Ridgeline');

    await conn()
      .db.insert(donations)
      .values({
        id: `cs_pool_editions_${kind}`,
        email: 'funder@example.org',
        amount: 5000,
        currency: 'usd',
        purpose: 'pool',
      });
    const asker = address('ru-approved');
    const approved = await createPoolRequest({ email: asker, reason: 'Я студент', locale: 'ru' });
    const approvedId = approved.outcome === 'received' ? approved.requestId : 0;
    const decision = await decide(approvedId, 'approve');
    expect(decision.outcome).toBe('approved');
    const giftId = decision.outcome === 'approved' ? decision.giftId : 0;
    expect((await conn().db.select().from(giftMemberships).where(eq(giftMemberships.id, giftId)))[0]!.locale).toBe(
      'ru',
    );
    await runDueJobs();
    const [mail] = await mailTo(asker);
    expect(plain(mail!.subject)).toBe('Участие в Ridgeline — от наших читателей');
    expect(mail!.text).toContain(`${env.SITE_URL}/ru/gift/${giftCode({ poolRequestId: approvedId })}`);

    // A request made in English is answered in English, as before.
    const english = address('en-declined');
    const request = await createPoolRequest({ email: english, reason: 'Please' });
    await decide(request.outcome === 'received' ? request.requestId : 0, 'decline');
    await runDueJobs();
    expect((await mailTo(english))[0]!.subject).toBe('Your request for a membership of Ridgeline');
  });
});
