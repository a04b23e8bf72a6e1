'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setArticleSaved } from '@/db/queries/saved';
import { authorize } from '@/lib/auth/viewer';
import { entitlementOf } from '@/lib/membership/entitlement';

const input = z.object({ articleId: z.coerce.number().int().positive(), saved: z.enum(['true', 'false']) });

/** Saves or unsaves a story: a member benefit. */
export async function toggleSavedAction(formData: FormData) {
  const caller = await authorize();
  if (!caller.ok || !entitlementOf(caller.viewer).isMember) return;
  const parsed = input.safeParse({ articleId: formData.get('articleId'), saved: formData.get('saved') });
  if (!parsed.success) return;
  await setArticleSaved({ userId: caller.viewer.userId, articleId: parsed.data.articleId, saved: parsed.data.saved === 'true' });
  revalidatePath('/account/saved');
  const back = formData.get('path');
  if (typeof back === 'string' && back.startsWith('/')) revalidatePath(back);
}
