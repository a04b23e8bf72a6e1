'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { changeStaffRole, inviteStaff, removeStaffAccess } from '@/db/queries/staff';
import { formAction, text, type ActionResult, type SchemaRefusal } from '@/lib/actions/action';
import { emailSchema, issueSignInToken } from '@/lib/auth/sign-in';
import { sendMail } from '@/lib/mail/mailer';
import { staffInviteMail } from '@/lib/mail/templates';

const staffRole = z.enum(['contributor', 'editor', 'admin'], { message: 'Choose a role from the list.' });
const LAST_ADMIN = 'This is the last admin. Make someone else an admin first.';
/** How long an invitation's link and code work (a sign-in email's work 15 minutes). */
const INVITE_HOURS = 24;

const inviteInput = z.object({ email: text(emailSchema), role: staffRole });

/**
 * A refused invitation keeps what was typed; a sent one clears the field for the next. A
 * module-level function, not an arrow inside the export: Next's compiler would take a sync
 * arrow there for a server action.
 */
function refusedInvite({ fieldErrors, values }: SchemaRefusal): ActionResult {
  return {
    ok: false,
    fieldErrors: { email: fieldErrors.email?.slice(0, 1), role: fieldErrors.role && ['Choose a role from the list.'] },
    values: { email: typeof values.email === 'string' ? values.email : '' },
  };
}

/** Invites someone by email with a role, and mails them a sign-in link. Admins only (staff:manage). */
export const inviteAction = formAction({
  permission: 'staff:manage',
  input: inviteInput,
  invalid: refusedInvite,
  run: async ({ viewer, input: { email, role } }): Promise<ActionResult> => {
    const result = await inviteStaff({ email, role, actorId: viewer.userId });
    if (!result.ok) return { ok: false, fieldErrors: { role: [LAST_ADMIN] }, values: { email } };
    const { link, code } = await issueSignInToken({ email, callbackUrl: '/admin', minutes: INVITE_HOURS * 60 });
    try {
      await sendMail(
        await staffInviteMail({
          to: email,
          invitedBy: viewer.name ?? viewer.email,
          role,
          link,
          code,
          hours: INVITE_HOURS,
        }),
      );
    } catch (error) {
      console.error('staff invitation: the mail could not be sent', error);
      revalidatePath('/admin/people');
      return {
        ok: false,
        message: `${email} now has the ${role} role, but the email could not be sent. They can sign in at /signin with this address.`,
      };
    }
    revalidatePath('/admin/people');
    return { ok: true, message: `Invitation sent to ${email} (${role}).` };
  },
});

const rowInput = z.object({
  userId: z.uuid(),
  intent: z.enum(['role', 'remove']).default('role'),
  role: z.unknown().optional(),
});

/**
 * One person's row: change the role (intent "role") or remove their access (intent "remove":
 * the account becomes a reader's and its sessions end). Admins only; the last admin can do neither.
 */
export const setRoleAction = formAction({
  permission: 'staff:manage',
  input: rowInput,
  invalid: 'That account no longer exists.',
  run: async ({ viewer, input: { userId, intent, role: chosen } }): Promise<ActionResult> => {
    if (intent === 'remove') {
      const result = await removeStaffAccess({ userId, actorId: viewer.userId });
      if (!result.ok)
        return {
          ok: false,
          message: result.reason === 'last-admin' ? LAST_ADMIN : 'That account no longer has access.',
        };
      // Removing yourself ends your own session too.
      if (userId === viewer.userId) redirect('/');
      revalidatePath('/admin/people');
      // Their row leaves the table, so the confirmation is the page's, not the row's.
      redirect(`/admin/people?removed=${encodeURIComponent(result.email)}`);
    }

    // Only a role change needs a role: removing access works whatever the list shows.
    const role = staffRole.safeParse(chosen);
    if (!role.success) return { ok: false, message: 'Choose a role from the list.' };
    const result = await changeStaffRole({ userId, role: role.data, actorId: viewer.userId });
    if (!result.ok)
      return { ok: false, message: result.reason === 'last-admin' ? LAST_ADMIN : 'That account no longer exists.' };
    revalidatePath('/admin/people');
    return { ok: true, message: result.previousRole === role.data ? 'No change.' : 'Role changed.' };
  },
});
