'use client';

import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { deleteAccountAction, updateNameAction } from '@/features/account/actions';

export function NameForm({ name }: { name: string | null }) {
  const [state, action] = useActionState(updateNameAction, null);
  return (
    <form action={action} className="form">
      <Field
        id="name"
        name="name"
        label="Display name"
        hint="Optional. Shown only to you."
        defaultValue={name ?? ''}
        maxLength={80}
        autoComplete="name"
        errors={state?.fieldErrors?.name}
      />
      <FormMessage message={state?.message} />
      <div className="inline-actions">
        <SubmitButton pendingLabel="Saving…" className="button">
          Save name
        </SubmitButton>
        {state?.ok && <span role="status">Saved.</span>}
      </div>
    </form>
  );
}

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action] = useActionState(deleteAccountAction, null);
  return (
    <form action={action} className="form">
      <Field
        id="confirm"
        name="confirm"
        label={`Type ${email} to confirm`}
        autoComplete="off"
        required
        errors={state?.fieldErrors?.confirm}
      />
      <FormMessage message={state?.message} />
      <SubmitButton pendingLabel="Deleting…">Delete my account</SubmitButton>
    </form>
  );
}
