import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { listNewsletters, setSubscription, subscriptionsOf } from '@/db/queries/newsletters';
import { newsletterConfirmations, newsletterSubscriptions, signInRequests, users } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { anonymousViewer, type Viewer, type ViewerMembership } from '@/domain/auth/viewer';
import { subscribeFromForm } from '@/features/newsletters/subscribe';
import { seedNewsletters } from '@/lib/content/seed';
import { authSecret } from '@/lib/env';
import { listCapturedMail } from '@/lib/mail/mailer';
import {
  CONFIRMATION_HOURS,
  CONFIRMATIONS_PER_ADDRESS_PER_HOUR,
  CONFIRMATIONS_PER_IP_PER_HOUR,
  confirmNewsletterSubscription,
  inspectNewsletterConfirmation,
  requestNewsletterConfirmation,
} from './confirm';

/** Confirmation mail to an address (the capture folder is shared with every test file of the run). */
async function mailsTo(email: string) {
  return (await listCapturedMail()).filter((m) => m.to === email && m.subject.startsWith('Confirm your subscription'));
}

/** The token in the newest confirmation mail to an address. */
async function tokenFor(email: string) {
  const [mail] = await mailsTo(email);
  const token = /\/newsletters\/confirm\?token=([\w-]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no confirmation link to ${email}`);
  return token;
}

describe.each(testDatabaseKinds)('newsletter sign-up by address on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let weekly: number;
  let brief: number;
  let ip = 0;
  const nextIp = () => `10.9.${Math.floor(++ip / 250)}.${ip % 250}`;

  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seedNewsletters(conn.db);
    useConnection(conn);
    const all = await listNewsletters();
    weekly = all.find((n) => n.slug === 'ridgeline-weekly')!.id;
    brief = all.find((n) => n.slug === 'the-daily-brief')!.id;
  });
  afterAll(() => conn?.dispose());

  const account = async (email: string) => (await conn.db.select().from(users).where(eq(users.email, email)))[0];
  const confirmationsOf = (email: string) =>
    conn.db.select().from(newsletterConfirmations).where(eq(newsletterConfirmations.email, email));

  it('emails a link and keeps only a keyed hash of its token; no account exists until the reader confirms', async () => {
    const email = `hashed-${kind}@example.org`;
    const asked = Date.now();
    expect(await requestNewsletterConfirmation({ email, ip: nextIp(), newsletterIds: [weekly] })).toEqual({ ok: true });
    const token = await tokenFor(email);
    const [row] = await confirmationsOf(email);
    expect(row?.tokenHash).not.toContain(token);
    expect(row?.tokenHash).toBe(
      crypto.createHmac('sha256', authSecret()).update(`newsletter-link:${token}`).digest('base64url'),
    );
    expect(row?.newsletterIds).toEqual([weekly]);
    const hours = ((row?.expiresAt.getTime() ?? 0) - asked) / 3_600_000;
    expect(hours).toBeGreaterThan(CONFIRMATION_HOURS - 0.1);
    expect(hours).toBeLessThan(CONFIRMATION_HOURS + 0.1);
    expect(await account(email)).toBeUndefined();
    const [mail] = await mailsTo(email);
    expect(mail?.subject).toContain('Ridgeline Weekly');
  });

  it('opening the link changes nothing: the page can be loaded any number of times', async () => {
    const email = `scanner-${kind}@example.org`;
    await requestNewsletterConfirmation({ email, ip: nextIp(), newsletterIds: [weekly] });
    const token = await tokenFor(email);
    for (let i = 0; i < 3; i++)
      expect(await inspectNewsletterConfirmation(token)).toEqual({
        state: 'valid',
        email,
        newsletters: [{ slug: 'ridgeline-weekly', name: 'Ridgeline Weekly' }],
      });
    expect(await account(email)).toBeUndefined();
    expect((await confirmationsOf(email))[0]?.consumedAt).toBeNull();
  });

  it('confirming creates the account and subscribes it, once; the link then says it was used', async () => {
    const email = `confirms-${kind}@example.org`;
    await requestNewsletterConfirmation({ email, ip: nextIp(), newsletterIds: [weekly] });
    const token = await tokenFor(email);
    expect(await confirmNewsletterSubscription(token)).toEqual({
      ok: true,
      email,
      newsletters: [{ slug: 'ridgeline-weekly', name: 'Ridgeline Weekly' }],
    });
    const user = await account(email);
    expect(user?.role).toBe('reader');
    expect(user?.emailVerified).toBeInstanceOf(Date);
    const [subscription] = await conn.db
      .select()
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.userId, user!.id));
    expect(subscription).toMatchObject({ newsletterId: weekly, status: 'subscribed' });
    expect(subscription?.confirmedAt).toBeInstanceOf(Date);
    expect(await confirmNewsletterSubscription(token)).toEqual({ ok: false, reason: 'used' });
    expect(await inspectNewsletterConfirmation(token)).toEqual({ state: 'used' });
  });

  it('lets only one of many simultaneous presses through', async () => {
    const email = `race-${kind}@example.org`;
    await requestNewsletterConfirmation({ email, ip: nextIp(), newsletterIds: [weekly] });
    const token = await tokenFor(email);
    const results = await Promise.all(Array.from({ length: 6 }, () => confirmNewsletterSubscription(token)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('refuses a link after it expires, and subscribes nobody', async () => {
    const email = `late-${kind}@example.org`;
    await requestNewsletterConfirmation({ email, ip: nextIp(), newsletterIds: [weekly] });
    const token = await tokenFor(email);
    await conn.db
      .update(newsletterConfirmations)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(newsletterConfirmations.email, email));
    expect(await inspectNewsletterConfirmation(token)).toEqual({ state: 'expired' });
    expect(await confirmNewsletterSubscription(token)).toEqual({ ok: false, reason: 'expired' });
    expect(await account(email)).toBeUndefined();
    expect(await confirmNewsletterSubscription('not-a-token-anyone-was-sent-x')).toEqual({
      ok: false,
      reason: 'unknown',
    });
  });

  it('reuses an existing account, and a reader who unsubscribed before can subscribe again this way', async () => {
    const email = `returning-${kind}@example.org`;
    const [existing] = await conn.db.insert(users).values({ email }).returning();
    await setSubscription({ userId: existing!.id, newsletterId: weekly, subscribed: false });
    await requestNewsletterConfirmation({ email, ip: nextIp(), newsletterIds: [weekly] });
    expect((await confirmNewsletterSubscription(await tokenFor(email))).ok).toBe(true);
    expect(await conn.db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
    expect((await subscriptionsOf({ userId: existing!.id })).get(weekly)).toBe('subscribed');
  });

  it('never puts a members’ newsletter in a confirmation by address', async () => {
    const email = `brief-${kind}@example.org`;
    await requestNewsletterConfirmation({ email, ip: nextIp(), newsletterIds: [weekly, brief] });
    expect((await confirmationsOf(email))[0]?.newsletterIds).toEqual([weekly]);
    const only = `brief-only-${kind}@example.org`;
    await requestNewsletterConfirmation({ email: only, ip: nextIp(), newsletterIds: [brief] });
    expect(await confirmationsOf(only)).toHaveLength(0);
    expect(await mailsTo(only)).toHaveLength(0);
  });

  it('limits confirmation emails per address and per client address each hour', async () => {
    const email = `busy-newsletter-${kind}@example.org`;
    for (let i = 0; i < CONFIRMATIONS_PER_ADDRESS_PER_HOUR; i++)
      expect((await requestNewsletterConfirmation({ email, ip: nextIp(), newsletterIds: [weekly] })).ok).toBe(true);
    const refused = await requestNewsletterConfirmation({ email, ip: nextIp(), newsletterIds: [weekly] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAt.getTime()).toBeGreaterThan(Date.now() + 59 * 60 * 1000);
    expect(await mailsTo(email)).toHaveLength(CONFIRMATIONS_PER_ADDRESS_PER_HOUR);

    const client = nextIp();
    for (let i = 0; i < CONFIRMATIONS_PER_IP_PER_HOUR; i++)
      expect(
        (
          await requestNewsletterConfirmation({
            email: `many-${i}-${kind}@example.org`,
            ip: client,
            newsletterIds: [weekly],
          })
        ).ok,
      ).toBe(true);
    expect(
      (
        await requestNewsletterConfirmation({
          email: `one-more-${kind}@example.org`,
          ip: client,
          newsletterIds: [weekly],
        })
      ).ok,
    ).toBe(false);
    // Counted apart from sign-in emails: the same limits there are untouched.
    const kinds = await conn.db.select({ kind: signInRequests.kind }).from(signInRequests);
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(['newsletter']));
  });

  describe('the form’s post', () => {
    const signedIn = async (email: string, membership: ViewerMembership | null) => {
      const [row] = await conn.db.insert(users).values({ email }).returning();
      return {
        kind: 'signed-in',
        userId: row!.id,
        email,
        name: null,
        role: 'reader',
        membership,
        complimentaryUntil: null,
        asOf: new Date(),
      } satisfies Viewer;
    };

    it('answers "check your email" the same for a new address and one that is subscribed already', async () => {
      const fresh = `fresh-${kind}@example.org`;
      const known = `known-${kind}@example.org`;
      const [user] = await conn.db.insert(users).values({ email: known }).returning();
      await setSubscription({ userId: user!.id, newsletterId: weekly, subscribed: true });
      for (const email of [fresh, known])
        expect(await subscribeFromForm({ values: { email }, viewer: anonymousViewer, ip: nextIp() })).toEqual({
          kind: 'check-email',
          locale: 'en',
        });
      expect(await mailsTo(fresh)).toHaveLength(1);
      expect(await mailsTo(known)).toHaveLength(1);
    });

    it('keeps a bad address as typed, and sends nothing when the hidden field is filled in', async () => {
      expect(
        await subscribeFromForm({
          values: { email: 'not an address', newsletter: 'ridgeline-weekly', from: '/articles/x' },
          viewer: anonymousViewer,
          ip: nextIp(),
        }),
      ).toEqual({
        kind: 'refused',
        error: 'invalid-email',
        email: 'not an address',
        newsletters: ['ridgeline-weekly'],
        from: '/articles/x',
        locale: 'en',
      });
      const bot = `bot-${kind}@example.org`;
      expect(
        await subscribeFromForm({ values: { email: bot, leave_empty: 'x' }, viewer: anonymousViewer, ip: nextIp() }),
      ).toEqual({ kind: 'check-email', locale: 'en' });
      expect(await mailsTo(bot)).toHaveLength(0);
    });

    it('subscribes a signed-in reader at once, without an email, and a members’ newsletter only for a member', async () => {
      const reader = await signedIn(`signed-in-${kind}@example.org`, null);
      expect(await subscribeFromForm({ values: {}, viewer: reader, ip: nextIp() })).toEqual({
        kind: 'subscribed',
        newsletters: ['ridgeline-weekly'],
        locale: 'en',
      });
      expect(
        await subscribeFromForm({ values: { newsletter: 'the-daily-brief' }, viewer: reader, ip: nextIp() }),
      ).toEqual({ kind: 'members-only', locale: 'en' });
      const paying = await signedIn(`member-${kind}@example.org`, {
        status: 'active',
        pastDueSince: null,
        pausedUntil: null,
      });
      expect(
        await subscribeFromForm({
          values: { newsletter: 'the-daily-brief', email: paying.email },
          viewer: paying,
          ip: nextIp(),
        }),
      ).toEqual({ kind: 'subscribed', newsletters: ['the-daily-brief'], locale: 'en' });
      expect((await subscriptionsOf({ userId: reader.userId })).get(weekly)).toBe('subscribed');
      expect((await subscriptionsOf({ userId: reader.userId })).has(brief)).toBe(false);
      expect((await subscriptionsOf({ userId: paying.userId })).get(brief)).toBe('subscribed');
      expect(await mailsTo(reader.email)).toHaveLength(0);
    });
  });
});
