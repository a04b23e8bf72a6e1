import 'server-only';
import type { Viewer } from '@/domain/auth/viewer';
import { editionField } from '@/domain/i18n/locale-schema';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { MIN_DONATION_CENTS } from '@/domain/membership/giving';
import { MAX_DONATION_CENTS, parseGift, type GiftForm } from '@/domain/membership/give-once';
import { linkSlug } from '@/domain/slug';
import type { FormValues } from '@/lib/actions/action';
import { safeCallbackUrl } from '@/lib/auth/sign-in';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { createDonationCheckout } from '@/lib/membership/donations';

/**
 * A give-once form's post (POST /give/checkout, or /ru/give/checkout). The forms are plain HTML
 * on static pages (the article's end), so a route handler answers with a redirect: to Stripe
 * Checkout, or back to the edition's /give with everything as typed and the reason, which that
 * page reads again from the values. The form's hidden `locale` names its edition.
 */
export type GiveOutcome = { kind: 'checkout'; url: string } | { kind: 'refused'; location: string };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The page a refused form comes back on, with what was typed; `problem` says a reason the values cannot. */
export function givePageLocation(
  form: GiftForm & { from: string; placement: string; back: string },
  problem: 'refused' | 'unavailable',
  locale: Locale = DEFAULT_LOCALE,
): string {
  const params = new URLSearchParams({ ...form, [problem]: '1' });
  for (const [key, value] of [...params]) if (!value) params.delete(key);
  return `${localePath(locale, '/give')}?${params}`;
}

/** What each of parseGift's refusals is, found by what refuses it (its own words are English). */
const REFUSAL_PROBES = {
  noAmount: { amount: '', other: '', purpose: '' },
  notAmount: { amount: '', other: 'x', purpose: '' },
  tooSmall: { amount: '', other: '0', purpose: '' },
  tooBig: { amount: '', other: '9999999', purpose: '' },
} as const;

/** A refused gift's reason in `locale`: the words of parseGift's refusal, in the edition's language. */
export function giftRefusalIn(locale: Locale, error: string): string {
  const t = translator(locale, 'giveErrors');
  const format = formatter(locale);
  const kind = (Object.keys(REFUSAL_PROBES) as (keyof typeof REFUSAL_PROBES)[]).find((key) => {
    const probe = parseGift(REFUSAL_PROBES[key]);
    return !probe.ok && probe.error === error;
  });
  return t(kind ?? 'notAmount', {
    minimum: format.money(MIN_DONATION_CENTS),
    maximum: format.money(MAX_DONATION_CENTS),
  });
}

export async function giveFromForm({ values, viewer }: { values: FormValues; viewer: Viewer }): Promise<GiveOutcome> {
  const locale = editionField.parse(first(values.locale));
  const from = linkSlug(first(values.from)) ?? '';
  const placement = linkSlug(first(values.placement)) ?? '';
  const backTyped = first(values.back);
  const back = backTyped ? safeCallbackUrl(backTyped) : localePath(locale, '/membership');
  const gift = parseGift({ amount: first(values.amount), other: first(values.other), purpose: first(values.purpose) });
  if (!gift.ok)
    return { kind: 'refused', location: givePageLocation({ ...gift.form, from, placement, back }, 'refused', locale) };
  try {
    const url = await createDonationCheckout({
      viewer,
      amount: gift.amount,
      purpose: gift.purpose,
      attribution: { from: from || null, placement: placement || null },
      cancelPath: back,
      locale,
    });
    return { kind: 'checkout', url };
  } catch (error) {
    console.error('give once: could not open Checkout', error);
    const form = { amount: first(values.amount), other: first(values.other), purpose: gift.purpose };
    return {
      kind: 'refused',
      location: givePageLocation({ ...form, from, placement, back }, 'unavailable', locale),
    };
  }
}
