import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { sessions, signInRequests, signInTokens, users } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { listCapturedMail } from '@/lib/mail/mailer';
import { EMAILS_PER_ADDRESS_PER_HOUR, requestSignInEmail, safeCallbackUrl, signInWithCode, signInWithLink } from './sign-in';

async function lastMailTo(email: string) {
  const mail = (await listCapturedMail()).find((m) => m.to === email);
  if (!mail) throw new Error(`no mail to ${email}`);
  return { token: /token=([\w-]+)/.exec(mail.text)?.[1] ?? '', code: /sign-in page: (\d{6})/.exec(mail.text)?.[1] ?? '' };
}

describe('safeCallbackUrl', () => {
  it('keeps paths on this site and drops everything else', () => {
    expect(safeCallbackUrl('/account')).toBe('/account');
    expect(safeCallbackUrl('/articles/x?y=1#z')).toBe('/articles/x?y=1#z');
    expect(safeCallbackUrl('http://localhost:3000/account')).toBe('/account');
    for (const bad of ['https://evil.example/', '//evil.example/x', 'javascript:alert(1)', '/\\evil.example', '/signin?x', 42, null]) {
      expect(safeCallbackUrl(bad), String(bad)).toBe('/');
    }
  });
});

describe.each(testDatabaseKinds)('sign-in on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
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
    expect(await conn.db.select().from(sessions).where(eq(sessions.userId, user?.id ?? ''))).toHaveLength(1);
    expect(await signInWithLink(token)).toEqual({ error: 'used' });
  });

  it('refuses a link or a code after 15 minutes', async () => {
    const email = `late-${kind}@example.org`;
    await requestSignInEmail({ email, ip: '10.0.0.2', callbackUrl: '/' });
    const { token, code } = await lastMailTo(email);
    await conn.db.update(signInTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(signInTokens.email, email));
    expect(await signInWithLink(token)).toEqual({ error: 'expired' });
    expect(await signInWithCode(email, code)).toEqual({ error: 'expired' });
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
    for (let i = 0; i < EMAILS_PER_ADDRESS_PER_HOUR; i++) expect(await requestSignInEmail({ email, ip: `10.1.0.${i}`, callbackUrl: '/' })).toEqual({ ok: true });
    const refused = await requestSignInEmail({ email, ip: '10.1.0.99', callbackUrl: '/' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAt.getTime()).toBeGreaterThan(Date.now() + 59 * 60 * 1000);
    // An hour later the old requests no longer count.
    await conn.db.update(signInRequests).set({ createdAt: sql`now() - interval '61 minutes'` }).where(sql`true`);
    expect(await requestSignInEmail({ email, ip: '10.1.0.99', callbackUrl: '/' })).toEqual({ ok: true });
  });

  it('stores neither the address nor the IP in the rate-limit log', async () => {
    const rows = await conn.db.select().from(signInRequests);
    expect(JSON.stringify(rows)).not.toMatch(/example\.org|10\.1\.0/);
  });
});
