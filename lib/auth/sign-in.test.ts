import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { sessions, signInRequests, signInTokens, users } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { listCapturedMail } from '@/lib/mail/mailer';
import {
  EMAILS_PER_ADDRESS_PER_HOUR,
  requestSignInEmail,
  safeCallbackUrl,
  signInWithCode,
  signInWithLink,
  WRONG_CODES_PER_IP_PER_HOUR,
} from './sign-in';

/** The codes of an address's mails, oldest first (captured mail lists the newest first). */
async function codeFor(email: string, index: number) {
  const mails = (await listCapturedMail()).filter((m) => m.to === email).reverse();
  return /sign-in page: (\d{6})/.exec(mails[index]?.text ?? '')?.[1];
}

async function lastMailTo(email: string) {
  const mail = (await listCapturedMail()).find((m) => m.to === email);
  if (!mail) throw new Error(`no mail to ${email}`);
  return {
    token: /token=([\w-]+)/.exec(mail.text)?.[1] ?? '',
    code: /sign-in page: (\d{6})/.exec(mail.text)?.[1] ?? '',
  };
}

describe('safeCallbackUrl', () => {
  it('keeps paths on this site and drops everything else', () => {
    expect(safeCallbackUrl('/account')).toBe('/account');
    expect(safeCallbackUrl('/articles/x?y=1#z')).toBe('/articles/x?y=1#z');
    expect(safeCallbackUrl('http://localhost:3000/account')).toBe('/account');
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/.//evil.example',
      '/./\\evil.example',
      '/%2e//evil.example',
      'javascript:alert(1)',
      '/\\evil.example',
      '/signin?x',
      '/ru/signin/code',
      42,
      null,
    ]) {
      expect(safeCallbackUrl(bad), String(bad)).toBe('/');
    }
  });
});

