import 'server-only';
import { z } from 'zod';
import { listNewsletters, setSubscription } from '@/db/queries/newsletters';
import type { Viewer } from '@/domain/auth/viewer';
import { editionField } from '@/domain/i18n/locale-schema';
import type { Locale } from '@/domain/i18n/locales';
import { entitlementOf } from '@/domain/membership/entitlement';
import { mayReceive } from '@/domain/newsletters/newsletters';
import type { FormValues } from '@/lib/actions/action';
import { emailSchema, safeCallbackUrl } from '@/lib/auth/sign-in';
import { localePath } from '@/lib/i18n/paths';
import { requestNewsletterConfirmation } from '@/lib/newsletters/confirm';
import { editionSignUpOffer } from '@/lib/newsletters/language';

/**
 * A sign-up form's post (POST /newsletters/subscribe). The forms are plain HTML on static
 * pages, so this is a route handler's work rather than a server action's: it answers with a
 * redirect to a page that says what happened.
 *
 * - Anyone, by address: the free newsletters asked for (or all those of the form's edition's
 *   language) get an emailed confirmation; the answer is "check your email" whatever the
 *   address is.
 * - A signed-in reader, with no address or their own: their session proved the address, so they
 *   are subscribed at once, to members' newsletters too if they are a member.
 *
 * Every outcome carries the edition the form was on (its hidden `locale`), whose pages answer.
 */
export const HONEYPOT_FIELD = 'leave_empty';

export type SignUpError = 'invalid-email' | 'rate-limited' | 'unavailable';

export type SubscribeOutcome = { locale: Locale } & (
  | { kind: 'check-email' }
  | { kind: 'subscribed'; newsletters: string[] }
  | { kind: 'members-only' }
  | { kind: 'refused'; error: SignUpError; email: string; newsletters: string[]; from: string }
);

const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

const signUpInput = z.object({
  email: z.string().optional().default(''),
  newsletter: many,
  from: z
    .unknown()
    .optional()
    .transform((raw) => safeCallbackUrl(raw)),
  [HONEYPOT_FIELD]: z.string().optional().default(''),
  locale: editionField,
});

export async function subscribeFromForm({
  values,
  viewer,
  ip,
}: {
  values: FormValues;
  viewer: Viewer;
  ip: string;
}): Promise<SubscribeOutcome> {
  const input = signUpInput.parse(values);
  const { locale } = input;
  // A form filled in by a bot: answered like any other, and nothing is sent.
  if (input[HONEYPOT_FIELD]) return { kind: 'check-email', locale };
  const all = await listNewsletters();
  const asked = all.filter((n) => input.newsletter.includes(n.slug));
  // None named (or none that exists): the edition's free ones, which is what its footer's form offers.
  const chosen = asked.length ? asked : editionSignUpOffer(all, locale);
  const slugs = chosen.map((n) => n.slug);

  const typed = input.email.trim();
  if (viewer.kind === 'signed-in' && (!typed || typed.toLowerCase() === viewer.email.toLowerCase())) {
    const entitlement = entitlementOf(viewer);
    const allowed = chosen.filter((n) => mayReceive(n.audience, entitlement));
    if (!allowed.length) return { kind: 'members-only', locale };
    for (const newsletter of allowed)
      await setSubscription({ userId: viewer.userId, newsletterId: newsletter.id, subscribed: true });
    return { kind: 'subscribed', newsletters: allowed.map((n) => n.slug), locale };
  }

  const refused = (error: SignUpError) =>
    ({ kind: 'refused', error, email: typed, newsletters: slugs, from: input.from, locale }) as const;
  const email = emailSchema.safeParse(typed);
  if (!email.success) return refused('invalid-email');
  const free = chosen.filter((n) => n.audience === 'everyone');
  if (!free.length) return { kind: 'members-only', locale };
  try {
    const result = await requestNewsletterConfirmation({
      email: email.data,
      ip,
      newsletterIds: free.map((n) => n.id),
      edition: locale,
    });
    if (!result.ok) return refused('rate-limited');
  } catch (error) {
    console.error('newsletter confirmation email failed', error);
    return refused('unavailable');
  }
  return { kind: 'check-email', locale };
}

/** The page a sign-up's outcome is shown on, in the edition the form was on. */
export function outcomeLocation(outcome: SubscribeOutcome): string {
  const at = (path: string) => localePath(outcome.locale, path);
  switch (outcome.kind) {
    case 'check-email':
      return at('/newsletters/check-email');
    case 'members-only':
      return at('/membership');
    case 'subscribed':
      return `${at('/newsletters/subscribed')}?${new URLSearchParams(outcome.newsletters.map((slug) => ['newsletter', slug]))}`;
    case 'refused': {
      const params = new URLSearchParams([['error', outcome.error]]);
      if (outcome.email) params.set('email', outcome.email);
      for (const slug of outcome.newsletters) params.append('newsletter', slug);
      if (outcome.from !== '/') params.set('from', outcome.from);
      return `${at('/newsletters/sign-up')}?${params}`;
    }
  }
}

/** The message (in messages/<locale>/newsletters.json, newsletterSignUpErrors) the sign-up page shows for a refusal. */
export const SIGN_UP_ERRORS = {
  'invalid-email': 'invalidEmail',
  'rate-limited': 'rateLimited',
  unavailable: 'unavailable',
} as const satisfies Record<SignUpError, string>;

export function isSignUpError(value: unknown): value is SignUpError {
  return typeof value === 'string' && Object.hasOwn(SIGN_UP_ERRORS, value);
}
