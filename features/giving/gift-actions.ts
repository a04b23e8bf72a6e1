'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createPoolRequest, decidePoolRequest, giveGiftToPool, redeemGift, resendGift } from '@/db/queries/gifts';
import type { Viewer } from '@/domain/auth/viewer';
import { editionField } from '@/domain/i18n/locale-schema';
import type { Locale } from '@/domain/i18n/locales';
import { GIFT_MESSAGE_MAX, giftPrice, parseGiftOrder, type GiftOrderForm } from '@/domain/membership/gift-membership';
import { GIFT_MONTHS, POOL_REASON_MAX } from '@/domain/membership/giving';
import { TIERS, formatMoney, tierByKey } from '@/domain/membership/tiers';
import { linkSlug } from '@/domain/slug';
import { formAction, plainFormAction, text, type ActionResult, type FormValues } from '@/lib/actions/action';
import { todayIn } from '@/lib/appeals/appeals';
import { emailSchema } from '@/lib/auth/sign-in';
import type { SignedInViewer } from '@/lib/auth/viewer';
import { cacheTags } from '@/lib/cache-tags';
import { invalidate } from '@/lib/cache/invalidate';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { giftMailJob, poolDeclinedJob } from '@/lib/mail/gift-mail';
import { giftCode, giftCodeHash, isGiftCodeShape } from '@/lib/membership/gift-code';
import { createGiftCheckout } from '@/lib/membership/gifts';
import { getNewsroom } from '@/lib/newsroom';

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/**
 * The edition whose page sent the form (its hidden `locale`): the answer, the next page and the
 * mail the form leads to are in its language.
 */
const formLocale = (values: FormValues): Locale => editionField.parse(first(values.locale));

/**
 * Redeeming, a buyer's choices for an old gift and asking the pool need the reader signed in.
 * Checked first, as the wrapper's permission would (nothing about a refused caller's input is
 * read), and answered in the form's edition, which the wrapper's refusal cannot be.
 */
