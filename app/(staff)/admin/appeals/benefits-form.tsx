'use client';

import { useActionState, useState } from 'react';
import { PaywallPanel } from '@/components/paywall-panel';
import { TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { benefitsFromText } from '@/domain/membership/benefits';
import { saveBenefitsAction } from '@/features/appeals/actions';
import type { Locale } from '@/domain/i18n/locales';

/**
 * What membership brings, one per line, with the paywall previewed as readers will see it. The
 * same list is on /membership, on the welcome page and in the welcome mail.
 */
export function BenefitsForm({
  benefits,
  lastChange,
  locale,
}: {
  benefits: string[];
  lastChange: string | null;
  locale: Locale;
}) {
  const [state, action] = useActionState(saveBenefitsAction, null);
  const [value, setValue] = useState(benefits.join('\n'));
  const checked = benefitsFromText(value);
  return (
    <section className="appeal-editor" aria-labelledby="benefits-title">
      <div className="appeal-editor__form">
        <h2 id="benefits-title" className="appeal-editor__title">
          What members get
        </h2>
        <p className="field__hint">
          Listed on the membership page, in the paywall of every members-only story, and on the welcome page and in the
          welcome email. Promise only what members get today.
        </p>
        <form action={action} className="form" noValidate aria-label="What members get">
          <input type="hidden" name="locale" value={locale} />
          <TextAreaField
            id="benefits"
            label="Benefits"
            hint="One per line, at most eight."
            name="benefits"
            value={value}
            rows={6}
            errors={state?.fieldErrors?.benefits}
            onChange={(event) => setValue(event.target.value)}
          />
          <div className="inline-actions">
            <SubmitButton pendingLabel="Saving…">Save the benefits</SubmitButton>
            {state?.message && (
              <p className={state.ok ? 'form-status' : 'form-message'} role={state.ok ? 'status' : 'alert'}>
                {state.message}
              </p>
            )}
          </div>
          {lastChange && <p className="field__hint">{lastChange}</p>}
        </form>
      </div>
      <div className="appeal-editor__preview">
        <p className="appeal-editor__preview-label" id="benefits-preview-label">
          Preview: the paywall
        </p>
        <div className="appeal-editor__stage" inert aria-labelledby="benefits-preview-label" role="group" lang={locale}>
          {checked.ok ? (
            <PaywallPanel benefits={checked.benefits} articleSlug="preview" locale={locale} />
          ) : (
            <p className="notice">{checked.message}</p>
          )}
        </div>
      </div>
    </section>
  );
}
