'use client';

import { useActionState } from 'react';
import { Field, SelectField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { inviteAction } from '@/features/staff/actions';

/** Invite by email with a role: the account gets the role, the person gets a sign-in link. */
export function InviteForm() {
  const [state, action] = useActionState(inviteAction, null);
  return (
    <form action={action} className="invite-form" noValidate>
      <Field
        id="invite-email"
        fieldClassName="invite-form__email"
        label="Email address"
        name="email"
        type="email"
        autoComplete="off"
        required
        // A refused invitation keeps what was typed; a sent one clears the field for the next.
        key={state?.ok ? 'sent' : (state?.values?.email ?? '')}
        defaultValue={state?.ok ? '' : state?.values?.email}
        errors={state?.fieldErrors?.email}
      />
      <SelectField
        id="invite-role"
        fieldClassName="invite-form__role"
        label="Role"
        name="role"
        defaultValue="contributor"
        hintBelow
        hint="Contributors write and submit; editors also publish and manage authors, appeals and members; admins also manage people."
        errors={state?.fieldErrors?.role}
      >
        <option value="contributor">Contributor</option>
        <option value="editor">Editor</option>
        <option value="admin">Admin</option>
      </SelectField>
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
