'use server';

import { z } from 'zod';
import { saveTaxonomyNames } from '@/db/queries/taxonomy';
import { formAction, type ActionResult } from '@/lib/actions/action';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache-tags';
import { readNames } from './names';

const namesInput = z.object({
  kind: z.enum(['sections', 'regions', 'tags']),
  /** The rows the form shows, in order. */
  ids: z
    .string()
    .transform((raw) => raw.split(',').map(Number))
    .pipe(z.array(z.number().int().positive()).min(1).max(500)),
});

const asTyped = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

/**
 * Renames sections, regions or tags in every edition's language; permission taxonomy:manage.
 * A refused save keeps every name as typed; a good one reaches every page that shows the names
 * (menus, kickers, listings, cards) at once.
 */
export const saveTaxonomyNamesAction = formAction({
  permission: 'taxonomy:manage',
  input: namesInput,
  invalid: 'This form is out of date. Reload the page and try again.',
  run: async ({ input, values }): Promise<ActionResult> => {
    const read = readNames(input.ids, values);
    if (!read.ok)
      return {
        ok: false,
        fieldErrors: read.fieldErrors,
        message: 'Please check the marked names.',
        values: asTyped(values),
      };
    const saved = await saveTaxonomyNames({ kind: input.kind, rows: read.rows });
    if (!saved.ok)
      return { ok: false, message: 'Some of these no longer exist. Reload the page.', values: asTyped(values) };
    invalidate(cacheTags.taxonomy, cacheTags.articles);
    return { ok: true, message: 'Saved. Every edition shows the new names.' };
  },
});
