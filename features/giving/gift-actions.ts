'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { createPoolRequest, decidePoolRequest, giveGiftToPool, redeemGift, resendGift } from '@/db/queries/gifts';
import { giftPrice, parseGiftOrder, type GiftOrderForm } from '@/domain/membership/gift-membership';
import { GIFT_MONTHS, POOL_REASON_MAX } from '@/domain/membership/giving';
import { TIERS, formatMoney, tierByKey } from '@/domain/membership/tiers';
import { linkSlug } from '@/domain/slug';
import { formAction, plainFormAction, text, type ActionResult } from '@/lib/actions/action';
import { todayIn } from '@/lib/appeals/appeals';
import { emailSchema } from '@/lib/auth/sign-in';
import { cacheTags } from '@/lib/cache-tags';
import { invalidate } from '@/lib/cache/invalidate';
import { giftMailJob, poolDeclinedJob } from '@/lib/mail/gift-mail';
import { giftCode, giftCodeHash, isGiftCodeShape } from '@/lib/membership/gift-code';
import { createGiftCheckout } from '@/lib/membership/gifts';
import { getNewsroom } from '@/lib/newsroom';

const UNREACHABLE = 'We could not reach our payment provider. Nothing was charged; please try again in a minute.';

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/**
 * "Give a membership": the order is read (domain/membership/gift-membership.ts) and paid once in
 * Checkout. A refusal comes back with every field as typed and the reason at each.
 */
export const orderGiftAction = formAction({
  permission: 'anyone',
  input: z.unknown(),
  run: async ({ viewer, values }): Promise<ActionResult> => {
    const typed = Object.fromEntries(
      (['tier', 'months', 'delivery', 'recipient', 'message', 'deliverOn'] as const).map((key) => [
        key,
        first(values[key]),
      ]),
    ) as GiftOrderForm;
    const parsed = parseGiftOrder(typed, todayIn(getNewsroom().timeZone));
    if (!parsed.ok)
      return {
        ok: false,
        message: 'Please check the gift: something needs changing.',
        fieldErrors: Object.fromEntries(Object.entries(parsed.errors).map(([key, error]) => [key, [error]])),
        values: parsed.form,
      };
    let url: string;
    try {
      url = await createGiftCheckout({
        viewer,
        order: parsed.order,
        attribution: { from: linkSlug(first(values.from)), placement: linkSlug(first(values.placement)) },
      });
    } catch (error) {
      console.error('gift membership: could not open Checkout', error);
      return { ok: false, message: UNREACHABLE, values: typed };
    }
    redirect(url);
  },
});

/** Redeeming a gift's link, signed in with any address: a complimentary grant for the gift's months. */
export const redeemGiftAction = plainFormAction({
  permission: 'signed-in',
  input: z.object({ code: z.string() }),
  refused: () => redirect('/signin'),
  run: async ({ viewer, input }): Promise<ActionResult> => {
    if (!isGiftCodeShape(input.code)) redirect('/gift/unknown');
    const result = await redeemGift({
      codeHash: giftCodeHash(input.code),
      userId: viewer.userId,
      now: viewer.asOf,
      mailJob: giftMailJob,
    });
    // The member count on /membership and in the banner counts grants too.
    if (result.outcome === 'redeemed') invalidate(cacheTags.members);
    redirect(`/gift/${input.code}?${new URLSearchParams({ outcome: result.outcome })}`);
  },
});

const giftId = z.coerce.number().int().positive();

/** A gift nobody redeemed within a year, sent again to the address its buyer gives. */
export const resendGiftAction = formAction({
  permission: 'signed-in',
  input: z.object({ giftId, recipient: text(emailSchema) }),
  invalid: ({ fieldErrors, values }) => ({
    ok: false as const,
    fieldErrors,
    values: { recipient: first(values.recipient) },
  }),
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const result = await resendGift({
      giftId: input.giftId,
      buyer: viewer,
      recipientEmail: input.recipient,
      mailJob: giftMailJob,
    });
    if (result.outcome !== 'done') return { ok: false, message: BUYER_REFUSALS[result.outcome] };
    return { ok: true, message: `Sent again to ${input.recipient}.` };
  },
});

const BUYER_REFUSALS = {
  'not-yours': 'That gift is not one you gave.',
  redeemed: 'That gift has been redeemed since: nothing more to do.',
  given: 'That gift has already gone to the pool.',
  'too-soon': 'A gift can be sent again or given to the pool once a year has passed without anyone redeeming it.',
} as const;

export const giveGiftToPoolAction = formAction({
  permission: 'signed-in',
  input: z.object({ giftId }),
  invalid: 'That gift is not one you gave.',
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const result = await giveGiftToPool({ giftId: input.giftId, buyer: viewer, mailJob: giftMailJob });
    if (result.outcome !== 'done') return { ok: false, message: BUYER_REFUSALS[result.outcome] };
    invalidate(cacheTags.pool);
    return { ok: true, message: 'Given to the pool: it will pay for a membership for a reader who cannot.' };
  },
});

/**
 * A reader in hardship asks for a membership from the pool: only their address and the reason
 * are kept. Signed in, so the address is known to work before an editor spends the pool on it,
 * and the sign-in limits keep anyone from flooding the editors with requests.
 */
export const requestFromPoolAction = formAction({
  permission: 'signed-in',
  input: z.object({
    reason: text(
      z
        .string()
        .min(1, 'Please tell us in a sentence or two why you are asking.')
        .max(POOL_REASON_MAX, `Please keep it under ${POOL_REASON_MAX} characters.`),
    ),
  }),
  invalid: ({ fieldErrors, values }) => ({
    ok: false as const,
    message: 'Please check the form.',
    fieldErrors,
    values: { reason: first(values.reason) },
  }),
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const result = await createPoolRequest({ email: viewer.email, reason: input.reason });
    if (result.outcome === 'pending')
      return {
        ok: true,
        message: `We already have a request from ${viewer.email}. An editor reads each one; you will hear from us by email.`,
      };
    return {
      ok: true,
      message: `Thank you. An editor will read your request and write to ${viewer.email}. Your reason is deleted once it is decided.`,
    };
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
