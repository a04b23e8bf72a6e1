'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/domain/i18n/locales';
import { pauseMembershipAction } from '@/features/account/membership-actions';

/**
 * "Need a break?": pause for one, two or three months, each with the day billing starts again.
 * The words come from the page, in its edition's language; the action answers in it too.
 */
export function PauseForm({
  choices,
  locale,
  labels,
}: {
  /** "2 months", "until 3 February 2027", by months. */
  choices: { months: number; label: string; until: string }[];
  locale: Locale;
  labels: { legend: string; hint: string; submit: string; pending: string };
}) {
  const [state, action] = useActionState(pauseMembershipAction, null);
  return (
    <form action={action} className="pause-form">
      <input type="hidden" name="locale" value={locale} />
      <fieldset aria-describedby="pause-hint">
        <legend>{labels.legend}</legend>
        <p id="pause-hint" className="field__hint">
          {labels.hint}
        </p>
        <div className="pause-form__choices">
          {choices.map(({ months, label, until }) => (
            <label key={months} className="pause-form__choice">
              <input type="radio" name="months" value={months} defaultChecked={months === 1} />
              <span>
                {label}
                <span className="pause-form__until">{until}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormMessage message={state?.message} />
      <SubmitButton className="button" pendingLabel={labels.pending}>
        {labels.submit}
      </SubmitButton>
    </form>
  );
}
