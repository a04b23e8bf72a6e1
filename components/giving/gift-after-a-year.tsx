'use client';

import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { giveGiftToPoolAction, resendGiftAction } from '@/features/giving/gift-actions';

/** A gift nobody redeemed in a year: send it again (to this address or another), or give it to the pool. */
export function GiftAfterAYear({ giftId, recipient }: { giftId: number; recipient: string }) {
  const [sent, resend] = useActionState(resendGiftAction, null);
  const [given, give] = useActionState(giveGiftToPoolAction, null);
  const done = sent?.ok ? sent.message : given?.ok ? given.message : null;
  if (done)
    return (
      <p className="form-message" role="status">
        {done}
      </p>
    );
  return (
    <div className="gift-after-a-year">
      <form action={resend} className="inline-actions">
        <input type="hidden" name="giftId" value={giftId} />
        <Field
          id={`gift-${giftId}-recipient`}
          name="recipient"
          type="email"
          label="Send it again to"
          defaultValue={sent?.values?.recipient ?? recipient}
          errors={sent?.fieldErrors?.recipient}
        />
        <SubmitButton pendingLabel="Sending…" className="button">
          Send it again
        </SubmitButton>
      </form>
      <FormMessage message={sent?.ok === false ? sent.message : undefined} />
      <form action={give}>
        <input type="hidden" name="giftId" value={giftId} />
        <SubmitButton pendingLabel="Giving…" className="button button--small">
          Give it to the pool for a reader who cannot pay
        </SubmitButton>
      </form>
      <FormMessage message={given?.ok === false ? given.message : undefined} />
    </div>
  );
}
