'use client';

import { useActionState } from 'react';
import { Field, FormMessage } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/domain/i18n/locales';
import { giveGiftToPoolAction, resendGiftAction } from '@/features/giving/gift-actions';

export type GiftAfterAYearLabels = {
  recipient: string;
  sendAgain: string;
  sending: string;
  give: string;
  giving: string;
};

/**
 * The two choices for a gift nobody redeemed in a year, with their words from the page
 * (gift-after-a-year.tsx) and the edition in each form, so the actions answer in its language.
 */
export function GiftAfterAYearForms({
  giftId,
  recipient,
  locale,
  labels,
}: {
  giftId: number;
  recipient: string;
  locale: Locale;
  labels: GiftAfterAYearLabels;
}) {
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
        <input type="hidden" name="locale" value={locale} />
        <Field
          id={`gift-${giftId}-recipient`}
          name="recipient"
          type="email"
          label={labels.recipient}
          defaultValue={sent?.values?.recipient ?? recipient}
          errors={sent?.fieldErrors?.recipient}
        />
        <SubmitButton pendingLabel={labels.sending} className="button">
          {labels.sendAgain}
        </SubmitButton>
      </form>
      <FormMessage message={sent?.ok === false ? sent.message : undefined} />
      <form action={give}>
        <input type="hidden" name="giftId" value={giftId} />
        <input type="hidden" name="locale" value={locale} />
        <SubmitButton pendingLabel={labels.giving} className="button button--small">
          {labels.give}
        </SubmitButton>
      </form>
      <FormMessage message={given?.ok === false ? given.message : undefined} />
    </div>
  );
}
