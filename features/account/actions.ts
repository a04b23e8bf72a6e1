'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { updateUserName } from '@/db/queries/users';
import { signOut } from '@/lib/auth/auth';
import { authorize } from '@/lib/auth/viewer';
import { deleteAccount, type AccountDeletion } from '@/lib/membership/account-deletion';

export type AccountFormState = { message?: string; errors?: Record<string, string[]>; saved?: boolean };

const nameSchema = z
  .string()
  .trim()
  .max(80, 'Please keep your name under 80 characters.')
  .transform((s) => s || null);

export async function updateNameAction(_prev: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const caller = await authorize();
  if (!caller.ok) return { message: caller.message };
  const parsed = nameSchema.safeParse(String(formData.get('name') ?? ''));
  if (!parsed.success) return { errors: { name: parsed.error.issues.map((i) => i.message) } };
  await updateUserName({ userId: caller.viewer.userId, name: parsed.data });
  revalidatePath('/account');
  return { saved: true };
}

const DELETION_REFUSED: Record<Extract<AccountDeletion, { ok: false }>['reason'], string> = {
  'not-found': 'Your account has already been deleted.',
  'last-admin': 'You are the newsroom’s only admin, so your account cannot be deleted. Make someone else an admin under People first.',
  'payments-not-stopped':
    'We could not reach our payment service to stop your membership payments, so your account has not been deleted. Please try again in a few minutes.',
};

export async function deleteAccountAction(_prev: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const caller = await authorize();
  if (!caller.ok) return { message: caller.message };
  if (String(formData.get('confirm') ?? '').trim().toLowerCase() !== caller.viewer.email.toLowerCase()) {
    return { errors: { confirm: ['Type your email address exactly as shown to confirm.'] } };
  }
  const deletion = await deleteAccount({ userId: caller.viewer.userId });
  if (!deletion.ok) return { message: DELETION_REFUSED[deletion.reason] };
  await signOut({ redirect: false });
  redirect('/?account=deleted');
}
