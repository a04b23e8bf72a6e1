import 'server-only';
import { z } from 'zod';
import {
  getGiftForMail,
  getPoolRequest,
  getRedeemedGift,
  markGiftDelivered,
  markGiftReminded,
  type GiftMail,
} from '@/db/queries/gifts';
import type { FollowUpJob } from '@/db/queries/memberships';
import type { GiftMembership } from '@/db/schema';
import { DEFAULT_LOCALE, localeOr, type Locale } from '@/domain/i18n/locales';
import { env } from '@/lib/env';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { giftCode, giftLink } from '@/lib/membership/gift-code';
import { getNewsroom } from '@/lib/newsroom';
import { sendMail } from './mailer';
import { noticeMail } from './notice-mail';

/**
 * The mail a gift membership sends, each a job queued where it became due: the buyer's receipt
 * (with the link when they share it themselves), the recipient's gift on its day, the
 * "continue as a member" note ten days before it ends, and the buyer's notice a year on when
 * nobody redeemed it. A job names the gift, so a mail reads the gift as it is when it goes:
 * a gift redeemed, revoked or given to the pool in the meantime sends nothing more.
 *
 * Each goes in the language of the edition the gift was bought in (or its pool request was
 * made in), which the gift's row keeps; the reminder goes to an account, in that account's.
 */
export const GIFT_MAIL_JOB = 'gift-mail';
export const POOL_DECLINED_JOB = 'pool-declined';

export function giftMailJob(giftId: number, mail: GiftMail): FollowUpJob {
  return { kind: GIFT_MAIL_JOB, key: `gift:${mail}:${giftId}`, payload: { giftId, mail } };
}

export function poolDeclinedJob(requestId: number): FollowUpJob {
  return { kind: POOL_DECLINED_JOB, key: `pool-declined:${requestId}`, payload: { requestId } };
}

const giftPayload = z.object({
  giftId: z.number().int(),
  mail: z.enum(['receipt', 'delivery', 'reminder', 'unredeemed']),
});

function codeOf(gift: GiftMembership, requestId: number | null): string {
  if (gift.checkoutSessionId) return giftCode({ checkoutSessionId: gift.checkoutSessionId });
  if (requestId !== null) return giftCode({ poolRequestId: requestId });
  throw new Error(`gift ${gift.id} has neither a Checkout Session nor a pool request to derive its code from`);
}

export async function sendGiftMail(payload: Record<string, unknown>) {
  const parsed = giftPayload.safeParse(payload);
  if (!parsed.success) throw new Error(`${GIFT_MAIL_JOB} job with an unreadable payload: ${JSON.stringify(payload)}`);
  const { giftId, mail } = parsed.data;
  if (mail === 'reminder') {
    const redeemed = await getRedeemedGift({ id: giftId });
    // A grant revoked or an account deleted since, or a date already past: nothing to remind of.
    if (!redeemed || redeemed.endsAt <= new Date() || redeemed.gift.remindedAt) return;
    await sendMail(
      await giftReminderMail({
        to: redeemed.email,
        endsAt: redeemed.endsAt,
        gift: redeemed.gift,
        // The reader who redeemed it has an account: its language, whichever edition the gift came from.
        locale: localeOr(redeemed.locale),
      }),
    );
    await markGiftReminded({ id: giftId });
    return;
  }
  const found = await getGiftForMail({ id: giftId });
  if (!found) return;
  const { gift, requestId } = found;
  const locale = localeOr(gift.locale);
  if (mail === 'receipt') {
    if (!gift.purchaserEmail) return;
    await sendMail(
      await giftReceiptMail({ to: gift.purchaserEmail, gift, link: giftLink(codeOf(gift, requestId), locale) }),
    );
    return;
  }
  if (gift.redeemedAt || gift.givenToPoolAt) return;
  if (mail === 'delivery') {
    if (!gift.recipientEmail) return;
    await sendMail(
      await giftDeliveryMail({ to: gift.recipientEmail, gift, link: giftLink(codeOf(gift, requestId), locale) }),
    );
    await markGiftDelivered({ id: giftId });
    return;
  }
  if (!gift.purchaserEmail) return;
  await sendMail(await giftUnredeemedMail({ to: gift.purchaserEmail, gift }));
}

export async function sendPoolDeclined(payload: Record<string, unknown>) {
  const parsed = z.object({ requestId: z.number().int() }).safeParse(payload);
  if (!parsed.success)
    throw new Error(`${POOL_DECLINED_JOB} job with an unreadable payload: ${JSON.stringify(payload)}`);
  const request = await getPoolRequest({ id: parsed.data.requestId });
  if (!request || request.status !== 'declined') return;
  await sendMail(await poolDeclinedMail({ to: request.email, locale: localeOr(request.locale) }));
}

type MailGift = Pick<
  GiftMembership,
  | 'id'
  | 'source'
  | 'tier'
  | 'months'
  | 'amount'
  | 'currency'
  | 'recipientEmail'
  | 'message'
  | 'deliverAt'
  | 'createdAt'
  | 'checkoutSessionId'
  | 'locale'
>;

