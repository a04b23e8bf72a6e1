'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { saveAuthor } from '@/db/queries/admin-authors';
import { authorize } from '@/lib/auth/viewer';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache-tags';
import { slugify } from '@/domain/slug';

export type AuthorField = 'name' | 'slug' | 'role' | 'bio' | 'photoUrl';
export type AuthorFormState = { errors?: Partial<Record<AuthorField, string[]>>; message?: string; ok?: boolean };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Our own pages' images only (/media/… uploads, /images/… demo portraits): nothing that leaves the site.
const SITE_IMAGE = /^\/(?!\/)[A-Za-z0-9._~\/-]+$/;

const authorInput = z
  .object({
    name: z.string().trim().min(1, 'Give the author a name.').max(120, 'Keep the name under 120 characters.'),
    slug: z.string().trim().toLowerCase().max(80, 'Keep the address under 80 characters.'),
    role: z.string().trim().max(120, 'Keep the role under 120 characters.'),
    bio: z.string().trim().max(5000, 'Keep the bio under 5,000 characters.'),
    photoUrl: z
      .string()
      .trim()
      .max(500)
      .refine((src) => src === '' || (SITE_IMAGE.test(src) && !src.includes('..')), 'Upload the photo again: that address is not one of ours.'),
  })
  .transform((fields) => ({ ...fields, slug: fields.slug || slugify(fields.name), photoUrl: fields.photoUrl || null }))
  .superRefine((fields, ctx) => {
    if (!SLUG.test(fields.slug)) {
      ctx.addIssue({ code: 'custom', path: ['slug'], message: 'Use lower-case letters, digits and hyphens, like “ana-beridze”.' });
    }
  });

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

async function save(mode: 'create' | 'update', formData: FormData): Promise<AuthorFormState | { saved: number }> {
  const caller = await authorize('authors:manage');
  if (!caller.ok) return { message: caller.message };
  const id = mode === 'update' ? Number(field(formData, 'id')) : undefined;
  if (id !== undefined && !(Number.isInteger(id) && id > 0)) return { message: 'This author no longer exists.' };
  const parsed = authorInput.safeParse({
    name: field(formData, 'name'),
    slug: field(formData, 'slug'),
    role: field(formData, 'role'),
    bio: field(formData, 'bio').replace(/\r\n?/g, '\n'),
    photoUrl: field(formData, 'photoUrl'),
  });
  if (!parsed.success) {
    return { errors: z.flattenError(parsed.error).fieldErrors as AuthorFormState['errors'], message: 'Please check the marked fields.' };
  }
  const result = await saveAuthor({ ...parsed.data, id });
  if (!result.ok) {
    if (result.reason === 'not-found') return { message: 'This author no longer exists.' };
    return {
      errors: { slug: [`Another author already has the address /authors/${parsed.data.slug}. Choose a different one.`] },
      message: 'Please check the marked fields.',
    };
  }
  // The author's page, and every byline and list that shows their name or photo.
  invalidate(cacheTags.taxonomy, cacheTags.articles);
  return { saved: result.id };
}

/** Adds an author; permission authors:manage. */
export async function createAuthorAction(_prev: AuthorFormState, formData: FormData): Promise<AuthorFormState> {
  const result = await save('create', formData);
  if ('saved' in result) redirect(`/admin/authors/${result.saved}?created=1`);
  return result;
}

/** Changes an author; permission authors:manage. */
export async function updateAuthorAction(_prev: AuthorFormState, formData: FormData): Promise<AuthorFormState> {
  const result = await save('update', formData);
  if ('saved' in result) return { ok: true, message: 'Saved. The author’s page and bylines show the change.' };
  return result;
}
