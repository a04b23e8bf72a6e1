import { zonedWallTimeToUtc } from '@/domain/articles/newsroom-time';
import { GIFT_MONTHS, type GiftMonths } from './giving';
import { formatMoney, tierByKey, TIERS, type Tier } from './tiers';

/**
 * A membership given for three, six or twelve months: what it costs, when it reaches its
 * recipient, how long it lasts, and what its buyer sees of it later. Pure, so the order form,
 * the webhook, the redeem page and the jobs agree.
 */

/** Stripe keeps metadata values up to 500 characters, and the message travels in the session's metadata. */
export const GIFT_MESSAGE_MAX = 500;
/** The "continue as a member" email goes this many days before a gift ends. */
export const GIFT_REMINDER_DAYS = 10;
/** A gift nobody redeemed for this long is shown to its buyer, to send again or give to the pool. */
export const GIFT_UNREDEEMED_DAYS = 365;
/** A gift can be dated up to a year ahead. */
export const GIFT_DELIVERY_MAX_DAYS = 365;
/** A dated gift's email goes at this hour of the day on the newsroom's clock. */
export const GIFT_DELIVERY_HOUR = '08:00';

const DAY_MS = 86_400_000;

/** Twelve months cost the yearly price (two months free, as for members); three and six, the monthly one. */
export function giftPrice(tier: Pick<Tier, 'monthly' | 'yearly'>, months: GiftMonths): number {
  return months === 12 ? tier.yearly : tier.monthly * months;
}

export function isGiftMonths(value: number): value is GiftMonths {
  return (GIFT_MONTHS as readonly number[]).includes(value);
}

/** `months` calendar months after `start` (UTC), the day kept or, past a month's end, its last day. */
export function addMonths(start: Date, months: number): Date {
  const end = new Date(start);
  const day = end.getUTCDate();
  end.setUTCDate(1);
  end.setUTCMonth(end.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
  end.setUTCDate(Math.min(day, lastDay));
  return end;
}

/**
 * A redeemed gift runs from when it is redeemed, or from the end of a gift or grant the reader
 * already has, so two gifts add up instead of overlapping.
 */
export function giftRunsUntil({
  months,
  now,
  currentGrantEnd,
}: {
  months: number;
  now: Date;
  currentGrantEnd: Date | null;
}) {
  const start = currentGrantEnd && currentGrantEnd > now ? currentGrantEnd : now;
  return addMonths(start, months);
}

export function reminderAt(endsAt: Date): Date {
  return new Date(endsAt.getTime() - GIFT_REMINDER_DAYS * DAY_MS);
}

export function unredeemedNoticeAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + GIFT_UNREDEEMED_DAYS * DAY_MS);
}

export type GiftDelivery = 'email' | 'link';

export type GiftOrderForm = {
  tier: string;
  months: string;
  delivery: string;
  recipient: string;
  message: string;
  deliverOn: string;
};

export type GiftOrder = {
  tier: Tier['key'];
  months: GiftMonths;
  amount: number;
  delivery: GiftDelivery;
  /** Null when the buyer shares the link themselves. */
  recipientEmail: string | null;
  message: string;
  /** The day (YYYY-MM-DD, the newsroom's calendar) the email goes; null when the buyer shares the link. */
  deliverOn: string | null;
};

export type ParsedGiftOrder =
  | { ok: true; order: GiftOrder }
  | { ok: false; errors: Partial<Record<keyof GiftOrderForm, string>>; form: GiftOrderForm };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function isRealDay(day: string): boolean {
  return DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
}

/**
 * Reads the order form: a tier we offer, three/six/twelve months, and either an address with a
 * day from today to a year ahead, or "I'll share the link myself". Every field that is wrong
 * says so at once, and the form comes back as typed.
 */
