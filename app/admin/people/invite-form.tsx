'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/submit-button';
import { inviteAction } from '@/features/staff/actions';

/** Invite by email with a role: the account gets the role, the person gets a sign-in link. */
export function InviteForm() {
  const [state, action] = useActionState(inviteAction, null);
  const emailError = state?.fieldErrors?.email?.length ? state.fieldErrors.email.join(' ') : null;
  const roleError = state?.fieldErrors?.role?.length ? state.fieldErrors.role.join(' ') : null;
  return (
    <form action={action} className="invite-form" noValidate>
      <div className="field invite-form__email">
        <label htmlFor="invite-email">Email address</label>
        <input
          id="invite-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          // A refused invitation keeps what was typed; a sent one clears the field for the next.
          key={state?.ok ? 'sent' : (state?.values?.email ?? '')}
          defaultValue={state?.ok ? '' : state?.values?.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? 'invite-email-error' : undefined}
        />
        {emailError && (
          <p id="invite-email-error" className="field__error" role="alert">
            {emailError}
          </p>
        )}
      </div>
      <div className="field invite-form__role">
        <label htmlFor="invite-role">Role</label>
        <select
          id="invite-role"
          name="role"
          defaultValue="contributor"
          aria-invalid={roleError ? true : undefined}
          aria-describedby={roleError ? 'invite-role-error' : 'invite-role-hint'}
        >
          <option value="contributor">Contributor</option>
          <option value="editor">Editor</option>
          <option value="admin">Admin</option>
        </select>
        <p id="invite-role-hint" className="field__hint">
          Contributors write and submit; editors also publish and manage authors, appeals and members; admins also
          manage people.
        </p>
        {roleError && (
          <p id="invite-role-error" className="field__error" role="alert">
            {roleError}
          </p>
        )}
      </div>
      <SubmitButton pendingLabel="Sending…">Send invitation</SubmitButton>
      {state?.message && (
        <p
          className={state?.ok ? 'form-status invite-form__message' : 'form-message invite-form__message'}
          role={state?.ok ? 'status' : 'alert'}
        >
          {state?.message}
        </p>
      )}
    </form>
  );
}
