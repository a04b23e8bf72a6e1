'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { saveAuthor } from '@/db/queries/admin-authors';
import { formAction, text, type ActionResult, type SchemaRefusal } from '@/lib/actions/action';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache-tags';
import type { Translations } from '@/domain/i18n/locales';
import { OTHER_LOCALES, TRANSLATED_FIELDS, TRANSLATED_LIMITS, type Translated } from './fields';
import { SLUG_PATTERN, slugify } from '@/domain/slug';

export type { AuthorField } from './fields';

const translationFields = Object.fromEntries(
  TRANSLATED_FIELDS.map(({ field, name }) => [
    name,
    text(
      z
        .string()
        .trim()
        .max(TRANSLATED_LIMITS[field], `Keep it under ${TRANSLATED_LIMITS[field].toLocaleString('en-GB')} characters.`),
    ),
  ]),
);

/** `{ ru: { name: 'Нино Капанадзе' } }` from the form's fields, leaving out what was left empty. */
function translationsOf(values: Record<string, unknown>): Translations<Record<Translated, string>> {
  return Object.fromEntries(
    OTHER_LOCALES.map((locale) => [
      locale,
      Object.fromEntries(
        TRANSLATED_FIELDS.flatMap(({ locale: of, field, name }) => {
          const value = values[name];
          return of === locale && typeof value === 'string' && value ? [[field, value]] : [];
        }),
      ),
    ]),
  );
}

// Our own pages' images only (/media/… uploads, /images/… demo portraits): nothing that leaves the site.
const SITE_IMAGE = /^\/(?!\/)[A-Za-z0-9._~\/-]+$/;

const authorFields = z.object({
  name: text(z.string().min(1, 'Give the author a name.').max(120, 'Keep the name under 120 characters.')),
  slug: text(z.string().toLowerCase().max(80, 'Keep the address under 80 characters.')),
  role: text(z.string().max(120, 'Keep the role under 120 characters.')),
  bio: text(z.string().max(5000, 'Keep the bio under 5,000 characters.')),
  photoUrl: text(
    z
      .string()
      .max(500)
      .refine(
        (src) => src === '' || (SITE_IMAGE.test(src) && !src.includes('..')),
        'Upload the photo again: that address is not one of ours.',
      ),
  ),
  ...translationFields,
});

const authorFieldsWithId = authorFields.extend({ id: z.coerce.number().int().positive() });

/** An empty address is made from the name; either way it must be one an address can be. */
const author = <S extends typeof authorFields | typeof authorFieldsWithId>(fields: S) =>
  fields
    .transform((values) => ({
      ...('id' in values ? { id: values.id } : {}),
      name: values.name,
      role: values.role,
      bio: values.bio,
      slug: values.slug || slugify(values.name),
      photoUrl: values.photoUrl || null,
      translations: translationsOf(values as Record<string, unknown>),
    }))
    .superRefine((values, ctx) => {
      if (!SLUG_PATTERN.test(values.slug)) {
        ctx.addIssue({
          code: 'custom',
          path: ['slug'],
          message: 'Use lower-case letters, digits and hyphens, like “ana-beridze”.',
        });
      }
    });

const NO_AUTHOR = 'This author no longer exists.';

/** The other editions' fields as typed: the form holds them uncontrolled, so a refusal gives them back. */
function typedTranslations(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    TRANSLATED_FIELDS.flatMap(({ name }) => (typeof values[name] === 'string' ? [[name, values[name]]] : [])),
  );
}

const refusedFields = ({ fieldErrors, values }: SchemaRefusal): ActionResult =>
  fieldErrors.id
    ? { ok: false, message: NO_AUTHOR }
    : { ok: false, fieldErrors, message: 'Please check the marked fields.', values: typedTranslations(values) };

async function save(fields: Parameters<typeof saveAuthor>[0]): Promise<ActionResult<number>> {
  const result = await saveAuthor(fields);
  if (!result.ok) {
    if (result.reason === 'not-found') return { ok: false, message: NO_AUTHOR };
    return {
      ok: false,
      fieldErrors: {
        slug: [`Another author already has the address /authors/${fields.slug}. Choose a different one.`],
      },
      message: 'Please check the marked fields.',
      values: Object.fromEntries(
        TRANSLATED_FIELDS.map(({ locale, field, name }) => [name, fields.translations?.[locale]?.[field] ?? '']),
      ),
    };
  }
  // The author's page, and every byline and list that shows their name or photo.
  invalidate(cacheTags.taxonomy, cacheTags.articles);
  return { ok: true, data: result.id };
}

/** Adds an author; permission authors:manage. */
export const createAuthorAction = formAction({
  permission: 'authors:manage',
  input: author(authorFields),
  invalid: refusedFields,
  run: async ({ input }): Promise<ActionResult> => {
    const saved = await save(input);
    if (saved.ok) redirect(`/admin/authors/${saved.data}?created=1`);
    return saved;
  },
});

/** Changes an author; permission authors:manage. */
export const updateAuthorAction = formAction({
  permission: 'authors:manage',
  input: author(authorFieldsWithId),
  invalid: refusedFields,
  run: async ({ input }): Promise<ActionResult> => {
    const saved = await save(input);
    return saved.ok ? { ok: true, message: 'Saved. The author’s page and bylines show the change.' } : saved;
  },
});
