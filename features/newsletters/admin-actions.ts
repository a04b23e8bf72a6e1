'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clearSuppression, saveNewsletter, type NewsletterFields } from '@/db/queries/admin-newsletters';
import { NEWSLETTER_AUDIENCES, SCHEDULE_TIME, WEEKDAYS } from '@/domain/newsletters/newsletters';
import { LOCALE_CODES, type Locale } from '@/domain/i18n/locales';
import { SLUG_PATTERN, slugify } from '@/domain/slug';
import { checkbox, formAction, plainFormAction, text, type ActionResult } from '@/lib/actions/action';
import { invalidate } from '@/lib/cache/invalidate';
import { NEWSLETTERS_TAG } from '@/lib/cache-tags';

/** The newsroom's editing of its newsletters and its suppression list (#12). Editors and admins. */

export type NewsletterField =
  | 'name'
  | 'slug'
  | 'language'
  | 'description'
  | 'sample'
  | 'senderName'
  | 'audience'
  | 'autoSubscribeMembers'
  | 'days'
  | 'time';

/**
 * Addresses under /newsletters/ that are pages of their own (app/(site)/newsletters and
 * app/newsletters): a newsletter there would have an archive nobody could reach.
 */
const TAKEN_BY_PAGES = ['check-email', 'confirm', 'sign-up', 'subscribe', 'subscribed'];

const SLUG_HINT = 'Use lower-case letters, digits and hyphens, like “ridgeline-weekly”.';

// A display name goes into the From: header: one line, and nothing that reads as an address.
const PLAIN_NAME = /^[^<>\p{Cc}]*$/u;

const newsletterFields = z.object({
  name: text(z.string().min(1, 'Give the newsletter a name.').max(120, 'Keep the name under 120 characters.')),
  slug: text(
    z
      .string()
      .toLowerCase()
      .max(80, 'Keep the address under 80 characters.')
      .refine((slug) => slug === '' || SLUG_PATTERN.test(slug), SLUG_HINT),
  ),
  language: z.enum(LOCALE_CODES as [Locale, ...Locale[]], 'Choose the language it is written in.'),
  description: text(z.string().max(1000, 'Keep the description under 1,000 characters.')),
  sample: text(z.string().max(2000, 'Keep the sample under 2,000 characters.')),
  senderName: text(
    z
      .string()
      .min(1, 'Say who the email is from, e.g. “Ridgeline’s editors”.')
      .max(80, 'Keep the sender’s name under 80 characters.')
      .regex(PLAIN_NAME, 'Use a plain name, without < or >.'),
  ),
  audience: z.enum(NEWSLETTER_AUDIENCES, 'Choose who may receive it.'),
  autoSubscribeMembers: checkbox,
  // One ticked box arrives as a string, several as an array, none at all as nothing.
  days: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((days) => [days ?? []].flat())
    .pipe(z.array(z.enum(WEEKDAYS, 'Choose days from the week.'))),
  time: text(
    z
      .string()
      .refine(
        (time) => time === '' || SCHEDULE_TIME.test(time),
        'Write the time as hours and minutes on the 24-hour clock, like 07:00 or 17:30.',
      ),
  ),
});

const newsletterFieldsWithId = newsletterFields.extend({ id: z.coerce.number().int().positive() });

type Typed = z.output<typeof newsletterFields>;

/** An empty address is made from the name. */
const withSlug = <T extends Typed>(values: T): T => ({ ...values, slug: values.slug || slugify(values.name) });

/**
 * What one field cannot say alone: a name with nothing an address can be made of (all Georgian,
 * say) needs an address typed; no ticked day means no schedule, so the time must be empty too
 * (rather than dropped without a word); with days, it needs a time.
 */
