'use client';

import { useActionState, useState } from 'react';
import { Field, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/domain/i18n/locales';
import { saveFaqAction } from '@/features/appeals/actions';

type Entry = { question: string; answer: string };

/** Room for this many new questions below the ones there are. */
const SPARE = 2;

/**
 * The questions /membership answers, in one edition: each a question and its answer, in the
 * order readers see them. Emptying both fields of one removes it; what was typed survives a refusal.
 */
export function FaqForm({ entries, locale }: { entries: Entry[]; locale: Locale }) {
  const [state, action] = useActionState(saveFaqAction, null);
  // Held here, not by the form: a refused save leaves every field as it was typed.
  const [rows, setRows] = useState<Entry[]>(() => [
    ...entries,
    ...Array.from({ length: SPARE }, () => ({ question: '', answer: '' })),
  ]);
  const change = (i: number, field: keyof Entry, value: string) =>
    setRows((before) => before.map((row, j) => (j === i ? { ...row, [field]: value } : row)));
  const errors = (field: string) => state?.fieldErrors?.[field as never];
  return (
    <section className="appeal-editor appeal-editor--wide" aria-labelledby="faq-title">
      <div className="appeal-editor__form">
        <h2 id="faq-title" className="appeal-editor__title">
          Questions on the membership page
        </h2>
        <p className="field__hint">
          Answered at the foot of /membership, in this order. Empty both fields of a question to remove it.
        </p>
        <form action={action} className="form faq-editor" noValidate aria-label="Questions on the membership page">
          <input type="hidden" name="locale" value={locale} />
          {rows.map((entry, i) => (
            <fieldset key={i} className="faq-editor__entry">
              <legend>{i < entries.length ? `Question ${i + 1}` : 'A new question'}</legend>
              <Field
                id={`faq-question-${i}`}
                label="Question"
                name="question"
                value={entry.question}
                onChange={(event) => change(i, 'question', event.target.value)}
                maxLength={200}
                errors={errors(`question-${i}`)}
              />
              <TextAreaField
                id={`faq-answer-${i}`}
                label="Answer"
                name="answer"
                value={entry.answer}
                onChange={(event) => change(i, 'answer', event.target.value)}
                rows={3}
                errors={errors(`answer-${i}`)}
              />
            </fieldset>
          ))}
          <div className="inline-actions">
            <SubmitButton pendingLabel="Saving…">Save the questions</SubmitButton>
            {state?.message && (
              <p className={state.ok ? 'form-status' : 'form-message'} role={state.ok ? 'status' : 'alert'}>
                {state.message}
              </p>
            )}
          </div>
        </form>
      </div>
    </section>
  );
}
