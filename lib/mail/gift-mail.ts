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
import { describeGift } from '@/domain/membership/gift-membership';
import { formatMoney } from '@/domain/membership/tiers';
import { env } from '@/lib/env';
import { formatDate } from '@/lib/format';
import { giftCode, giftLink } from '@/lib/membership/gift-code';
import { getNewsroom } from '@/lib/newsroom';
import { sendMail } from './mailer';
import { noticeMail as notice } from './notice-mail';

/**
 * The mail a gift membership sends, each a job queued where it became due: the buyer's receipt
 * (with the link when they share it themselves), the recipient's gift on its day, the
 * "continue as a member" note ten days before it ends, and the buyer's notice a year on when
 * nobody redeemed it. A job names the gift, so a mail reads the gift as it is when it goes:
 * a gift redeemed, revoked or given to the pool in the meantime sends nothing more.
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
    await sendMail(await giftReminderMail({ to: redeemed.email, endsAt: redeemed.endsAt, gift: redeemed.gift }));
    await markGiftReminded({ id: giftId });
    return;
  }
  const found = await getGiftForMail({ id: giftId });
  if (!found) return;
  const { gift, requestId } = found;
  if (mail === 'receipt') {
    if (!gift.purchaserEmail) return;
    await sendMail(await giftReceiptMail({ to: gift.purchaserEmail, gift, link: giftLink(codeOf(gift, requestId)) }));
    return;
  }
  if (gift.redeemedAt || gift.givenToPoolAt) return;
  if (mail === 'delivery') {
    if (!gift.recipientEmail) return;
    await sendMail(await giftDeliveryMail({ to: gift.recipientEmail, gift, link: giftLink(codeOf(gift, requestId)) }));
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
  await sendMail(await poolDeclinedMail({ to: request.email }));
}

const quoted = (message: string) => (message ? [`“${message}”`] : []);

export async function giftReceiptMail({ to, gift, link }: { to: string; gift: GiftMembership; link: string }) {
  const { name, contactEmail } = getNewsroom();
  const sum = formatMoney(gift.amount, gift.currency);
  const delivery = gift.recipientEmail
    ? `By email to ${gift.recipientEmail} on ${formatDate(gift.deliverAt ?? gift.createdAt)}`
    : 'You share the link yourself';
  return notice({
    to,
    subject: `Your receipt: a gift of ${gift.months} months of ${name}`,
    headline: 'Thank you for your gift',
    preheader: `Your receipt for ${sum}`,
    paragraphs: [
      `You gave ${describeGift(gift)}. It was paid once: nothing renews, and the person you gave it to decides whether to continue as a member afterwards.`,
    ],
    lines: [
      ['Gift', describeGift(gift)],
      ['Amount', sum],
      ['Date', formatDate(gift.createdAt)],
      ['Delivery', delivery],
      ['Reference', gift.checkoutSessionId ?? String(gift.id)],
    ],
    ...(gift.recipientEmail
      ? {}
      : {
          button: { href: link, label: 'The gift’s link' },
          after: [
            'Send this link to the person you are giving the membership to. It can be redeemed once, with any email address.',
          ],
        }),
    footer: `Questions about this gift? Write to ${contactEmail}. Keep this email as your receipt.`,
  });
}

export async function giftDeliveryMail({ to, gift, link }: { to: string; gift: GiftMembership; link: string }) {
  const { name, contactEmail } = getNewsroom();
  const fromPool = gift.source === 'pool';
  return notice({
    to,
    subject: fromPool
      ? `Your membership of ${name}, from our readers`
      : `A gift for you: ${gift.months} months of ${name}`,
    headline: fromPool ? 'A membership, from our readers' : 'Someone gave you a membership',
    preheader: `${gift.months} months of ${name}, paid for`,
    paragraphs: fromPool
      ? [
          `Your request for a membership was approved. Other readers paid for ${gift.months} months of ${name} so that you can read everything we publish.`,
        ]
      : [
          `Someone who reads ${name} gave you ${gift.months} months of membership: every story in full, and the members’ newsletters.`,
          ...quoted(gift.message),
        ],
    button: { href: link, label: 'Start my membership' },
    after: [
      'Sign in with any email address to start it. Nothing is charged and no card is asked for; when it ends you decide whether to continue.',
    ],
    footer: `Did not expect this? You can ignore this email, or write to ${contactEmail}.`,
  });
}

export async function giftReminderMail({ to, endsAt, gift }: { to: string; endsAt: Date; gift: GiftMembership }) {
  const { name } = getNewsroom();
  return notice({
    to,
    subject: `Your gift membership of ${name} ends on ${formatDate(endsAt)}`,
    headline: 'Your gift membership ends soon',
    preheader: `It ends on ${formatDate(endsAt)}`,
    paragraphs: [
      `The ${gift.months} months of ${name} you were given end on ${formatDate(endsAt)}. Nothing will be charged: a gift does not renew.`,
      `If our reporting has been worth reading, you can carry on as a member yourself, from ${formatMoney(500)} a month.`,
    ],
    button: { href: `${env.SITE_URL}/membership?placement=gift-ending`, label: 'Continue as a member' },
    footer: 'You receive this once, because your gift membership is ending.',
  });
}

export async function giftUnredeemedMail({ to, gift }: { to: string; gift: GiftMembership }) {
  const { name } = getNewsroom();
  return notice({
    to,
    subject: `The membership you gave has not been redeemed`,
    headline: 'Your gift is still waiting',
    preheader: 'Send it again, or give it to a reader who cannot pay',
    paragraphs: [
      `A year ago you gave ${describeGift(gift)}${gift.recipientEmail ? ` to ${gift.recipientEmail}` : ''}, and nobody has redeemed it yet.`,
      `You can send it again, to the same address or another, or give it to our pool, which pays for memberships for readers who cannot: students, and readers in the region whose cards no longer work.`,
    ],
    button: { href: `${env.SITE_URL}/account#gifts-given`, label: 'See your gifts' },
    after: [`Sign in with this address (${to}) to see it.`],
    footer: `You receive this once, because you bought a gift membership of ${name}.`,
  });
}

export async function poolDeclinedMail({ to }: { to: string }) {
  const { name, contactEmail } = getNewsroom();
  return notice({
    to,
    subject: `Your request for a membership of ${name}`,
    headline: 'We could not give you a membership this time',
    preheader: 'About your request',
    paragraphs: [
      `Thank you for asking. The pool our readers fund could not give you a membership this time; it is small, and we decide each request by hand.`,
      `Your reason has been deleted, as we promised. You are welcome to ask again later, and every public story on ${name} stays free to read.`,
    ],
    footer: `Questions? Write to ${contactEmail}.`,
  });
}
