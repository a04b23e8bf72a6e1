import 'server-only';
import type Stripe from 'stripe';
import { recordDonationEvent, type DonationCopy } from '@/db/queries/donations';
import type { Viewer } from '@/domain/auth/viewer';
import { DEFAULT_LOCALE, LOCALES, localeOr, type Locale } from '@/domain/i18n/locales';
import { DONATION_PURPOSES, type DonationPurpose } from '@/domain/membership/giving';
import { cacheTags } from '@/lib/cache-tags';
import { invalidate } from '@/lib/cache/invalidate';
import { env } from '@/lib/env';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { donationReceiptJob } from '@/lib/mail/donation-receipt';
import { getNewsroom } from '@/lib/newsroom';
import { stripe } from '@/lib/stripe';
import type { Attribution } from './checkout';

/**
 * One-off gifts: Stripe Checkout in payment mode with submit_type donate. No account and no
 * Stripe Customer are needed: Checkout asks for an address for the receipt, and that address is
 * all we keep. A signed-in reader's address is given to Checkout and their id goes in the
 * metadata, so the webhook links the gift to their account. The edition the form was sent from
 * travels too: Checkout opens in its language, comes back to its thank-you page, and the
 * metadata tells the webhook which language the receipt is in.
 */

/** Marks our gift sessions apart from any other payment-mode Checkout the site makes. */
export const DONATION_KIND = 'donation';

export async function createDonationCheckout({
  viewer,
  amount,
  purpose,
  attribution,
  cancelPath,
  locale = DEFAULT_LOCALE,
}: {
  viewer: Viewer;
  amount: number;
  purpose: DonationPurpose;
  attribution: Attribution;
  cancelPath: string;
  locale?: Locale;
}): Promise<string> {
  const { name } = getNewsroom();
  const t = translator(locale, 'donationCheckout');
  const metadata: Record<string, string> = {
    kind: DONATION_KIND,
    purpose,
    locale,
    ...(viewer.kind === 'signed-in' ? { user_id: viewer.userId } : {}),
    ...(attribution.from ? { from: attribution.from } : {}),
    ...(attribution.placement ? { placement: attribution.placement } : {}),
  };
  const session = await stripe().checkout.sessions.create({
    mode: 'payment',
    submit_type: 'donate',
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: 'usd',
          unit_amount: amount,
          product_data: {
            name: purpose === 'pool' ? t('pool') : t('newsroom', { name }),
          },
        },
      },
    ],
    ...(viewer.kind === 'signed-in' ? { customer_email: viewer.email, client_reference_id: viewer.userId } : {}),
    metadata,
    payment_intent_data: { metadata },
    locale: LOCALES[locale].stripeLocale,
    success_url: `${env.SITE_URL}${localePath(locale, '/give/thanks')}?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${env.SITE_URL}${cancelPath}`,
  });
  if (!session.url) throw new Error('Stripe returned a Checkout session without a URL');
  return session.url;
}

export function isDonationSession(session: Pick<Stripe.Checkout.Session, 'mode' | 'metadata'>): boolean {
  return session.mode === 'payment' && session.metadata?.kind === DONATION_KIND;
}

function purposeOf(value: string | undefined): DonationPurpose {
  return (DONATION_PURPOSES as readonly string[]).includes(value ?? '') ? (value as DonationPurpose) : 'newsroom';
}

/** The gift a paid session is, as the webhook stores it; null while it is not a paid gift. */
export function donationOf(session: Stripe.Checkout.Session): DonationCopy | null {
  if (!isDonationSession(session) || session.payment_status !== 'paid') return null;
  const email = session.customer_details?.email ?? session.customer_email;
  if (!email) throw new Error(`paid gift session ${session.id} has no address for its receipt`);
  const metadata = session.metadata ?? {};
  return {
    id: session.id,
    userId: metadata.user_id || null,
    email,
    amount: session.amount_total ?? 0,
    currency: session.currency ?? 'usd',
    purpose: purposeOf(metadata.purpose),
    paymentIntentId:
      typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null),
    attributionArticle: metadata.from || null,
    attributionPlacement: metadata.placement || null,
    locale: localeOr(metadata.locale),
  };
}

/** What the thank-you page may say about a session: only a paid gift of ours. */
export async function readPaidGift(sessionId: string) {
  if (!/^cs_[A-Za-z0-9_]{1,200}$/.test(sessionId)) return null;
  try {
    const session = await stripe().checkout.sessions.retrieve(sessionId);
    if (!isDonationSession(session) || session.payment_status !== 'paid') return null;
    return {
      amount: session.amount_total ?? 0,
      currency: session.currency ?? 'usd',
      purpose: purposeOf(session.metadata?.purpose),
      userId: session.metadata?.user_id || null,
    };
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return null;
    throw error;
  }
}

/** The events that say a payment-mode Checkout was paid: at once by card, or later (a bank debit). */
export const PAID_CHECKOUT_EVENTS = new Set(['checkout.session.completed', 'checkout.session.async_payment_succeeded']);

export function isDonationEvent(event: Stripe.Event): boolean {
  return PAID_CHECKOUT_EVENTS.has(event.type) && isDonationSession(event.data.object as Stripe.Checkout.Session);
}

/**
 * Records the gift an event reports, once: the session is re-read from Stripe (the event is
 * only a trigger) inside the transaction that records the event id, and the receipt is queued
 * as a job in it, so a replayed or duplicated event neither adds a donation nor mails twice.
 */
export async function handleDonationEvent(event: Stripe.Event) {
  const sessionId = (event.data.object as Stripe.Checkout.Session).id;
  let purpose: DonationPurpose | null = null;
  const result = await recordDonationEvent({
    eventId: event.id,
    type: event.type,
    read: async () => {
      const copy = donationOf(await stripe().checkout.sessions.retrieve(sessionId));
      purpose = copy?.purpose ?? null;
      return copy;
    },
    receipt: donationReceiptJob,
  });
  // A gift to the pool raises the balance /membership shows.
  if (result.outcome === 'applied' && result.recorded && purpose === 'pool') invalidate(cacheTags.pool);
  return result;
}
