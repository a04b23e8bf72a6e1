'use client';

import { useActionState } from 'react';
import { FormMessage, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { POOL_REASON_MAX } from '@/domain/membership/giving';
import { requestFromPoolAction } from '@/features/giving/gift-actions';

/** The request: the reason, from the address the reader is signed in with. A refused form keeps it as typed. */
export function PoolRequestForm({ email }: { email: string }) {
  const [state, formAction] = useActionState(requestFromPoolAction, null);
  if (state?.ok)
    return (
      <p className="notice" role="status">
        {state.message}
      </p>
    );
  return (
    <form action={formAction} className="give-once" key={JSON.stringify(state?.values ?? null)}>
      <FormMessage message={state?.message} />
      <p>
        The membership will go to <strong>{email}</strong>, the address you are signed in with.
      </p>
      <TextAreaField
        id="pool-reason"
        name="reason"
        label="Why are you asking?"
        hint={`A sentence or two is enough; at most ${POOL_REASON_MAX} characters.`}
        rows={5}
        maxLength={POOL_REASON_MAX + 200}
        defaultValue={state?.values?.reason ?? ''}
        errors={state?.fieldErrors?.reason}
      />
      <SubmitButton pendingLabel="Sending…">Send my request</SubmitButton>
    </form>
  );
}