/** "6 months of Member ($60)" in the gift's language; a gift from the pool cost its reader nothing. */
function describe(locale: Locale, gift: Pick<MailGift, 'tier' | 'months' | 'amount' | 'currency'>) {
  const t = translator(locale, 'giftWords');
  const { months, tier } = gift;
  return gift.amount
    ? t('withAmount', { months, tier, amount: formatter(locale).money(gift.amount, gift.currency) })
    : t('description', { months, tier });
}

/** A gift's own language: the edition it was bought (or asked for) in. */
const localeOf = (gift: Pick<MailGift, 'locale'>): Locale => localeOr(gift.locale);

export async function giftReceiptMail({ to, gift, link }: { to: string; gift: MailGift; link: string }) {
  const { name, contactEmail } = getNewsroom();
  const locale = localeOf(gift);
  const t = translator(locale, 'giftMail');
  const format = formatter(locale);
  const sum = format.money(gift.amount, gift.currency);
  const description = describe(locale, gift);
  const delivery = gift.recipientEmail
    ? t('byEmail', { email: gift.recipientEmail, date: format.date(gift.deliverAt ?? gift.createdAt) })
    : t('byLink');
  return noticeMail({
    locale,
    to,
    subject: t('receiptSubject', { months: gift.months, name }),
    headline: t('receiptHeadline'),
    preheader: t('receiptPreheader', { sum }),
    paragraphs: [t('receiptGave', { gift: description })],
    lines: [
      [t('gift'), description],
      [t('amount'), sum],
      [t('date'), format.date(gift.createdAt)],
      [t('delivery'), delivery],
      [t('reference'), gift.checkoutSessionId ?? String(gift.id)],
    ],
    ...(gift.recipientEmail ? {} : { button: { href: link, label: t('linkButton') }, after: [t('linkAfter')] }),
    footer: t('receiptFooter', { email: contactEmail }),
  });
}

export async function giftDeliveryMail({ to, gift, link }: { to: string; gift: MailGift; link: string }) {
  const { name, contactEmail } = getNewsroom();
  const locale = localeOf(gift);
  const t = translator(locale, 'giftMail');
  const fromPool = gift.source === 'pool';
  const months = gift.months;
  return noticeMail({
    locale,
    to,
    subject: fromPool ? t('poolSubject', { name }) : t('giftSubject', { months, name }),
    headline: fromPool ? t('poolHeadline') : t('giftHeadline'),
    preheader: t('deliveryPreheader', { months, name }),
    paragraphs: fromPool
      ? [t('poolApproved', { months, name })]
      : [t('someoneGave', { months, name }), ...(gift.message ? [t('quoted', { message: gift.message })] : [])],
    button: { href: link, label: t('start') },
    after: [t('deliveryAfter')],
    footer: t('deliveryFooter', { email: contactEmail }),
  });
}

export async function giftReminderMail({
  to,
  endsAt,
  gift,
  locale = DEFAULT_LOCALE,
}: {
  to: string;
  endsAt: Date;
  gift: Pick<MailGift, 'months'>;
  /** The language of the account that redeemed the gift. */
  locale?: Locale;
}) {
  const { name } = getNewsroom();
  const t = translator(locale, 'giftMail');
  const format = formatter(locale);
  const date = format.date(endsAt);
  return noticeMail({
    locale,
    to,
    subject: t('reminderSubject', { name, date }),
    headline: t('reminderHeadline'),
    preheader: t('reminderPreheader', { date }),
    paragraphs: [
      t('reminderEnds', { months: gift.months, name, date }),
      t('reminderCarryOn', { price: format.money(500) }),
    ],
    button: {
      href: `${env.SITE_URL}${localePath(locale, '/membership')}?placement=gift-ending`,
      label: t('continue'),
    },
    footer: t('reminderFooter'),
  });
}

export async function giftUnredeemedMail({ to, gift }: { to: string; gift: MailGift }) {
  const { name } = getNewsroom();
  const locale = localeOf(gift);
  const t = translator(locale, 'giftMail');
  const description = describe(locale, gift);
  return noticeMail({
    locale,
    to,
    subject: t('unredeemedSubject'),
    headline: t('unredeemedHeadline'),
    preheader: t('unredeemedPreheader'),
    paragraphs: [
      gift.recipientEmail
        ? t('unredeemedYearTo', { gift: description, email: gift.recipientEmail })
        : t('unredeemedYear', { gift: description }),
      t('unredeemedChoice'),
    ],
    button: { href: `${env.SITE_URL}${localePath(locale, '/account')}#gifts-given`, label: t('seeGifts') },
    after: [t('unredeemedSignIn', { email: to })],
    footer: t('unredeemedFooter', { name }),
  });
}

export async function poolDeclinedMail({ to, locale = DEFAULT_LOCALE }: { to: string; locale?: Locale }) {
  const { name, contactEmail } = getNewsroom();
  const t = translator(locale, 'giftMail');
  return noticeMail({
    locale,
    to,
    subject: t('declinedSubject', { name }),
    headline: t('declinedHeadline'),
    preheader: t('declinedPreheader'),
    paragraphs: [t('declinedSorry'), t('declinedDeleted', { name })],
    footer: t('declinedFooter', { email: contactEmail }),
  });
}
