import 'server-only';
import crypto from 'node:crypto';
import { z } from 'zod';
import * as signIn from '@/db/queries/sign-in';
import { createSession, findOrCreateUserByEmail } from '@/db/queries/users';
import { authSecret, env } from '@/lib/env';
import { sendMail } from '@/lib/mail/mailer';
import { signInMail } from '@/lib/mail/templates';
import { SESSION_MAX_AGE_SECONDS } from './session-cookie';

/**
 * Passwordless sign-in: an email with a link and a 6-digit code. The link opens a page that
 * asks "Sign in as …?"; only pressing its button spends the token, so mail scanners that fetch
 * every link neither sign anyone in nor burn the link.
 */
export const TOKEN_MINUTES = 15;
export const EMAILS_PER_ADDRESS_PER_HOUR = 5;
export const EMAILS_PER_IP_PER_HOUR = 20;

const keyedHash = (kind: string, value: string) => crypto.createHmac('sha256', authSecret()).update(`${kind}:${value}`).digest('base64url');

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'That address is too long.')
  .pipe(z.email({ message: 'Please enter a valid email address, like name@example.org.' }));

/** Only paths on this site; anything else (another host, //host, javascript:) becomes "/". */
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== 'string' || !raw) return '/';
  try {
    const base = new URL(env.SITE_URL);
    const url = new URL(raw, base);
    if (url.origin !== base.origin) return '/';
    if (url.pathname.startsWith('/signin') || url.pathname.startsWith('/api/')) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

export type RequestResult = { ok: true } | { ok: false; reason: 'rate-limited'; retryAt: Date };

/**
 * Sends a sign-in email unless a limit stops it. The answer is the same whether or not the
 * address has an account.
 */
export async function requestSignInEmail({ email, ip, callbackUrl }: { email: string; ip: string; callbackUrl: string }): Promise<RequestResult> {
  const emailHash = keyedHash('email', email);
  const ipHash = keyedHash('ip', ip);
  const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
  const recent = await signIn.countRecentSignInRequests({ emailHash, ipHash, since: hourAgo });
  const hour = 60 * 60 * 1000;
  if (recent.byEmail >= EMAILS_PER_ADDRESS_PER_HOUR && recent.oldestByEmail) {
    return { ok: false, reason: 'rate-limited', retryAt: new Date(recent.oldestByEmail.getTime() + hour) };
  }
  if (recent.byIp >= EMAILS_PER_IP_PER_HOUR && recent.oldestByIp) {
    return { ok: false, reason: 'rate-limited', retryAt: new Date(recent.oldestByIp.getTime() + hour) };
  }
  await signIn.recordSignInRequest({ emailHash, ipHash });

  const { link, code } = await issueSignInToken({ email, callbackUrl });
  await sendMail(signInMail({ to: email, link, code, minutes: TOKEN_MINUTES }));
  return { ok: true };
}

/**
 * A one-time link and code for an address, stored only as keyed hashes. The sign-in email and
 * the staff invitation carry them; /signin/verify and the code page spend them alike.
 */
export async function issueSignInToken({ email, callbackUrl, minutes = TOKEN_MINUTES }: { email: string; callbackUrl: string; minutes?: number }) {
  const token = crypto.randomBytes(32).toString('base64url');
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
  await signIn.createSignInToken({
    email,
    tokenHash: keyedHash('link', token),
    codeHash: keyedHash(`code:${email}`, code),
    callbackUrl: safeCallbackUrl(callbackUrl),
    expiresAt: new Date(Date.now() + minutes * 60 * 1000),
  });
  return { link: `${env.SITE_URL}/signin/verify?token=${token}`, code, minutes };
}

export function inspectLink(token: string) {
  return signIn.inspectLinkToken({ tokenHash: keyedHash('link', token) });
}

export type SignedIn = { sessionToken: string; expires: Date; callbackUrl: string };

async function startSession(email: string, callbackUrl: string): Promise<SignedIn> {
  const user = await findOrCreateUserByEmail({ email });
  const sessionToken = crypto.randomBytes(32).toString('base64url');
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
  await createSession({ userId: user.id, sessionToken, expires });
  return { sessionToken, expires, callbackUrl };
}

/** Spends the link token and starts a session, or says why not. */
export async function signInWithLink(token: string): Promise<SignedIn | { error: 'used' | 'expired' | 'unknown' }> {
  const consumed = await signIn.consumeLinkToken({ tokenHash: keyedHash('link', token) });
  if (!consumed) {
    const state = await inspectLink(token);
    return { error: state.state === 'valid' ? 'used' : state.state };
  }
  return startSession(consumed.email, consumed.callbackUrl);
}

export type CodeResult = SignedIn | { error: 'wrong'; attemptsLeft: number } | { error: 'expired' };

/** Checks a typed code against the address's live tokens; five wrong codes spend them. */
export async function signInWithCode(email: string, code: string): Promise<CodeResult> {
  const live = await signIn.listLiveTokens({ email });
  if (live.length === 0) return { error: 'expired' };
  const typed = Buffer.from(keyedHash(`code:${email}`, code));
  const match = live.find((t) => {
    const stored = Buffer.from(t.codeHash);
    return stored.length === typed.length && crypto.timingSafeEqual(stored, typed);
  });
  if (match) {
    const consumed = await signIn.consumeTokenById({ id: match.id });
    if (consumed) return startSession(consumed.email, consumed.callbackUrl);
    return { error: 'expired' };
  }
  const attemptsLeft = await signIn.recordWrongCode({ email });
  return attemptsLeft > 0 ? { error: 'wrong', attemptsLeft } : { error: 'expired' };
}
