'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/domain/i18n/locales';
import { startCheckoutAction } from '@/features/checkout/actions';

// The words come from the page, in its edition's language.

export function CheckoutForm({
  fields,
  locale,
  labels,
}: {
  fields: Record<string, string>;
  locale: Locale;
  labels: { submit: string; pending: string };
}) {
  const [state, action] = useActionState(startCheckoutAction, null);
  return (
    <form action={action} className="form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="locale" value={locale} />
      <FormMessage message={state?.message} />
      <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
