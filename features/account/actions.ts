'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateUserName } from '@/db/queries/users';
import { formAction, text, type ActionResult } from '@/lib/actions/action';
import { signOut } from '@/lib/auth/auth';
import { deleteAccount, type AccountDeletion } from '@/lib/membership/account-deletion';

const nameInput = z.object({
  name: text(z.string().max(80, 'Please keep your name under 80 characters.')).transform((s) => s || null),
});

export const updateNameAction = formAction({
  permission: 'signed-in',
  input: nameInput,
  run: async ({ viewer, input }): Promise<ActionResult> => {
    await updateUserName({ userId: viewer.userId, name: input.name });
    revalidatePath('/account');
    return { ok: true };
  },
});

const DELETION_REFUSED: Record<Extract<AccountDeletion, { ok: false }>['reason'], string> = {
  'not-found': 'Your account has already been deleted.',
  'last-admin':
    'You are the newsroom’s only admin, so your account cannot be deleted. Make someone else an admin under People first.',
  'payments-not-stopped':
    'We could not reach our payment service to stop your membership payments, so your account has not been deleted. Please try again in a few minutes.',
};

export const deleteAccountAction = formAction({
  permission: 'signed-in',
  input: z.object({ confirm: text(z.string()) }),
  run: async ({ viewer, input }): Promise<ActionResult> => {
    if (input.confirm.toLowerCase() !== viewer.email.toLowerCase()) {
      return { ok: false, fieldErrors: { confirm: ['Type your email address exactly as shown to confirm.'] } };
    }
    const deletion = await deleteAccount({ userId: viewer.userId });
    if (!deletion.ok) return { ok: false, message: DELETION_REFUSED[deletion.reason] };
    await signOut({ redirect: false });
    redirect('/?account=deleted');
  },
});
