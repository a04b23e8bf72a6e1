'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { changeStaffRole, inviteStaff, removeStaffAccess } from '@/db/queries/staff';
import { emailSchema, issueSignInToken } from '@/lib/auth/sign-in';
import { authorize } from '@/lib/auth/viewer';
import { sendMail } from '@/lib/mail/mailer';
import { staffInviteMail } from '@/lib/mail/templates';

export type RoleFormState = { message?: string; ok?: boolean };
export type InviteFormState = { errors?: { email?: string[]; role?: string[] }; message?: string; ok?: boolean; email?: string };

const staffRole = z.enum(['contributor', 'editor', 'admin'], { message: 'Choose a role from the list.' });
const LAST_ADMIN = 'This is the last admin. Make someone else an admin first.';
/** How long an invitation's link and code work (a sign-in email's work 15 minutes). */
const INVITE_HOURS = 24;

/** Invites someone by email with a role, and mails them a sign-in link. Admins only (people:manage). */
export async function inviteAction(_prev: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const caller = await authorize('people:manage');
  if (!caller.ok) return { message: caller.message };
  const email = emailSchema.safeParse(formData.get('email') ?? '');
  const role = staffRole.safeParse(formData.get('role'));
  if (!email.success || !role.success) {
    return {
      errors: { email: email.success ? undefined : [email.error.issues[0]?.message ?? 'Enter an email address.'], role: role.success ? undefined : ['Choose a role from the list.'] },
      email: String(formData.get('email') ?? ''),
    };
  }
  const result = await inviteStaff({ email: email.data, role: role.data, actorId: caller.viewer.userId });
  if (!result.ok) return { errors: { role: [LAST_ADMIN] }, email: email.data };
  const { link, code } = await issueSignInToken({ email: email.data, callbackUrl: '/admin', minutes: INVITE_HOURS * 60 });
  try {
    await sendMail(staffInviteMail({ to: email.data, invitedBy: caller.viewer.name ?? caller.viewer.email, role: role.data, link, code, hours: INVITE_HOURS }));
  } catch (error) {
    console.error('staff invitation: the mail could not be sent', error);
    revalidatePath('/admin/people');
    return { message: `${email.data} now has the ${role.data} role, but the email could not be sent. They can sign in at /signin with this address.` };
  }
  revalidatePath('/admin/people');
  return { ok: true, message: `Invitation sent to ${email.data} (${role.data}).` };
}

const rowInput = z.object({ userId: z.string().uuid(), intent: z.enum(['role', 'remove']).default('role') });

/**
 * One person's row: change the role (intent "role") or remove their access (intent "remove":
 * the account becomes a reader's and its sessions end). Admins only; the last admin can do neither.
 */
export async function setRoleAction(_prev: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const caller = await authorize('people:manage');
  if (!caller.ok) return { message: caller.message };
  const row = rowInput.safeParse({ userId: formData.get('userId'), intent: formData.get('intent') ?? undefined });
  if (!row.success) return { message: 'That account no longer exists.' };
  const { userId, intent } = row.data;

  if (intent === 'remove') {
    const result = await removeStaffAccess({ userId, actorId: caller.viewer.userId });
    if (!result.ok) return { message: result.reason === 'last-admin' ? LAST_ADMIN : 'That account no longer has access.' };
    // Removing yourself ends your own session too.
    if (userId === caller.viewer.userId) redirect('/');
    revalidatePath('/admin/people');
    // Their row leaves the table, so the confirmation is the page's, not the row's.
    redirect(`/admin/people?removed=${encodeURIComponent(result.email)}`);
  }

  const role = staffRole.safeParse(formData.get('role'));
  if (!role.success) return { message: 'Choose a role from the list.' };
  const result = await changeStaffRole({ userId, role: role.data, actorId: caller.viewer.userId });
  if (!result.ok) return { message: result.reason === 'last-admin' ? LAST_ADMIN : 'That account no longer exists.' };
  revalidatePath('/admin/people');
  return { ok: true, message: result.previousRole === role.data ? 'No change.' : 'Role changed.' };
}
