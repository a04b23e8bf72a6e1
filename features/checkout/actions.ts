'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction, plainFormAction, type ActionResult, type FormValues } from '@/lib/actions/action';
import { createCheckout, createPortal, hasLiveMembership } from '@/lib/membership/checkout';
import { editionField } from '@/domain/i18n/locale-schema';
import type { Locale } from '@/domain/i18n/locales';
import { CUSTOM_MAXIMUM, CUSTOM_MINIMUM, parseChoice } from '@/domain/membership/tiers';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { linkSlug } from '@/domain/slug';

/** Every field is carried back into the join page's address, should the reader return to it. */
const checkoutInput = z.record(z.string(), z.string());

/** The edition whose page sent the form (its hidden `locale`): every answer is in its language. */
const formLocale = (values: FormValues): Locale =>
  editionField.parse(Array.isArray(values.locale) ? values.locale[0] : values.locale);

/**
 * Which of parseChoice's refusals this is, in the edition's words (parseChoice's are English),
 * as the join page says them.
 */
function refusalIn(locale: Locale, fields: Record<string, string>): string {
  const t = translator(locale, 'membershipJoin');
  const format = formatter(locale);
  const amounts = { minimum: format.money(CUSTOM_MINIMUM), maximum: format.money(CUSTOM_MAXIMUM) };
  if (fields.tier !== 'custom') return t('noTier');
  const cents = Math.round(Number((fields.amount ?? '').replace(/[$,\s]/g, '')) * 100);
  return t(Number.isFinite(cents) && cents > CUSTOM_MAXIMUM ? 'tooMuch' : 'tooLittle', amounts);
}

/** Sends the reader to Stripe Checkout, or, if they are a member already, to the billing portal. */
export const startCheckoutAction = formAction({
  permission: 'anyone',
  input: checkoutInput,
  run: async ({ viewer, input: { locale: edition, ...input } }): Promise<ActionResult> => {
    const locale = editionField.parse(edition);
    const t = translator(locale, 'checkoutErrors');
    // Signed in first, answered in the edition (the wrapper's refusal would be English).
    if (viewer.kind !== 'signed-in') return { ok: false, message: t('signInFirst') };
    const choice = parseChoice(input);
    if ('error' in choice) return { ok: false, message: refusalIn(locale, input) };
    let url: string;
    try {
      if (await hasLiveMembership(viewer)) {
        url = await createPortal(viewer, undefined, locale);
      } else {
        const query = new URLSearchParams(Object.entries(input));
        url = await createCheckout(
          viewer,
          choice,
          { from: linkSlug(input.from), placement: linkSlug(input.placement) },
          `${localePath(locale, '/membership/join')}?${query}`,
          locale,
        );
      }
    } catch (error) {
      console.error('checkout failed', error);
      return { ok: false, message: t('unavailable') };
    }
    redirect(url);
  },
});

/**
 * "Manage membership": the Stripe billing portal for this reader, in the edition of the page
 * (its hidden `locale`, when it has one); someone signed out is sent to sign in there.
 */
export const openPortalAction = plainFormAction({
  permission: 'anyone',
  input: z.unknown(),
  run: async ({ viewer, values }): Promise<ActionResult> => {
    const locale = formLocale(values);
    if (viewer.kind !== 'signed-in')
      redirect(`${localePath(locale, '/signin')}?callbackUrl=${localePath(locale, '/account')}`);
    redirect(await createPortal(viewer, undefined, locale));
  },
});
