import 'server-only';
import crypto from 'node:crypto';
import { z } from 'zod';
import * as signIn from '@/db/queries/sign-in';
import { createSession, findOrCreateUserByEmail } from '@/db/queries/users';
import { authSecret, env } from '@/lib/env';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { editionOf, localePath } from '@/lib/i18n/paths';
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
/** Wrong codes one client may type in an hour, across every sign-in it started. */
export const WRONG_CODES_PER_IP_PER_HOUR = 20;
const HOUR_MS = 60 * 60 * 1000;

const keyedHash = (kind: string, value: string) =>
  crypto.createHmac('sha256', authSecret()).update(`${kind}:${value}`).digest('base64url');

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
    // "//host" and "/\\host" are other sites to a browser, however the URL parser resolved them.
    if (/^[/\\]{2}/.test(url.pathname)) return '/';
    // The sign-in pages themselves, in any edition, would bring the reader back to signing in.
    if (editionOf(url.pathname).path.startsWith('/signin') || url.pathname.startsWith('/api/')) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

export type RequestResult = { ok: true; browserNonce: string } | { ok: false; reason: 'rate-limited'; retryAt: Date };

/**
 * Sends a sign-in email unless a limit stops it. The answer is the same whether or not the
 * address has an account. The nonce goes into the asking browser's cookie: only that browser
 * can type the emailed code, so nobody else can spend it (or lock it) with wrong guesses.
 */
export async function requestSignInEmail({
  email,
  ip,
  callbackUrl,
  locale = DEFAULT_LOCALE,
}: {
  email: string;
  ip: string;
  callbackUrl: string;
  /** The edition the reader asked from: the mail and the pages its link opens are in its language. */
  locale?: Locale;
}): Promise<RequestResult> {
  const claim = await signIn.claimRateLimited({
    kind: 'email',
    emailHash: keyedHash('email', email),
    ipHash: keyedHash('ip', ip),
    perEmail: EMAILS_PER_ADDRESS_PER_HOUR,
    perIp: EMAILS_PER_IP_PER_HOUR,
    windowMs: HOUR_MS,
  });
  if (!claim.ok) return { ok: false, reason: 'rate-limited', retryAt: claim.retryAt };
  const browserNonce = crypto.randomBytes(32).toString('base64url');
  const { link, code } = await issueSignInToken({ email, callbackUrl, browserNonce, locale });
  await sendMail(await signInMail({ to: email, link, code, minutes: TOKEN_MINUTES, locale }));
  return { ok: true, browserNonce };
}

/**
 * A one-time link and code for an address, stored only as keyed hashes. The sign-in email and
 * the staff invitation carry them; /signin/verify spends the link, the code page the code (in
 * the browser whose nonce was given, if any).
 */
export async function issueSignInToken({
  email,
  callbackUrl,
  minutes = TOKEN_MINUTES,
  browserNonce,
  locale = DEFAULT_LOCALE,
}: {
  email: string;
  callbackUrl: string;
  minutes?: number;
  browserNonce?: string;
  locale?: Locale;
}) {
  const token = crypto.randomBytes(32).toString('base64url');
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
  await signIn.createSignInToken({
    email,
    tokenHash: keyedHash('link', token),
    codeHash: keyedHash(`code:${email}`, code),
    callbackUrl: safeCallbackUrl(callbackUrl),
    expiresAt: new Date(Date.now() + minutes * 60 * 1000),
    browserHash: browserNonce ? keyedHash('browser', browserNonce) : null,
  });
  return { link: `${env.SITE_URL}${localePath(locale, '/signin/verify')}?token=${token}`, code, minutes };
}

/** The address this browser is signing in as, while its code still works. */
export function pendingSignInEmail(browserNonce: string) {
  return signIn.pendingSignInEmail({ browserHash: keyedHash('browser', browserNonce) });
}

export function inspectLink(token: string) {
  return signIn.inspectLinkToken({ tokenHash: keyedHash('link', token) });
}

export type SignedIn = { sessionToken: string; expires: Date; callbackUrl: string };

/** Signs in; the edition of the page the reader returns to is the language remembered for them. */
async function startSession(email: string, callbackUrl: string): Promise<SignedIn> {
  const user = await findOrCreateUserByEmail({ email, locale: editionOf(callbackUrl).edition });
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

export type CodeResult =
  SignedIn | { error: 'wrong'; attemptsLeft: number } | { error: 'expired' } | { error: 'rate-limited'; retryAt: Date };

/**
 * Checks a code typed in the browser that asked for it (its nonce) against that one sign-in.
 * Wrong codes count against that token alone (five spend its code, not its link) and against
 * the client's hourly limit.
 */
export async function signInWithCode({
  browserNonce,
  code,
  ip,
}: {
  browserNonce: string;
  code: string;
  ip: string;
}): Promise<CodeResult> {
  const ipHash = keyedHash('ip', ip);
  const limitedUntil = await signIn.rateLimitReached({
    kind: 'code',
    ipHash,
    perIp: WRONG_CODES_PER_IP_PER_HOUR,
    windowMs: HOUR_MS,
  });
  if (limitedUntil) return { error: 'rate-limited', retryAt: limitedUntil };
  const token = await signIn.findCodeToken({ browserHash: keyedHash('browser', browserNonce) });
  if (!token) return { error: 'expired' };
  const typed = Buffer.from(keyedHash(`code:${token.email}`, code));
  const stored = Buffer.from(token.codeHash);
  if (stored.length === typed.length && crypto.timingSafeEqual(stored, typed)) {
    const consumed = await signIn.consumeTokenById({ id: token.id });
    return consumed ? startSession(consumed.email, consumed.callbackUrl) : { error: 'expired' };
  }
  const attemptsLeft = await signIn.recordWrongCode({ id: token.id });
  await signIn.recordRateLimited({ kind: 'code', emailHash: keyedHash('email', token.email), ipHash });
  return attemptsLeft > 0 ? { error: 'wrong', attemptsLeft } : { error: 'expired' };
}
