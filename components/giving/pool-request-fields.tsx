'use client';

import { useActionState, type ReactNode } from 'react';
import { FormMessage, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/domain/i18n/locales';
import { POOL_REASON_MAX } from '@/domain/membership/giving';
import { requestFromPoolAction } from '@/features/giving/gift-actions';

export type PoolRequestLabels = {
  /** "The membership will go to <strong>address</strong>, …", made on the server. */
  goesTo: ReactNode;
  reason: string;
  hint: string;
  submit: string;
  pending: string;
};

/**
 * The request's form, with its words from pool-request-form.tsx and the edition in a hidden
 * field, so the action answers in its language. A refused form keeps the reason as typed.
 */
export function PoolRequestFields({ locale, labels }: { locale: Locale; labels: PoolRequestLabels }) {
  const [state, formAction] = useActionState(requestFromPoolAction, null);
  if (state?.ok)
    return (
      <p className="notice" role="status">
        {state.message}
      </p>
    );
  return (
    <form action={formAction} className="give-once" key={JSON.stringify(state?.values ?? null)}>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={state?.message} />
      <p>{labels.goesTo}</p>
      <TextAreaField
        id="pool-reason"
        name="reason"
        label={labels.reason}
        hint={labels.hint}
        rows={5}
        maxLength={POOL_REASON_MAX + 200}
        defaultValue={state?.values?.reason ?? ''}
        errors={state?.fieldErrors?.reason}
      />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
