'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { addMemberNote, grantComplimentaryMembership, revokeComplimentaryGrant } from '@/db/queries/admin-members';
import { zonedWallTimeToUtc } from '@/domain/articles/newsroom-time';
import { authorize } from '@/lib/auth/viewer';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache-tags';
import { getNewsroom } from '@/lib/newsroom';

/** `values` carries what was typed back to the form after a refusal (React resets the form after every action). */
export type MemberFormState = { errors?: Record<string, string[] | undefined>; message?: string; ok?: boolean; values?: Record<string, string> };

const typed = (formData: FormData, ...keys: string[]) => Object.fromEntries(keys.map((k) => [k, String(formData.get(k) ?? '')]));

const MAX_GRANT_DAYS = 5 * 366;

/** The pages that show this reader's membership: the admin's, and the reader's own (per request). */
function revalidateMember(userId: string) {
  revalidatePath(`/admin/members/${userId}`);
  revalidatePath('/admin/members');
  revalidatePath('/admin');
  invalidate(cacheTags.members);
}

const grantInput = z.object({
  userId: z.uuid(),
  endsOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose the last day of the membership.'),
  reason: z.string().trim().min(1, 'Say why, for the people who look after members later.').max(500, 'Keep the reason under 500 characters.'),
});

/** "Grant a complimentary membership" until the end of a day (newsroom time). Editors and admins. */
export async function grantComplimentaryAction(_prev: MemberFormState, formData: FormData): Promise<MemberFormState> {
  const caller = await authorize('members:view');
  if (!caller.ok) return { message: caller.message };
  const parsed = grantInput.safeParse({ userId: formData.get('userId'), endsOn: formData.get('endsOn'), reason: formData.get('reason') });
  const values = typed(formData, 'endsOn', 'reason');
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: 'Please check the form.', values };
  const lastMinute = zonedWallTimeToUtc(`${parsed.data.endsOn}T23:59`, getNewsroom().timeZone);
  if (!lastMinute) return { errors: { endsOn: ['That is not a date.'] }, message: 'Please check the form.', values };
  const endsAt = new Date(lastMinute.getTime() + 59_999);
  const days = (endsAt.getTime() - Date.now()) / 86_400_000;
  if (days < 1) return { errors: { endsOn: ['Choose a day after today.'] }, message: 'Please check the form.', values };
  if (days > MAX_GRANT_DAYS) return { errors: { endsOn: ['A grant can last at most five years.'] }, message: 'Please check the form.', values };
  const result = await grantComplimentaryMembership({ userId: parsed.data.userId, endsAt, reason: parsed.data.reason, actorId: caller.viewer.userId });
  if (!result.ok) return { message: 'That account no longer exists.' };
  revalidateMember(parsed.data.userId);
  return { ok: true, message: 'Complimentary membership granted.' };
}

const revokeInput = z.object({ userId: z.uuid(), grantId: z.coerce.number().int().positive() });

/** Ends a running complimentary grant now. Editors and admins. */
export async function revokeGrantAction(_prev: MemberFormState, formData: FormData): Promise<MemberFormState> {
  const caller = await authorize('members:view');
  if (!caller.ok) return { message: caller.message };
  const parsed = revokeInput.safeParse({ userId: formData.get('userId'), grantId: formData.get('grantId') });
  if (!parsed.success) return { message: 'That grant could not be found.' };
  const result = await revokeComplimentaryGrant({ ...parsed.data, actorId: caller.viewer.userId });
  if (!result.ok) return { message: 'That grant has already ended.' };
  revalidateMember(parsed.data.userId);
  return { ok: true, message: 'Grant ended.' };
}

const noteInput = z.object({
  userId: z.uuid(),
  body: z.string().trim().min(1, 'Write the note first.').max(2000, 'Keep a note under 2,000 characters.'),
});

/** A staff note on the reader's account. Editors and admins. */
export async function addNoteAction(_prev: MemberFormState, formData: FormData): Promise<MemberFormState> {
  const caller = await authorize('members:view');
  if (!caller.ok) return { message: caller.message };
  const parsed = noteInput.safeParse({ userId: formData.get('userId'), body: formData.get('body') });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, message: 'Please check the note.', values: typed(formData, 'body') };
  const result = await addMemberNote({ ...parsed.data, authorId: caller.viewer.userId });
  if (!result.ok) return { message: 'That account no longer exists.' };
  revalidatePath(`/admin/members/${parsed.data.userId}`);
  return { ok: true, message: 'Note added.' };
}
