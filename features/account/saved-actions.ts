'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setArticleSaved } from '@/db/queries/saved';
import { plainFormAction, type ActionResult } from '@/lib/actions/action';
import { LOCALE_CODES } from '@/domain/i18n/locales';
import { entitlementOf } from '@/domain/membership/entitlement';
import { localePath } from '@/lib/i18n/paths';

/**
 * Saves or unsaves a story: a member benefit. The page the member is on is rendered per request
 * and shows the change at once; only the saved list is revalidated, in every edition (it holds
 * stories in any language), and nothing the client names (a revalidation of any path it liked
 * would let anyone empty the public page cache).
 */
export const toggleSavedAction = plainFormAction({
  permission: 'signed-in',
  input: z.object({ articleId: z.coerce.number().int().positive(), saved: z.enum(['true', 'false']) }),
  run: async ({ viewer, input }): Promise<ActionResult> => {
    if (!entitlementOf(viewer).isMember) return { ok: false };
    await setArticleSaved({ userId: viewer.userId, articleId: input.articleId, saved: input.saved === 'true' });
    for (const locale of LOCALE_CODES) revalidatePath(localePath(locale, '/account/saved'));
    return { ok: true };
  },
});
