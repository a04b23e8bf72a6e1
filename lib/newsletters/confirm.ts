import 'server-only';
import crypto from 'node:crypto';
import * as confirmations from '@/db/queries/newsletter-confirmations';
import { listNewsletters, setSubscription } from '@/db/queries/newsletters';
import { claimRateLimited } from '@/db/queries/sign-in';
import { findOrCreateUserByEmail } from '@/db/queries/users';
import type { Newsletter } from '@/db/schema';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { authSecret, env } from '@/lib/env';
import { localePath } from '@/lib/i18n/paths';
import { sendMail } from '@/lib/mail/mailer';
import { newsletterConfirmationMail } from '@/lib/mail/templates';
import { confirmationLanguage } from './language';

/**
 * Signing up to a newsletter by address (double opt-in). The form's post only records the
 * address and the newsletters asked for and emails a link; nothing else happens, and no account
 * exists, until the reader presses "Confirm my subscription" on the page that link opens. Like
 * the sign-in link, opening it changes nothing, so mail scanners that fetch every link neither
 * subscribe anyone nor spend the link.
 */
export const CONFIRMATION_HOURS = 48;
export const CONFIRMATIONS_PER_ADDRESS_PER_HOUR = 5;
export const CONFIRMATIONS_PER_IP_PER_HOUR = 20;
const HOUR_MS = 60 * 60 * 1000;

// Keyed like lib/auth/sign-in.ts's hashes; the prefixes keep this link's hashes apart from those.
const keyedHash = (kind: string, value: string) =>
  crypto.createHmac('sha256', authSecret()).update(`${kind}:${value}`).digest('base64url');
export const confirmationTokenHash = (token: string) => keyedHash('newsletter-link', token);

/** A token as links carry it; anything else is not looked up at all. */
export const CONFIRMATION_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** Only newsletters anyone may receive can be asked for by address: a members' one needs a member's session. */
const openToAnyone = (newsletter: Newsletter) => newsletter.audience === 'everyone';

export type ConfirmationRequest = { ok: true } | { ok: false; reason: 'rate-limited'; retryAt: Date };

/**
 * Emails a confirmation link for these newsletters unless a limit stops it. The answer is the
 * same whether or not the address has an account or is subscribed already: it is emailed again.
 * The mail is in the newsletters' language (for newsletters of several languages, in that of
 * `edition`, the edition the reader signed up from), and its link opens the confirmation page of
 * that language's edition, so that the mail and the pages after it speak one language.
 */
export async function requestNewsletterConfirmation({
  email,
  ip,
  newsletterIds,
  edition = DEFAULT_LOCALE,
}: {
  email: string;
  ip: string;
  newsletterIds: number[];
  edition?: Locale;
}): Promise<ConfirmationRequest> {
  const chosen = (await listNewsletters()).filter((n) => openToAnyone(n) && newsletterIds.includes(n.id));
  if (chosen.length === 0) return { ok: true };
  const claim = await claimRateLimited({
    kind: 'newsletter',
    emailHash: keyedHash('email', email),
    ipHash: keyedHash('ip', ip),
    perEmail: CONFIRMATIONS_PER_ADDRESS_PER_HOUR,
    perIp: CONFIRMATIONS_PER_IP_PER_HOUR,
    windowMs: HOUR_MS,
  });
  if (!claim.ok) return { ok: false, reason: 'rate-limited', retryAt: claim.retryAt };
  const token = crypto.randomBytes(32).toString('base64url');
  await confirmations.createConfirmation({
    tokenHash: confirmationTokenHash(token),
    email,
    newsletterIds: chosen.map((n) => n.id),
    expiresAt: new Date(Date.now() + CONFIRMATION_HOURS * HOUR_MS),
  });
  const locale = confirmationLanguage(chosen, edition);
  await sendMail(
    await newsletterConfirmationMail({
      to: email,
      link: `${env.SITE_URL}${localePath(locale, '/newsletters/confirm')}?token=${token}`,
      newsletters: chosen.map(({ name, description }) => ({ name, description })),
      minutes: CONFIRMATION_HOURS * 60,
      locale,
    }),
  );
  return { ok: true };
}

export type PendingConfirmation =
  | { state: 'valid'; email: string; newsletters: Pick<Newsletter, 'slug' | 'name'>[] }
  | { state: 'used' | 'expired' | 'unknown' };

/** What a confirmation link would do, for the page it opens. Changes nothing. */
export async function inspectNewsletterConfirmation(token: string): Promise<PendingConfirmation> {
  if (!CONFIRMATION_TOKEN.test(token)) return { state: 'unknown' };
  const found = await confirmations.inspectConfirmation({ tokenHash: confirmationTokenHash(token) });
  if (found.state !== 'valid') return found;
  const newsletters = (await listNewsletters()).filter((n) => found.newsletterIds.includes(n.id));
  return { state: 'valid', email: found.email, newsletters: newsletters.map(({ slug, name }) => ({ slug, name })) };
}

export type Confirmed =
  | { ok: true; email: string; newsletters: Pick<Newsletter, 'slug' | 'name'>[] }
  | { ok: false; reason: 'used' | 'expired' | 'unknown' };

/**
 * The reader pressed "Confirm my subscription": spends the token (once, whoever else presses at
 * the same moment), creates or reuses the account of the address, and subscribes it, also where
 * it had unsubscribed before (confirming is asking again).
 */
export async function confirmNewsletterSubscription(token: string, now = new Date()): Promise<Confirmed> {
  if (!CONFIRMATION_TOKEN.test(token)) return { ok: false, reason: 'unknown' };
  const tokenHash = confirmationTokenHash(token);
  const spent = await confirmations.consumeConfirmation({ tokenHash });
  if (!spent) {
    const state = await confirmations.inspectConfirmation({ tokenHash });
    return { ok: false, reason: state.state === 'valid' ? 'used' : state.state };
  }
  // Still open to anyone now: an editor may have made one members-only since the email went out.
  const newsletters = (await listNewsletters()).filter((n) => openToAnyone(n) && spent.newsletterIds.includes(n.id));
  const user = await findOrCreateUserByEmail({ email: spent.email });
  for (const newsletter of newsletters)
    await setSubscription({ userId: user.id, newsletterId: newsletter.id, subscribed: true, now });
  return { ok: true, email: spent.email, newsletters: newsletters.map(({ slug, name }) => ({ slug, name })) };
}