function signedIn(viewer: Viewer): viewer is SignedInViewer {
  return viewer.kind === 'signed-in';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isRealDay = (day: string) => DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;

/**
 * parseGiftOrder's refusals in the edition's words: which one each field's is follows from what
 * was typed (parseGiftOrder's own words are English).
 */
function orderErrorsIn(
  locale: Locale,
  errors: Partial<Record<keyof GiftOrderForm, string>>,
  form: GiftOrderForm,
  today: string,
): Record<string, string[]> {
  const t = translator(locale, 'giftOrderErrors');
  const tierName = translator(locale, 'giftWords');
  const said: Partial<Record<keyof GiftOrderForm, string>> = {};
  if (errors.tier)
    said.tier = t('tier', { names: TIERS.map((tier) => tierName('tierName', { tier: tier.key })).join(', ') });
  if (errors.months) said.months = t('months');
  if (errors.recipient) said.recipient = t(form.recipient.trim() ? 'recipientInvalid' : 'recipientMissing');
  if (errors.deliverOn) {
    const day = form.deliverOn.trim() || today;
    said.deliverOn = t(!isRealDay(day) ? 'dayInvalid' : day < today ? 'dayPast' : 'dayTooFar');
  }
  if (errors.message)
    said.message = t('messageTooLong', { max: String(GIFT_MESSAGE_MAX), count: form.message.trim().length });
  return Object.fromEntries(Object.entries(said).map(([key, error]) => [key, [error]]));
}

/**
 * "Give a membership": the order is read (domain/membership/gift-membership.ts) and paid once in
 * Checkout, which opens in the edition's language. A refusal comes back with every field as
 * typed and the reason at each, in that language.
 */
export const orderGiftAction = formAction({
  permission: 'anyone',
  input: z.unknown(),
  run: async ({ viewer, values }): Promise<ActionResult> => {
    const locale = formLocale(values);
    const t = translator(locale, 'giftOrderErrors');
    const typed = Object.fromEntries(
      (['tier', 'months', 'delivery', 'recipient', 'message', 'deliverOn'] as const).map((key) => [
        key,
        first(values[key]),
      ]),
    ) as GiftOrderForm;
    const today = todayIn(getNewsroom().timeZone);
    const parsed = parseGiftOrder(typed, today);
    if (!parsed.ok)
      return {
        ok: false,
        message: t('check'),
        fieldErrors: orderErrorsIn(locale, parsed.errors, parsed.form, today),
        values: parsed.form,
      };
    let url: string;
    try {
      url = await createGiftCheckout({
        viewer,
        order: parsed.order,
        attribution: { from: linkSlug(first(values.from)), placement: linkSlug(first(values.placement)) },
        locale,
      });
    } catch (error) {
      console.error('gift membership: could not open Checkout', error);
      return { ok: false, message: t('unavailable'), values: typed };
    }
    redirect(url);
  },
});

/**
 * Redeeming a gift's link, signed in with any address: a complimentary grant for the gift's
 * months. Someone not signed in is sent to sign in, in the edition of the page, and back.
 */
export const redeemGiftAction = plainFormAction({
  permission: 'anyone',
  input: z.unknown(),
  run: async ({ viewer, values }): Promise<ActionResult> => {
    const locale = formLocale(values);
    const code = first(values.code);
    const page = localePath(locale, `/gift/${isGiftCodeShape(code) ? code : 'unknown'}`);
    if (!signedIn(viewer)) redirect(`${localePath(locale, '/signin')}?callbackUrl=${encodeURIComponent(page)}`);
    if (!isGiftCodeShape(code)) redirect(page);
    const result = await redeemGift({
      codeHash: giftCodeHash(code),
      userId: viewer.userId,
      now: viewer.asOf,
      mailJob: giftMailJob,
    });
    // The member count on /membership and in the banner counts grants too.
    if (result.outcome === 'redeemed') invalidate(cacheTags.members);
    redirect(`${page}?${new URLSearchParams({ outcome: result.outcome })}`);
  },
});

const giftId = z.coerce.number().int().positive();

const BUYER_REFUSALS = {
  'not-yours': 'notYours',
  redeemed: 'redeemed',
  given: 'given',
  'too-soon': 'tooSoon',
} as const;

const resendInput = z.object({ giftId, recipient: text(emailSchema) });

/** A gift nobody redeemed within a year, sent again to the address its buyer gives. */
export const resendGiftAction = formAction({
  permission: 'anyone',
  input: z.unknown(),
  run: async ({ viewer, values }): Promise<ActionResult> => {
    const t = translator(formLocale(values), 'giftActionErrors');
    if (!signedIn(viewer)) return { ok: false, message: t('signInFirst') };
    const parsed = resendInput.safeParse(values);
    if (!parsed.success) {
      const wrongGift = parsed.error.issues.some((issue) => issue.path[0] === 'giftId');
      if (wrongGift) return { ok: false, message: t('notYours') };
      return {
        ok: false,
        fieldErrors: { recipient: [t('invalidEmail')] },
        values: { recipient: first(values.recipient) },
      };
    }
    const input = parsed.data;
    const result = await resendGift({
      giftId: input.giftId,
      buyer: viewer,
      recipientEmail: input.recipient,
      mailJob: giftMailJob,
    });
    if (result.outcome !== 'done') return { ok: false, message: t(BUYER_REFUSALS[result.outcome]) };
    return { ok: true, message: t('sentAgain', { email: input.recipient }) };
  },
});

export const giveGiftToPoolAction = formAction({
  permission: 'anyone',
  input: z.unknown(),
  run: async ({ viewer, values }): Promise<ActionResult> => {
    const t = translator(formLocale(values), 'giftActionErrors');
    if (!signedIn(viewer)) return { ok: false, message: t('signInFirst') };
    const parsed = giftId.safeParse(first(values.giftId));
    if (!parsed.success) return { ok: false, message: t('notYours') };
    const result = await giveGiftToPool({ giftId: parsed.data, buyer: viewer, mailJob: giftMailJob });
    if (result.outcome !== 'done') return { ok: false, message: t(BUYER_REFUSALS[result.outcome]) };
    invalidate(cacheTags.pool);
    return { ok: true, message: t('givenToPool') };
  },
});

/**
 * A reader in hardship asks for a membership from the pool: only their address, the reason and
 * the edition they asked in (the language of the answer) are kept. Signed in, so the address is
 * known to work before an editor spends the pool on it, and the sign-in limits keep anyone from
 * flooding the editors with requests.
 */
export const requestFromPoolAction = formAction({
  permission: 'anyone',
  input: z.unknown(),
  run: async ({ viewer, values }): Promise<ActionResult> => {
    const locale = formLocale(values);
    const t = translator(locale, 'poolRequestErrors');
    if (!signedIn(viewer)) return { ok: false, message: t('signInFirst') };
    const reason = first(values.reason);
    if (!reason || reason.length > POOL_REASON_MAX)
      return {
        ok: false,
        message: t('check'),
        fieldErrors: { reason: [reason ? t('reasonTooLong', { max: String(POOL_REASON_MAX) }) : t('reasonMissing')] },
        values: { reason },
      };
    const result = await createPoolRequest({ email: viewer.email, reason, locale });
    if (result.outcome === 'pending') return { ok: true, message: t('pending', { email: viewer.email }) };
    return { ok: true, message: t('received', { email: viewer.email }) };
  },
});

/** An editor's decision on a request; approving gives a membership from the pool. */
export const decidePoolRequestAction = formAction({
  permission: 'pool:decide',
  input: z.object({
    requestId: giftId,
    decision: z.enum(['approve', 'decline']),
    tier: z.enum(TIERS.map((tier) => tier.key)).prefault('member'),
    months: z.enum(GIFT_MONTHS.map(String) as [string, ...string[]]).prefault('6'),
  }),
  invalid: 'Please choose a membership and a length.',
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const tier = tierByKey(input.tier)!;
    const months = Number(input.months) as (typeof GIFT_MONTHS)[number];
    const amount = giftPrice(tier, months);
    const result = await decidePoolRequest({
      requestId: input.requestId,
      decision: input.decision,
      staffId: viewer.userId,
      gift: { tier: tier.key, months, amount, codeHash: giftCodeHash(giftCode({ poolRequestId: input.requestId })) },
      mailJob: giftMailJob,
      declinedJob: poolDeclinedJob,
    });
    if (result.outcome === 'short')
      return {
        ok: false,
        message: `The pool holds ${formatMoney(result.balance)}; ${months} months of ${tier.name} cost ${formatMoney(result.cost)}. Choose a shorter gift, or wait for more gifts to the pool.`,
      };
    if (result.outcome === 'decided') return { ok: false, message: 'Someone decided this request already.' };
    if (result.outcome === 'unknown') return { ok: false, message: 'That request no longer exists.' };
    // The request leaves the waiting list, and its form with it: the page says what was done.
    if (result.outcome === 'approved') {
      invalidate(cacheTags.pool);
      redirect(`/admin/pool?approved=${input.requestId}`);
    }
    redirect(`/admin/pool?declined=${input.requestId}`);
  },
});
