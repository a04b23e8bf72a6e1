'use client';

import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/domain/i18n/locales';
import { confirmLinkAction, requestSignInAction, verifyCodeAction } from '@/features/sign-in/actions';

// The words come from the page, in its edition's language; the actions answer in it too.

export function EmailForm({
  callbackUrl,
  locale,
  labels,
}: {
  callbackUrl: string;
  locale: Locale;
  labels: { email: string; send: string; sending: string };
}) {
  const [state, action] = useActionState(requestSignInAction, null);
  return (
    <form action={action} className="form" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="locale" value={locale} />
      <Field
        id="email"
        name="email"
        type="email"
        label={labels.email}
        autoComplete="email"
        required
        defaultValue={state?.values?.email}
        errors={state?.fieldErrors?.email}
      />
      <FormMessage message={state?.message} />
      <SubmitButton pendingLabel={labels.sending}>{labels.send}</SubmitButton>
    </form>
  );
}

export function CodeForm({
  locale,
  labels,
}: {
  locale: Locale;
  labels: { code: string; hint: string; submit: string; checking: string };
}) {
  const [state, action] = useActionState(verifyCodeAction, null);
  return (
    <form action={action} className="form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <Field
        id="code"
        name="code"
        label={labels.code}
        hint={labels.hint}
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]*"
        maxLength={7}
        required
        defaultValue={state?.values?.code}
        errors={state?.fieldErrors?.code}
        className="code-input"
      />
      <FormMessage message={state?.message} />
      <SubmitButton pendingLabel={labels.checking}>{labels.submit}</SubmitButton>
    </form>
  );
}

export function ConfirmLinkForm({
  token,
  locale,
  labels,
}: {
  token: string;
  locale: Locale;
  labels: { submit: string; pending: string };
}) {
  const [state, action] = useActionState(confirmLinkAction, null);
  return (
    <form action={action} className="form">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={state?.message} />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
