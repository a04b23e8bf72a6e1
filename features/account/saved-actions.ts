'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setArticleSaved } from '@/db/queries/saved';
import { authorize } from '@/lib/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';

const input = z.object({ articleId: z.coerce.number().int().positive(), saved: z.enum(['true', 'false']) });

/**
 * Saves or unsaves a story: a member benefit. The page the member is on is rendered per request
 * and shows the change at once; only the saved list is revalidated, and nothing the client
 * names (a revalidation of any path it liked would let anyone empty the public page cache).
 */
export async function toggleSavedAction(formData: FormData) {
  const caller = await authorize();
  if (!caller.ok || !entitlementOf(caller.viewer).isMember) return;
  const parsed = input.safeParse({ articleId: formData.get('articleId'), saved: formData.get('saved') });
  if (!parsed.success) return;
  await setArticleSaved({ userId: caller.viewer.userId, articleId: parsed.data.articleId, saved: parsed.data.saved === 'true' });
  revalidatePath('/account/saved');
}
