import 'server-only';
import type { Viewer } from '@/domain/auth/viewer';
import { parseGift, type GiftForm } from '@/domain/membership/give-once';
import { linkSlug } from '@/domain/slug';
import type { FormValues } from '@/lib/actions/action';
import { safeCallbackUrl } from '@/lib/auth/sign-in';
import { createDonationCheckout } from '@/lib/membership/donations';

/**
 * A give-once form's post (POST /give/checkout). The forms are plain HTML on static pages (the
 * article's end), so a route handler answers with a redirect: to Stripe Checkout, or back to
 * /give with everything as typed and the reason, which that page reads again from the values.
 */
export type GiveOutcome = { kind: 'checkout'; url: string } | { kind: 'refused'; location: string };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The page a refused form comes back on, with what was typed; `problem` says a reason the values cannot. */
export function givePageLocation(
  form: GiftForm & { from: string; placement: string; back: string },
  problem: 'refused' | 'unavailable',
): string {
  const params = new URLSearchParams({ ...form, [problem]: '1' });
  for (const [key, value] of [...params]) if (!value) params.delete(key);
  return `/give?${params}`;
}

export async function giveFromForm({ values, viewer }: { values: FormValues; viewer: Viewer }): Promise<GiveOutcome> {
  const from = linkSlug(first(values.from)) ?? '';
  const placement = linkSlug(first(values.placement)) ?? '';
  const backTyped = first(values.back);
  const back = backTyped ? safeCallbackUrl(backTyped) : '/membership';
  const gift = parseGift({ amount: first(values.amount), other: first(values.other), purpose: first(values.purpose) });
  if (!gift.ok)
    return { kind: 'refused', location: givePageLocation({ ...gift.form, from, placement, back }, 'refused') };
  try {
    const url = await createDonationCheckout({
      viewer,
      amount: gift.amount,
      purpose: gift.purpose,
      attribution: { from: from || null, placement: placement || null },
      cancelPath: back,
    });
    return { kind: 'checkout', url };
  } catch (error) {
    console.error('give once: could not open Checkout', error);
    const form = { amount: first(values.amount), other: first(values.other), purpose: gift.purpose };
    return { kind: 'refused', location: givePageLocation({ ...form, from, placement, back }, 'unavailable') };
  }
}
