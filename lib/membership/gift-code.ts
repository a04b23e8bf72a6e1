import 'server-only';
import crypto from 'node:crypto';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { authSecret, env } from '@/lib/env';
import { localePath } from '@/lib/i18n/paths';

/**
 * A gift's redeem link. Its code is derived with the site's secret from what made the gift (its
 * Checkout Session, or the pool request it answers), so the thank-you page can show it and a
 * job can mail it later, while the database keeps only a keyed hash of it: someone who reads
 * the database cannot redeem a gift.
 */
export function giftCode(key: { checkoutSessionId: string } | { poolRequestId: number }): string {
  const basis = 'checkoutSessionId' in key ? `purchase:${key.checkoutSessionId}` : `pool:${key.poolRequestId}`;
  return crypto.createHmac('sha256', authSecret()).update(`gift-code:${basis}`).digest('base64url').slice(0, 24);
}

export function giftCodeHash(code: string): string {
  return crypto.createHmac('sha256', authSecret()).update(`gift-code-hash:${code}`).digest('base64url');
}

/** The redeem link, on the page of the edition the gift was given in. */
export const giftLink = (code: string, locale: Locale = DEFAULT_LOCALE) =>
  `${env.SITE_URL}${localePath(locale, `/gift/${code}`)}`;

/** A code as links carry it; anything else is not looked up at all. */
export const isGiftCodeShape = (value: string) => /^[A-Za-z0-9_-]{24}$/.test(value);