describe.each(testDatabaseKinds)('sign-in on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  const tokenRow = async (email: string, index: number) => {
    const rows = await conn.db
      .select()
      .from(signInTokens)
      .where(eq(signInTokens.email, email))
      .orderBy(signInTokens.id);
    const row = rows[index];
    if (!row) throw new Error(`no token ${index} for ${email}`);
    return row;
  };
  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    useConnection(conn);
  });
  afterAll(() => conn?.dispose());

  it('creates the account on the first successful sign-in, and the link works once', async () => {
    const email = `first-${kind}@example.org`;
    await requestSignInEmail({ email, ip: '10.0.0.1', callbackUrl: '/account' });
    expect(await conn.db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
    const { token } = await lastMailTo(email);
    const result = await signInWithLink(token);
    expect('sessionToken' in result && result.callbackUrl).toBe('/account');
    const [user] = await conn.db.select().from(users).where(eq(users.email, email));
    expect(user?.role).toBe('reader');
    expect(
      await conn.db
        .select()
        .from(sessions)
        .where(eq(sessions.userId, user?.id ?? '')),
    ).toHaveLength(1);
    expect(await signInWithLink(token)).toEqual({ error: 'used' });
  });

  it('remembers the language of the edition a reader signs in from, for the mail they get next', async () => {
    const email = `russian-${kind}@example.org`;
    await requestSignInEmail({ email, ip: '10.0.0.9', callbackUrl: '/ru/articles/x', locale: 'ru' });
    const { token } = await lastMailTo(email);
    expect('sessionToken' in (await signInWithLink(token))).toBe(true);
    const [user] = await conn.db.select().from(users).where(eq(users.email, email));
    expect(user?.locale).toBe('ru');
    // Signing in from the English edition later changes it back.
    await requestSignInEmail({ email, ip: '10.0.0.9', callbackUrl: '/account' });
    expect('sessionToken' in (await signInWithLink((await lastMailTo(email)).token))).toBe(true);
    const [again] = await conn.db.select().from(users).where(eq(users.email, email));
    expect(again?.locale).toBe('en');
  });

  it('refuses a link or a code after 15 minutes', async () => {
    const email = `late-${kind}@example.org`;
    const asked = await requestSignInEmail({ email, ip: '10.0.0.2', callbackUrl: '/' });
    if (!asked.ok) throw new Error('refused');
    const { token, code } = await lastMailTo(email);
    await conn.db
      .update(signInTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(signInTokens.email, email));
    expect(await signInWithLink(token)).toEqual({ error: 'expired' });
    expect(await signInWithCode({ browserNonce: asked.browserNonce, code, ip: '10.0.0.2' })).toEqual({
      error: 'expired',
    });
  });

  it('lets only one of many simultaneous uses of a link through', async () => {
    const email = `race-${kind}@example.org`;
    await requestSignInEmail({ email, ip: '10.0.0.3', callbackUrl: '/' });
    const { token } = await lastMailTo(email);
    const results = await Promise.all(Array.from({ length: 8 }, () => signInWithLink(token)));
    expect(results.filter((r) => 'sessionToken' in r)).toHaveLength(1);
  });

  it('limits emails per address per hour, and lets the address try again once the hour has passed', async () => {
    const email = `busy-${kind}@example.org`;
    for (let i = 0; i < EMAILS_PER_ADDRESS_PER_HOUR; i++)
      expect((await requestSignInEmail({ email, ip: `10.1.0.${i}`, callbackUrl: '/' })).ok).toBe(true);
    const refused = await requestSignInEmail({ email, ip: '10.1.0.99', callbackUrl: '/' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAt.getTime()).toBeGreaterThan(Date.now() + 59 * 60 * 1000);
    // An hour later the old requests no longer count.
    await conn.db
      .update(signInRequests)
      .set({ createdAt: sql`now() - interval '61 minutes'` })
      .where(sql`true`);
    expect((await requestSignInEmail({ email, ip: '10.1.0.99', callbackUrl: '/' })).ok).toBe(true);
  });

  it('lets no more than the limit through when many requests for one address arrive at once', async () => {
    const email = `burst-${kind}@example.org`;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => requestSignInEmail({ email, ip: `10.5.0.${i}`, callbackUrl: '/' })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(EMAILS_PER_ADDRESS_PER_HOUR);
  });

  it('accepts a code only in the browser that asked for it', async () => {
    const email = `bound-${kind}@example.org`;
    const mine = await requestSignInEmail({ email, ip: '10.6.0.1', callbackUrl: '/account' });
    if (!mine.ok) throw new Error('refused');
    const mineCode = (await codeFor(email, 0)) ?? '';
    // Another browser (an attacker who asked for an email to this address too) cannot use it.
    const theirs = await requestSignInEmail({ email, ip: '10.6.0.2', callbackUrl: '/' });
    if (!theirs.ok) throw new Error('refused');
    expect(await signInWithCode({ browserNonce: 'made-up-nonce', code: mineCode, ip: '10.6.0.3' })).toEqual({
      error: 'expired',
    });
    expect(await signInWithCode({ browserNonce: theirs.browserNonce, code: mineCode, ip: '10.6.0.2' })).toMatchObject({
      error: 'wrong',
    });
    const signedIn = await signInWithCode({ browserNonce: mine.browserNonce, code: mineCode, ip: '10.6.0.1' });
    expect('sessionToken' in signedIn && signedIn.callbackUrl).toBe('/account');
  });

  it("never lets wrong codes kill the emailed link, or another browser's sign-in", async () => {
    const email = `victim-${kind}@example.org`;
    const victim = await requestSignInEmail({ email, ip: '10.7.0.1', callbackUrl: '/account' });
    if (!victim.ok) throw new Error('refused');
    const { token } = await lastMailTo(email);
    const victimCode = (await codeFor(email, 0)) ?? '';
    const attacker = await requestSignInEmail({ email, ip: '10.7.0.2', callbackUrl: '/' });
    if (!attacker.ok) throw new Error('refused');
    const wrong = victimCode === '000000' ? '111111' : '000000';
    const answers = [];
    for (let i = 0; i < 6; i++)
      answers.push(await signInWithCode({ browserNonce: attacker.browserNonce, code: wrong, ip: '10.7.0.2' }));
    expect(answers[0]).toEqual({ error: 'wrong', attemptsLeft: 4 });
    expect(answers[4]).toEqual({ error: 'expired' });
    // The victim's own code and link still work.
    const [row] = await conn.db
      .select({ failedAttempts: signInTokens.failedAttempts })
      .from(signInTokens)
      .where(eq(signInTokens.tokenHash, (await tokenRow(email, 0)).tokenHash));
    expect(row?.failedAttempts).toBe(0);
    expect('sessionToken' in (await signInWithLink(token))).toBe(true);
  });

  it('keeps the link working after its own code was typed wrong five times', async () => {
    const email = `clumsy-${kind}@example.org`;
    const asked = await requestSignInEmail({ email, ip: '10.8.0.1', callbackUrl: '/' });
    if (!asked.ok) throw new Error('refused');
    const { token, code } = await lastMailTo(email);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await signInWithCode({ browserNonce: asked.browserNonce, code: wrong, ip: '10.8.0.1' });
    expect(await signInWithCode({ browserNonce: asked.browserNonce, code, ip: '10.8.0.1' })).toEqual({
      error: 'expired',
    });
    expect('sessionToken' in (await signInWithLink(token))).toBe(true);
  });

  it('limits how many wrong codes one client may type in an hour', async () => {
    const ip = '10.9.0.1';
    let last;
    for (let n = 0; n * 5 <= WRONG_CODES_PER_IP_PER_HOUR; n++) {
      const email = `guesser-${n}-${kind}@example.org`;
      const asked = await requestSignInEmail({ email, ip: `10.9.1.${n}`, callbackUrl: '/' });
      if (!asked.ok) throw new Error('refused');
      for (let i = 0; i < 5; i++) last = await signInWithCode({ browserNonce: asked.browserNonce, code: 'x', ip });
    }
    expect(last).toMatchObject({ error: 'rate-limited' });
  });

  it('stores neither the address nor the IP in the rate-limit log', async () => {
    const rows = await conn.db.select().from(signInRequests);
    expect(JSON.stringify(rows)).not.toMatch(/example\.org|10\.1\.0/);
  });
});
