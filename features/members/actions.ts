'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { addMemberNote, grantComplimentaryMembership, revokeComplimentaryGrant } from '@/db/queries/admin-members';
import { zonedWallTimeToUtc } from '@/domain/articles/newsroom-time';
import { formAction, text, type ActionResult, type FormValues, type SchemaRefusal } from '@/lib/actions/action';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache-tags';
import { getNewsroom } from '@/lib/newsroom';

/** What was typed, carried back to the form after a refusal (React resets the form after every action). */
const typed = (values: FormValues, ...keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, String(values[k] ?? '')]));

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
  endsOn: text(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose the last day of the membership.')),
  reason: text(
    z
      .string()
      .min(1, 'Say why, for the people who look after members later.')
      .max(500, 'Keep the reason under 500 characters.'),
  ),
});

// Module-level functions, not arrows inside the exports: Next's compiler would take a sync arrow there for a server action.
function refusedGrant({ fieldErrors, values }: SchemaRefusal): ActionResult {
  return { ok: false, fieldErrors, message: 'Please check the form.', values: typed(values, 'endsOn', 'reason') };
}

function unknownGrant(): ActionResult {
  return { ok: false, message: 'That grant could not be found.' };
}

function refusedNote({ fieldErrors, values }: SchemaRefusal): ActionResult {
  return { ok: false, fieldErrors, message: 'Please check the note.', values: typed(values, 'body') };
}

/** "Grant a complimentary membership" until the end of a day (newsroom time). Editors and admins. */
export const grantComplimentaryAction = formAction({
  permission: 'members:view',
  input: grantInput,
  invalid: refusedGrant,
  run: async ({ viewer, input, values }): Promise<ActionResult> => {
    const refuse = (why: string): ActionResult => ({
      ok: false,
      fieldErrors: { endsOn: [why] },
      message: 'Please check the form.',
      values: typed(values, 'endsOn', 'reason'),
    });
    const lastMinute = zonedWallTimeToUtc(`${input.endsOn}T23:59`, getNewsroom().timeZone);
    if (!lastMinute) return refuse('That is not a date.');
    const endsAt = new Date(lastMinute.getTime() + 59_999);
    const days = (endsAt.getTime() - Date.now()) / 86_400_000;
    if (days < 1) return refuse('Choose a day after today.');
    if (days > MAX_GRANT_DAYS) return refuse('A grant can last at most five years.');
    const result = await grantComplimentaryMembership({
      userId: input.userId,
      endsAt,
      reason: input.reason,
      actorId: viewer.userId,
    });
    if (!result.ok) return { ok: false, message: 'That account no longer exists.' };
    revalidateMember(input.userId);
    return { ok: true, message: 'Complimentary membership granted.' };
  },
});

/** Ends a running complimentary grant now. Editors and admins. */
export const revokeGrantAction = formAction({
  permission: 'members:view',
  input: z.object({ userId: z.uuid(), grantId: z.coerce.number().int().positive() }),
  invalid: unknownGrant,
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const result = await revokeComplimentaryGrant({ ...input, actorId: viewer.userId });
    if (!result.ok) return { ok: false, message: 'That grant has already ended.' };
    revalidateMember(input.userId);
    return { ok: true, message: 'Grant ended.' };
  },
});

const noteInput = z.object({
  userId: z.uuid(),
  body: text(z.string().min(1, 'Write the note first.').max(2000, 'Keep a note under 2,000 characters.')),
});

/** A staff note on the reader's account. Editors and admins. */
export const addNoteAction = formAction({
  permission: 'members:view',
  input: noteInput,
  invalid: refusedNote,
  run: async ({ viewer, input }): Promise<ActionResult> => {
    const result = await addMemberNote({ ...input, authorId: viewer.userId });
    if (!result.ok) return { ok: false, message: 'That account no longer exists.' };
    revalidatePath(`/admin/members/${input.userId}`);
    return { ok: true, message: 'Note added.' };
  },
});
