'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction, plainFormAction, text, type ActionResult } from '@/lib/actions/action';
import { createPortal } from '@/lib/membership/checkout';
import {
  cancelMembership,
  keepMembership,
  MembershipChangeRefused,
  pauseMembership,
  resumeMembership,
  switchPlan,
} from '@/lib/membership/staying';
import { CANCELLATION_REASONS, PAUSE_MONTHS, type PauseMonths } from '@/domain/membership/giving';
import { CANCELLATION_COMMENT_MAX } from '@/domain/membership/leaving';
import { TIERS } from '@/domain/membership/tiers';

const UNREACHABLE = 'We could not reach our payment provider, so nothing has changed. Please try again in a minute.';

/** Runs a change; a refusal or an outage becomes a sentence, and nothing typed is lost. */
async function attempt(change: () => Promise<unknown>, values?: Record<string, string>): Promise<ActionResult | null> {
  try {
    await change();
    return null;
  } catch (error) {
    if (error instanceof MembershipChangeRefused) return { ok: false, message: error.message, values };
    console.error('membership change failed', error);
    return { ok: false, message: UNREACHABLE, values };
  }
}

const months = z.enum(PAUSE_MONTHS.map(String) as [string, ...string[]], 'Please choose how long to pause for.');

export const pauseMembershipAction = formAction({
  permission: 'signed-in',
  input: z.object({ months }),
  invalid: 'Please choose how long to pause for.',
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const refused = await attempt(() => pauseMembership(viewer, Number(input.months) as PauseMonths));
    if (refused) return refused;
    redirect('/account');
  },
});

/** "Resume now" and "Keep my membership" are plain forms: they work before any script has loaded. */
export const resumeMembershipAction = plainFormAction({
  permission: 'signed-in',
  input: z.unknown(),
  refused: () => redirect('/signin?callbackUrl=/account'),
  run: async ({ viewer }): Promise<ActionResult> => {
    const refused = await attempt(() => resumeMembership(viewer));
    redirect(refused ? '/account?problem=unreachable' : '/account');
  },
});

export const keepMembershipAction = plainFormAction({
  permission: 'signed-in',
  input: z.unknown(),
  refused: () => redirect('/signin?callbackUrl=/account'),
  run: async ({ viewer }): Promise<ActionResult> => {
    const refused = await attempt(() => keepMembership(viewer));
    redirect(refused ? '/account?problem=unreachable' : '/account');
  },
});

const cancelInput = z.object({
  reason: z.enum(CANCELLATION_REASONS).optional(),
  comment: text(
    z
      .string()
      .max(CANCELLATION_COMMENT_MAX, `Please keep this under ${CANCELLATION_COMMENT_MAX} characters; we read it all.`),
  ),
});

/** Cancels at the period end. The reason is asked, never required: leaving stays two clicks from /account. */
export const cancelMembershipAction = formAction({
  permission: 'signed-in',
  input: cancelInput,
  invalid: ({ fieldErrors, values }) => ({
    ok: false as const,
    fieldErrors,
    values: { reason: String(values.reason ?? ''), comment: String(values.comment ?? '') },
  }),
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const refused = await attempt(
      () => cancelMembership(viewer, { reason: input.reason ?? null, comment: input.comment }),
      { reason: input.reason ?? '', comment: input.comment },
    );
    if (refused) return refused;
    redirect('/account');
  },
});

const offerInput = z.object({
  offer: z.union([
    z.templateLiteral(['pause:', z.enum(['1', '2', '3'])]),
    z.templateLiteral(['switch:', z.enum(TIERS.map((t) => t.key)), ':', z.enum(['month', 'year'])]),
    z.literal('card'),
  ]),
  reason: z.string().optional(),
  comment: z.string().optional(),
});

/** Takes what the cancel page offered instead: a pause, a cheaper plan, or a new card in the portal. */
export const takeOfferAction = formAction({
  permission: 'signed-in',
  input: offerInput,
  invalid: 'That offer is not one we made. Please choose again.',
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const values = { reason: input.reason ?? '', comment: input.comment ?? '' };
    const [kind, first, second] = input.offer.split(':');
    if (kind === 'card') {
      let url = '';
      const refused = await attempt(async () => (url = await createPortal(viewer, 'payment_method_update')), values);
      if (refused) return refused;
      redirect(url);
    }
    const refused = await attempt(
      () =>
        kind === 'pause'
          ? pauseMembership(viewer, Number(first) as PauseMonths)
          : switchPlan(viewer, {
              tier: first as (typeof TIERS)[number]['key'],
              interval: second as 'month' | 'year',
            }),
      values,
    );
    if (refused) return refused;
    redirect('/account');
  },
});
