import crypto from 'node:crypto';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { authSecret, env } from '@/lib/env';
import { localePath } from '@/lib/i18n/paths';

/**
 * The unsubscribe link in every newsletter works without signing in: it names the reader and
 * the newsletter and carries a keyed signature over both, so it cannot be made up for anyone
 * else and needs no row of its own. It never expires (an old issue's link must still work) and
 * stays the same for a reader and newsletter, so it records nothing about which issue was read.
 */

const sign = (userId: string, newsletterId: number) =>
  crypto
    .createHmac('sha256', authSecret())
    .update(`newsletter-unsubscribe:${newsletterId}:${userId}`)
    .digest('base64url')
    .slice(0, 32);

export function unsubscribeToken({ userId, newsletterId }: { userId: string; newsletterId: number }): string {
  return `${newsletterId}.${userId}.${sign(userId, newsletterId)}`;
}

export function readUnsubscribeToken(token: string): { userId: string; newsletterId: number } | null {
  const match = /^(\d{1,9})\.([A-Za-z0-9_-]{1,100})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return null;
  const newsletterId = Number(match[1]);
  const userId = match[2]!;
  const expected = Buffer.from(sign(userId, newsletterId));
  const given = Buffer.from(match[3]!);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? { userId, newsletterId } : null;
}

/**
 * The page the footer link opens: one button for this newsletter, one for all of them; in the
 * edition of `locale`, the newsletter's language, so that it speaks the mail's.
 */
export function unsubscribePageUrl(
  ids: { userId: string; newsletterId: number },
  locale: Locale = DEFAULT_LOCALE,
): string {
  return `${env.SITE_URL}${localePath(locale, `/unsubscribe/${unsubscribeToken(ids)}`)}`;
}

/** RFC 8058: mail providers POST "List-Unsubscribe=One-Click" here, with no cookies. */
export function oneClickUnsubscribeUrl(
  ids: { userId: string; newsletterId: number },
  locale: Locale = DEFAULT_LOCALE,
): string {
  return `${env.SITE_URL}${localePath(locale, `/unsubscribe/${unsubscribeToken(ids)}/one-click`)}`;
}
