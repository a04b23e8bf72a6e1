'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction, plainFormAction, text, type ActionResult, type SchemaRefusal } from '@/lib/actions/action';
import { createPortal } from '@/lib/membership/checkout';
import {
  cancelMembership,
  keepMembership,
  MembershipChangeRefused,
  pauseMembership,
  resumeMembership,
  switchPlan,
} from '@/lib/membership/staying';
import { editionField } from '@/domain/i18n/locale-schema';
import type { Locale } from '@/domain/i18n/locales';
import { CANCELLATION_REASONS, PAUSE_MONTHS, type PauseMonths } from '@/domain/membership/giving';
import { CANCELLATION_COMMENT_MAX } from '@/domain/membership/leaving';
import { TIERS } from '@/domain/membership/tiers';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';

/**
 * A member's own changes to their membership from /account and /account/cancel: pause, resume,
 * cancel, take a cancellation back, take an offer instead, open the billing portal. Every form
 * names its edition in a hidden `locale` field: refusals are said in its language, and the member
 * goes back to that edition's account page.
 */

const formLocale = (values: Record<string, unknown>): Locale => editionField.parse(values.locale);
const errorsIn = (locale: Locale) => translator(locale, 'accountErrors');
const accountIn = (locale: Locale) => localePath(locale, '/account');

/** Runs a change; a refusal or an outage becomes a sentence, and nothing typed is lost. */
async function attempt(
  locale: Locale,
  change: () => Promise<unknown>,
  values?: Record<string, string>,
): Promise<ActionResult | null> {
  try {
    await change();
    return null;
  } catch (error) {
    const t = errorsIn(locale);
    if (error instanceof MembershipChangeRefused) return { ok: false, message: t(`refused.${error.reason}`), values };
    console.error('membership change failed', error);
    return { ok: false, message: t('unreachable'), values };
  }
}

/**
 * A plain form's caller who is no longer signed in: to sign-in, then back to the account page.
 * A refused caller's form is never read, so this is the default edition's.
 */
function toSignIn(): never {
  redirect('/signin?callbackUrl=/account');
}

// Module-level functions, not arrows inside the exports: Next's compiler would take a sync arrow there for a server action.
function refusedPause({ values }: SchemaRefusal): ActionResult {
  const message = errorsIn(formLocale(values))('choosePause');
  return { ok: false, message, fieldErrors: { months: [message] } };
}

export const pauseMembershipAction = formAction({
  permission: 'signed-in',
  input: z.object({ months: z.enum(PAUSE_MONTHS.map(String) as [string, ...string[]]), locale: editionField }),
  invalid: refusedPause,
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const refused = await attempt(input.locale, () => pauseMembership(viewer, Number(input.months) as PauseMonths));
    if (refused) return refused;
    redirect(accountIn(input.locale));
  },
});

/** "Resume now" and "Keep my membership" are plain forms: they work before any script has loaded. */
export const resumeMembershipAction = plainFormAction({
  permission: 'signed-in',
  input: z.object({ locale: editionField }),
  refused: toSignIn,
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const refused = await attempt(input.locale, () => resumeMembership(viewer));
    redirect(refused ? `${accountIn(input.locale)}?problem=unreachable` : accountIn(input.locale));
  },
});

export const keepMembershipAction = plainFormAction({
  permission: 'signed-in',
  input: z.object({ locale: editionField }),
  refused: toSignIn,
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const refused = await attempt(input.locale, () => keepMembership(viewer));
    redirect(refused ? `${accountIn(input.locale)}?problem=unreachable` : accountIn(input.locale));
  },
});

const cancelInput = z.object({
  reason: z.enum(CANCELLATION_REASONS).optional(),
  comment: text(z.string().max(CANCELLATION_COMMENT_MAX)),
  locale: editionField,
});

function refusedCancel({ fieldErrors, values }: SchemaRefusal): ActionResult {
  const t = errorsIn(formLocale(values));
  return {
    ok: false,
    fieldErrors: {
      ...(fieldErrors.reason ? { reason: [t('chooseReason')] } : {}),
      // A string, not a number: the limit reads "1000" in English, as it always has.
      ...(fieldErrors.comment ? { comment: [t('commentTooLong', { max: String(CANCELLATION_COMMENT_MAX) })] } : {}),
    },
    values: { reason: String(values.reason ?? ''), comment: String(values.comment ?? '') },
  };
}

/** Cancels at the period end. The reason is asked, never required: leaving stays two clicks from /account. */
export const cancelMembershipAction = formAction({
  permission: 'signed-in',
  input: cancelInput,
  invalid: refusedCancel,
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const refused = await attempt(
      input.locale,
      () => cancelMembership(viewer, { reason: input.reason ?? null, comment: input.comment }),
      { reason: input.reason ?? '', comment: input.comment },
    );
    if (refused) return refused;
    redirect(accountIn(input.locale));
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
  locale: editionField,
});

function refusedOffer({ fieldErrors, values }: SchemaRefusal): ActionResult {
  return { ok: false, message: errorsIn(formLocale(values))('unknownOffer'), fieldErrors };
}

/** Takes what the cancel page offered instead: a pause, a cheaper plan, or a new card in the portal. */
export const takeOfferAction = formAction({
  permission: 'signed-in',
  input: offerInput,
  invalid: refusedOffer,
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const { locale } = input;
    const values = { reason: input.reason ?? '', comment: input.comment ?? '' };
    const [kind, first, second] = input.offer.split(':');
    if (kind === 'card') {
      let url = '';
      const refused = await attempt(
        locale,
        async () => (url = await createPortal(viewer, 'payment_method_update', locale)),
        values,
      );
      if (refused) return refused;
      redirect(url);
    }
    const refused = await attempt(
      locale,
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
    redirect(accountIn(locale));
  },
});