export function parseGiftOrder(input: Partial<Record<keyof GiftOrderForm, unknown>>, today: string): ParsedGiftOrder {
  const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');
  const form: GiftOrderForm = {
    tier: text(input.tier, 20),
    months: text(input.months, 4),
    delivery: text(input.delivery, 10),
    recipient: text(input.recipient, 300),
    message: text(input.message, GIFT_MESSAGE_MAX + 200),
    deliverOn: text(input.deliverOn, 20),
  };
  const errors: Partial<Record<keyof GiftOrderForm, string>> = {};
  const tier = tierByKey(form.tier);
  if (!tier) errors.tier = `Please choose one of the memberships: ${TIERS.map((t) => t.name).join(', ')}.`;
  const months = Number(form.months);
  if (!isGiftMonths(months)) errors.months = 'Please choose three, six or twelve months.';
  const delivery: GiftDelivery = form.delivery === 'link' ? 'link' : 'email';
  const recipient = form.recipient.trim().toLowerCase();
  if (delivery === 'email') {
    if (!recipient)
      errors.recipient = 'Please give the address the gift should go to, or choose to share the link yourself.';
    else if (recipient.length > 254 || !EMAIL.test(recipient))
      errors.recipient = 'Please enter a valid email address, like name@example.org.';
    const day = form.deliverOn.trim() || today;
    if (!isRealDay(day)) errors.deliverOn = 'Please choose a day for the email, like 2026-12-24.';
    else if (day < today) errors.deliverOn = 'That day has passed: choose today or a day to come.';
    else if (day > addDays(today, GIFT_DELIVERY_MAX_DAYS)) errors.deliverOn = 'A gift can be dated up to a year ahead.';
  }
  const message = form.message.trim();
  if (message.length > GIFT_MESSAGE_MAX)
    errors.message = `Please keep the message to ${GIFT_MESSAGE_MAX} characters; it has ${message.length}.`;
  if (Object.keys(errors).length || !tier || !isGiftMonths(months)) return { ok: false, errors, form };
  return {
    ok: true,
    order: {
      tier: tier.key,
      months,
      amount: giftPrice(tier, months),
      delivery,
      recipientEmail: delivery === 'email' ? recipient : null,
      message,
      deliverOn: delivery === 'email' ? form.deliverOn.trim() || today : null,
    },
  };
}

/** When a dated gift's email goes: at once for today, else early on that day on the newsroom's clock. */
export function deliveryInstant(deliverOn: string, today: string, timeZone: string, now: Date): Date {
  if (deliverOn <= today) return now;
  return zonedWallTimeToUtc(`${deliverOn}T${GIFT_DELIVERY_HOUR}`, timeZone) ?? now;
}

/** "6 months of Member ($60)", as the order, the receipt and the redeem page name a gift. */
export function describeGift({
  tier,
  months,
  amount,
  currency,
}: {
  tier: string;
  months: number;
  amount?: number;
  currency?: string;
}) {
  const name = tierByKey(tier)?.name ?? tier;
  return `${months} months of ${name}${amount ? ` (${formatMoney(amount, currency)})` : ''}`;
}

export type GiftState =
  | { kind: 'scheduled'; on: Date }
  | { kind: 'delivered'; on: Date }
  | { kind: 'link' }
  | { kind: 'redeemed'; on: Date }
  | { kind: 'unredeemed'; since: Date }
  | { kind: 'given-to-pool'; on: Date };

/** What a gift's buyer sees of it on /account. */
export function giftState(
  gift: {
    deliverAt: Date | null;
    deliveredAt: Date | null;
    redeemedAt: Date | null;
    givenToPoolAt: Date | null;
    createdAt: Date;
  },
  now: Date,
): GiftState {
  if (gift.redeemedAt) return { kind: 'redeemed', on: gift.redeemedAt };
  if (gift.givenToPoolAt) return { kind: 'given-to-pool', on: gift.givenToPoolAt };
  if (now >= unredeemedNoticeAt(gift.createdAt)) return { kind: 'unredeemed', since: gift.createdAt };
  if (gift.deliveredAt) return { kind: 'delivered', on: gift.deliveredAt };
  if (gift.deliverAt) return { kind: 'scheduled', on: gift.deliverAt };
  return { kind: 'link' };
}
