'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { setRoleAction, type RoleFormState } from './actions';

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: string }) {
  const [state, action] = useActionState(setRoleAction, {} as RoleFormState);
  return (
    <form action={action} className="inline-actions">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`role-${userId}`} className="visually-hidden">
        Role for {email}
      </label>
      <select id={`role-${userId}`} name="role" defaultValue={role}>
        <option value="reader">Reader (no access)</option>
        <option value="contributor">Contributor</option>
        <option value="editor">Editor</option>
        <option value="admin">Admin</option>
      </select>
      <SubmitButton pendingLabel="Saving…" className="button button--small">
        Save
      </SubmitButton>
      {state.message && <span role={state.ok ? 'status' : 'alert'}>{state.message}</span>}
    </form>
  );
}
