'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { startCheckoutAction } from '@/features/checkout/actions';

export function CheckoutForm({ fields }: { fields: Record<string, string> }) {
  const [state, action] = useActionState(startCheckoutAction, null);
  return (
    <form action={action} className="form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage message={state?.message} />
      <SubmitButton pendingLabel="Opening secure payment…">Continue to secure payment</SubmitButton>
    </form>
  );
}
