'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction, plainFormAction, type ActionResult } from '@/lib/actions/action';
import { createCheckout, createPortal, hasLiveMembership } from '@/lib/membership/checkout';
import { editionField } from '@/domain/i18n/locale-schema';
import { parseChoice } from '@/domain/membership/tiers';
import { localePath } from '@/lib/i18n/paths';
import { linkSlug } from '@/domain/slug';

/** Every field is carried back into the join page's address, should the reader return to it. */
const checkoutInput = z.record(z.string(), z.string());

/** Sends the reader to Stripe Checkout, or, if they are a member already, to the billing portal. */
export const startCheckoutAction = formAction({
  permission: 'signed-in',
  input: checkoutInput,
  run: async ({ viewer, input: { locale: edition, ...input } }): Promise<ActionResult> => {
    const locale = editionField.parse(edition);
    const choice = parseChoice(input);
    if ('error' in choice) return { ok: false, message: choice.error };
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
      return {
        ok: false,
        message: 'We could not reach our payment provider. Nothing was charged; please try again in a minute.',
      };
    }
    redirect(url);
  },
});

function toSignIn(): never {
  redirect('/signin?callbackUrl=/account');
}

/** "Manage membership": the Stripe billing portal for this reader. */
export const openPortalAction = plainFormAction({
  permission: 'signed-in',
  input: z.unknown(),
  refused: toSignIn,
  run: async ({ viewer }): Promise<ActionResult> => redirect(await createPortal(viewer)),
});
