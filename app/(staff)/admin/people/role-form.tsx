'use client';

import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { setRoleAction } from '@/features/staff/actions';

function RowButtons({ email }: { email: string }) {
  const { pending, data } = useFormStatus();
  const busy = pending ? data?.get('intent') : null;
  return (
    <>
      <button
        type="submit"
        name="intent"
        value="role"
        className="button button--small"
        disabled={pending}
        aria-disabled={pending}
      >
        {busy === 'role' ? 'Saving…' : 'Save'}
      </button>
      <button
        type="submit"
        name="intent"
        value="remove"
        className="button button--small button--quiet-danger"
        disabled={pending}
        aria-disabled={pending}
        aria-label={`Remove access for ${email}`}
      >
        {busy === 'remove' ? 'Removing…' : 'Remove access'}
      </button>
    </>
  );
}

/** One person's role, and the way to take their access away. */
export function RoleForm({ userId, email, role }: { userId: string; email: string; role: string }) {
  const [state, action] = useActionState(setRoleAction, null);
  return (
    <form action={action} className="inline-actions">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`role-${userId}`} className="visually-hidden">
        Role for {email}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role}>
        <option value="contributor">Contributor</option>
        <option value="editor">Editor</option>
        <option value="admin">Admin</option>
      </select>
      <RowButtons email={email} />
      {state?.message && (
        <span className={state?.ok ? 'form-status' : 'form-message'} role={state?.ok ? 'status' : 'alert'}>
          {state?.message}
        </span>
      )}
    </form>
  );
}