function checkNewsletter(values: Typed, ctx: z.RefinementCtx) {
  if (!SLUG_PATTERN.test(values.slug))
    ctx.addIssue({
      code: 'custom',
      path: ['slug'],
      message: 'Type an address in Latin letters: none could be made from the name. ' + SLUG_HINT,
    });
  if (TAKEN_BY_PAGES.includes(values.slug))
    ctx.addIssue({
      code: 'custom',
      path: ['slug'],
      message: `/newsletters/${values.slug} is a page of its own. Choose a different address.`,
    });
  if (values.days.length > 0 && !values.time)
    ctx.addIssue({ code: 'custom', path: ['time'], message: 'Say what time it goes out, like 07:00.' });
  if (values.days.length === 0 && values.time)
    ctx.addIssue({
      code: 'custom',
      path: ['days'],
      message: 'Tick the days it goes out, or clear the time for a newsletter with no schedule.',
    });
}

const newNewsletter = newsletterFields.transform(withSlug).superRefine(checkNewsletter);
const changedNewsletter = newsletterFieldsWithId.transform(withSlug).superRefine(checkNewsletter);

const toFields = ({ days, time, ...values }: Typed): NewsletterFields => ({
  name: values.name,
  slug: values.slug,
  language: values.language,
  description: values.description,
  sample: values.sample,
  senderName: values.senderName,
  audience: values.audience,
  autoSubscribeMembers: values.autoSubscribeMembers,
  schedule: days.length ? { days: WEEKDAYS.filter((day) => days.includes(day)), time } : null,
});

const NO_NEWSLETTER = 'This newsletter no longer exists.';
const CHECK_FIELDS = 'Please check the marked fields.';

// Module-level functions, not arrows inside the exports: Next's compiler would take a sync arrow there for a server action.
function refusedFields({ fieldErrors }: { fieldErrors: Partial<Record<string, string[]>> }): ActionResult {
  return fieldErrors.id ? { ok: false, message: NO_NEWSLETTER } : { ok: false, fieldErrors, message: CHECK_FIELDS };
}

async function save(fields: NewsletterFields, actorId: string, id?: number): Promise<ActionResult<number>> {
  const result = await saveNewsletter({ id, actorId, fields });
  if (!result.ok) {
    if (result.reason === 'not-found') return { ok: false, message: NO_NEWSLETTER };
    return {
      ok: false,
      fieldErrors: {
        slug: [`Another newsletter already has the address /newsletters/${fields.slug}. Choose a different one.`],
      },
      message: CHECK_FIELDS,
    };
  }
  // The public /newsletters page, the sign-up forms and the archive show names, samples and schedules.
  invalidate(NEWSLETTERS_TAG);
  // And the admin's own pages, which show the name and schedule outside the form.
  revalidatePath('/admin/newsletters');
  revalidatePath(`/admin/newsletters/${result.id}`);
  return { ok: true, data: result.id };
}

/** Adds a newsletter and opens it; permission newsletters:manage. */
export const createNewsletterAction = formAction({
  permission: 'newsletters:manage',
  input: newNewsletter,
  invalid: refusedFields,
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const saved = await save(toFields(input), viewer.userId);
    if (saved.ok) redirect(`/admin/newsletters/${saved.data}?created=1`);
    return saved;
  },
});

/** Changes a newsletter; permission newsletters:manage. */
export const updateNewsletterAction = formAction({
  permission: 'newsletters:manage',
  input: changedNewsletter,
  invalid: refusedFields,
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const saved = await save(toFields(input), viewer.userId, input.id);
    return saved.ok ? { ok: true, message: 'Saved. The public newsletters page shows the change.' } : saved;
  },
});

/**
 * "Clear" beside a suppressed address: bulk mail goes to it again. A plain form (it works without
 * script), so it answers by going back to the list with what it did in the address.
 */
export const clearSuppressionAction = plainFormAction({
  permission: 'newsletters:manage',
  input: z.object({ email: z.string().min(1).max(320), q: z.string().max(200).optional() }),
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const cleared = await clearSuppression({ email: input.email, actorId: viewer.userId });
    revalidatePath('/admin/newsletters/suppressions');
    const back = new URLSearchParams({ [cleared ? 'cleared' : 'gone']: input.email });
    if (input.q) back.set('q', input.q);
    redirect(`/admin/newsletters/suppressions?${back.toString()}`);
  },
});
