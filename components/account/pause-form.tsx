'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { pauseMembershipAction } from '@/features/membership/actions';

/** "Need a break?": pause for one, two or three months, each with the day billing starts again. */
export function PauseForm({ choices }: { choices: { months: number; until: string }[] }) {
  const [state, action] = useActionState(pauseMembershipAction, null);
  return (
    <form action={action} className="pause-form">
      <fieldset aria-describedby="pause-hint">
        <legend>Need a break? Pause instead of cancelling</legend>
        <p id="pause-hint" className="field__hint">
          No payments while paused, and members-only stories are locked; billing starts again by itself.
        </p>
        <div className="pause-form__choices">
          {choices.map(({ months, until }) => (
            <label key={months} className="pause-form__choice">
              <input type="radio" name="months" value={months} defaultChecked={months === 1} />
              <span>
                {months === 1 ? '1 month' : `${months} months`}
                <span className="pause-form__until">until {until}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <FormMessage message={state?.message} />
      <SubmitButton className="button" pendingLabel="Pausing…">
        Pause membership
      </SubmitButton>
    </form>
  );
}
