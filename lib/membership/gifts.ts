import 'server-only';
import type Stripe from 'stripe';
import { recordGiftPurchaseEvent, type GiftPurchaseCopy } from '@/db/queries/gifts';
import type { Viewer } from '@/domain/auth/viewer';
import { DEFAULT_LOCALE, LOCALES, localeOr, type Locale } from '@/domain/i18n/locales';
import { deliveryInstant, isGiftMonths, type GiftOrder } from '@/domain/membership/gift-membership';
import { CURRENCY, tierByKey } from '@/domain/membership/tiers';
import { todayIn } from '@/lib/appeals/appeals';
import { env } from '@/lib/env';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { giftCode, giftCodeHash, giftLink } from './gift-code';
import { giftMailJob } from '@/lib/mail/gift-mail';
import { getNewsroom } from '@/lib/newsroom';
import { stripe } from '@/lib/stripe';
import type { Attribution } from './checkout';
import { PAID_CHECKOUT_EVENTS } from './donations';

/**
 * Gift memberships bought in Checkout (payment mode, paid once). What the buyer chose travels in
 * the session's metadata, so nothing is written before Stripe says it was paid; the webhook then
 * writes one gift per session, with its redeem code's hash (lib/membership/gift-code.ts). The
 * edition it was ordered from travels with it: Checkout opens in its language and returns to
 * its pages, and the gift keeps it for the mail it sends.
 */

export const GIFT_KIND = 'gift-membership';

export async function createGiftCheckout({
  viewer,
  order,
  attribution,
  locale = DEFAULT_LOCALE,
}: {
  viewer: Viewer;
  order: GiftOrder;
  attribution: Attribution;
  locale?: Locale;
}): Promise<string> {
  const { name } = getNewsroom();
  const t = translator(locale, 'donationCheckout');
  const metadata: Record<string, string> = {
    kind: GIFT_KIND,
    tier: order.tier,
    months: String(order.months),
    locale,
    ...(order.recipientEmail ? { recipient: order.recipientEmail, deliver_on: order.deliverOn ?? '' } : {}),
    ...(order.message ? { message: order.message } : {}),
    ...(viewer.kind === 'signed-in' ? { user_id: viewer.userId } : {}),
    ...(attribution.from ? { from: attribution.from } : {}),
    ...(attribution.placement ? { placement: attribution.placement } : {}),
  };
  const session = await stripe().checkout.sessions.create({
    mode: 'payment',
    submit_type: 'pay',
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: CURRENCY,
          unit_amount: order.amount,
          product_data: {
            name: t('gift', { months: order.months, name, tier: order.tier }),
            description: t('giftNote'),
          },
        },
      },
    ],
    ...(viewer.kind === 'signed-in' ? { customer_email: viewer.email, client_reference_id: viewer.userId } : {}),
    metadata,
    payment_intent_data: { metadata: { kind: GIFT_KIND, tier: order.tier, months: String(order.months), locale } },
    locale: LOCALES[locale].stripeLocale,
    success_url: `${env.SITE_URL}${localePath(locale, '/give/membership/thanks')}?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${env.SITE_URL}${localePath(locale, '/give/membership')}`,
  });
  if (!session.url) throw new Error('Stripe returned a Checkout session without a URL');
  return session.url;
}

export function isGiftMembershipSession(session: Pick<Stripe.Checkout.Session, 'mode' | 'metadata'>): boolean {
  return session.mode === 'payment' && session.metadata?.kind === GIFT_KIND;
}

/** The gift a paid session is, as the webhook stores it; null while it is not paid. */
export function giftPurchaseOf(session: Stripe.Checkout.Session, now = new Date()): GiftPurchaseCopy | null {
  if (!isGiftMembershipSession(session) || session.payment_status !== 'paid') return null;
  const metadata = session.metadata ?? {};
  const purchaserEmail = session.customer_details?.email ?? session.customer_email;
  if (!purchaserEmail) throw new Error(`paid gift membership session ${session.id} has no address for its receipt`);
  const months = Number(metadata.months);
  if (!tierByKey(metadata.tier ?? '') || !isGiftMonths(months))
    throw new Error(`gift membership session ${session.id} names no gift we offer: ${JSON.stringify(metadata)}`);
  const { timeZone } = getNewsroom();
  const recipientEmail = metadata.recipient || null;
  return {
    checkoutSessionId: session.id,
    codeHash: giftCodeHash(giftCode({ checkoutSessionId: session.id })),
    purchaserId: metadata.user_id || null,
    purchaserEmail,
    tier: metadata.tier!,
    months,
    amount: session.amount_total ?? 0,
    currency: session.currency ?? CURRENCY,
    recipientEmail,
    message: metadata.message ?? '',
    deliverAt: recipientEmail
      ? deliveryInstant(metadata.deliver_on || todayIn(timeZone, now), todayIn(timeZone, now), timeZone, now)
      : null,
    locale: localeOr(metadata.locale),
  };
}

export function isGiftMembershipEvent(event: Stripe.Event): boolean {
  return PAID_CHECKOUT_EVENTS.has(event.type) && isGiftMembershipSession(event.data.object as Stripe.Checkout.Session);
}

/** Records the gift an event reports, once; the session is re-read from Stripe inside the transaction. */
export async function handleGiftMembershipEvent(event: Stripe.Event) {
  const sessionId = (event.data.object as Stripe.Checkout.Session).id;
  return recordGiftPurchaseEvent({
    eventId: event.id,
    type: event.type,
    read: async () => giftPurchaseOf(await stripe().checkout.sessions.retrieve(sessionId)),
    mailJob: giftMailJob,
  });
}

/**
 * What the thank-you page may say about a session: only a paid gift of ours. The link is shown
 * to a buyer who shares it themselves (on the page of the edition it was bought in); the
 * session id in the address is theirs alone.
 */
export async function readPaidGiftOrder(sessionId: string) {
  if (!/^cs_[A-Za-z0-9_]{1,200}$/.test(sessionId)) return null;
  try {
    const session = await stripe().checkout.sessions.retrieve(sessionId);
    const gift = giftPurchaseOf(session);
    if (!gift) return null;
    return {
      tier: gift.tier,
      months: gift.months,
      amount: gift.amount,
      currency: gift.currency,
      recipientEmail: gift.recipientEmail,
      deliverAt: gift.deliverAt,
      receiptTo: gift.purchaserEmail,
      link: giftLink(giftCode({ checkoutSessionId: session.id }), gift.locale),
    };
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return null;
    throw error;
  }
}
