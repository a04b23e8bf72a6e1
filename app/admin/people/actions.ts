'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { setUserRole } from '@/db/queries/users';
import { ROLES } from '@/lib/auth/permissions';
import { authorize } from '@/lib/auth/viewer';

export type RoleFormState = { message?: string; ok?: boolean };

const input = z.object({ userId: z.string().uuid(), role: z.enum(ROLES as ['reader', 'contributor', 'editor', 'admin']) });

/** Changes a person's role. Admins only; the last admin cannot step down. */
export async function setRoleAction(_prev: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const caller = await authorize('people:manage');
  if (!caller.ok) return { message: caller.message };
  const parsed = input.safeParse({ userId: formData.get('userId'), role: formData.get('role') });
  if (!parsed.success) return { message: 'Choose a role from the list.' };
  const result = await setUserRole(parsed.data);
  if (!result.ok) {
    return { message: result.reason === 'last-admin' ? 'This is the last admin. Make someone else an admin first.' : 'That account no longer exists.' };
  }
  revalidatePath('/admin/people');
  return { ok: true, message: 'Role changed.' };
}
