'use client';

import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { confirmLinkAction, requestSignInAction, verifyCodeAction } from '@/features/sign-in/actions';

export function EmailForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useActionState(requestSignInAction, null);
  return (
    <form action={action} className="form" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        id="email"
        name="email"
        type="email"
        label="Email address"
        autoComplete="email"
        required
        defaultValue={state?.values?.email}
        errors={state?.fieldErrors?.email}
      />
      <FormMessage message={state?.message} />
      <SubmitButton pendingLabel="Sending…">Email me a sign-in link</SubmitButton>
    </form>
  );
}

export function CodeForm() {
  const [state, action] = useActionState(verifyCodeAction, null);
  return (
    <form action={action} className="form" noValidate>
      <Field
        id="code"
        name="code"
        label="Sign-in code"
        hint="The six digits in the email."
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
      <SubmitButton pendingLabel="Checking…">Sign in</SubmitButton>
    </form>
  );
}

export function ConfirmLinkForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(confirmLinkAction, null);
  return (
    <form action={action} className="form">
      <input type="hidden" name="token" value={token} />
      <FormMessage message={state?.message} />
      <SubmitButton pendingLabel="Signing in…">Sign in as {email}</SubmitButton>
    </form>
  );
}
