'use client';

import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/domain/i18n/locales';
import { deleteAccountAction, updateNameAction } from '@/features/account/actions';

// The words come from the page, in its edition's language; the actions answer in it too.

export function NameForm({
  name,
  locale,
  labels,
}: {
  name: string | null;
  locale: Locale;
  labels: { name: string; hint: string; submit: string; pending: string; saved: string };
}) {
  const [state, action] = useActionState(updateNameAction, null);
  return (
    <form action={action} className="form">
      <input type="hidden" name="locale" value={locale} />
      <Field
        id="name"
        name="name"
        label={labels.name}
        hint={labels.hint}
        defaultValue={name ?? ''}
        maxLength={80}
        autoComplete="name"
        errors={state?.fieldErrors?.name}
      />
      <FormMessage message={state?.message} />
      <div className="inline-actions">
        <SubmitButton pendingLabel={labels.pending} className="button">
          {labels.submit}
        </SubmitButton>
        {state?.ok && <span role="status">{labels.saved}</span>}
      </div>
    </form>
  );
}

export function DeleteAccountForm({
  locale,
  labels,
}: {
  locale: Locale;
  /** `confirm` names the address to type: "Type ana@example.org to confirm". */
  labels: { confirm: string; submit: string; pending: string };
}) {
  const [state, action] = useActionState(deleteAccountAction, null);
  return (
    <form action={action} className="form">
      <input type="hidden" name="locale" value={locale} />
      <Field
        id="confirm"
        name="confirm"
        label={labels.confirm}
        autoComplete="off"
        required
        errors={state?.fieldErrors?.confirm}
      />
      <FormMessage message={state?.message} />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
