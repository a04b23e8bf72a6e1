'use client';

import Link from 'next/link';
import { useActionState, useState, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import { FieldError, FormMessage, TextAreaField } from '@/components/ui/field';
import type { Locale } from '@/domain/i18n/locales';
import { CANCELLATION_REASONS, type CancellationReason } from '@/domain/membership/giving';
import { CANCELLATION_COMMENT_MAX, type Offer } from '@/domain/membership/leaving';
import { cancelMembershipAction, takeOfferAction } from '@/features/account/membership-actions';
import { planOffer } from './plan-offer';
import './membership.css';

/** The words of the cancel page, in its edition's language: the page makes them, dates and prices included. */
export type CancelFlowLabels = {
  legend: string;
  hint: string;
  reasons: Record<CancellationReason, string>;
  /** What the offers under each answer are headed. */
  headings: Record<CancellationReason, string>;
  /** Said when an answer has nothing to offer: a disagreement, or anything else. */
  heard: { disagree: string; other: string };
  /** The pause buttons' words by months: "Pause until 3 January 2027". */
  pause: { heading: string; text: string; pending: string; until: Record<number, string> };
  card: { heading: string; text: string; button: string; pending: string };
  /** Each plan the offers hold, by its offer (`switch:supporter:month`): what it costs, and its button. */
  plans: { heading: string; pending: string; byOffer: Record<string, { text: ReactNode; button: string }> };
  commentLabel: string;
  commentHint: string;
  /** "If you cancel, your membership runs until <strong>14 January 2027</strong> and then stops…" */
  leave: ReactNode;
  cancel: string;
  cancelling: string;
  keep: string;
};

type Props = {
  locale: Locale;
  /** What fits each answer, decided on the server from the membership. */
  offers: Record<CancellationReason, Offer[]>;
  labels: CancelFlowLabels;
  /** The account page of this edition, for "Keep my membership". */
  accountHref: string;
};

/** A button that says it is working only when it is the one pressed. */
function ChoiceButton({
  offer,
  pendingLabel,
  primary,
  formAction,
  children,
}: {
  offer?: string;
  pendingLabel: string;
  primary?: boolean;
  formAction?: (formData: FormData) => void;
  children: React.ReactNode;
}) {
  const { pending, data } = useFormStatus();
  const mine = pending && (data?.get('offer') ?? undefined) === offer;
  return (
    <button
      type="submit"
      // React leaves a button's own name and value out of the form data when the button has its
      // own action, so the offer is added to the form's data here.
      formAction={
        formAction &&
        ((formData: FormData) => {
          if (offer) formData.set('offer', offer);
          formAction(formData);
        })
      }
      className={primary ? 'button button--primary' : 'button'}
      disabled={pending}
      aria-disabled={pending}
    >
      {mine ? pendingLabel : children}
    </button>
  );
}

function OfferBlock({
  offer,
  labels,
  formAction,
}: {
  offer: Offer;
  labels: CancelFlowLabels;
  formAction: (formData: FormData) => void;
}) {
  if (offer.kind === 'pause')
    return (
      <div className="cancel-offer">
        <h3>{labels.pause.heading}</h3>
        <p>{labels.pause.text}</p>
        <div className="inline-actions">
          {offer.months.map((months) => (
            <ChoiceButton
              key={months}
              offer={`pause:${months}`}
              pendingLabel={labels.pause.pending}
              formAction={formAction}
            >
              {labels.pause.until[months]}
            </ChoiceButton>
          ))}
        </div>
      </div>
    );
  if (offer.kind === 'card')
    return (
      <div className="cancel-offer">
        <h3>{labels.card.heading}</h3>
        <p>{labels.card.text}</p>
        <ChoiceButton offer="card" pendingLabel={labels.card.pending} formAction={formAction}>
          {labels.card.button}
        </ChoiceButton>
      </div>
    );
  return (
    <div className="cancel-offer">
      <h3>{labels.plans.heading}</h3>
      <ul className="cancel-offer__plans">
        {offer.plans.map((plan) => {
          const value = planOffer(plan);
          const words = labels.plans.byOffer[value];
          return (
            <li key={value}>
              <p>{words?.text}</p>
              <ChoiceButton offer={value} pendingLabel={labels.plans.pending} formAction={formAction}>
                {words?.button}
              </ChoiceButton>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * Leaving: why (optional), then what fits the answer, then one press to cancel at the period
 * end. The offers are buttons of the same form, so they carry the answer and the free text too.
 */
export function CancelFlow({ locale, offers, labels, accountHref }: Props) {
  const [cancelState, cancelAction] = useActionState(cancelMembershipAction, null);
  const [offerState, offerAction] = useActionState(takeOfferAction, null);
  const kept = cancelState?.values ?? offerState?.values;
  const [reason, setReason] = useState<CancellationReason | null>(
    (CANCELLATION_REASONS as readonly string[]).includes(kept?.reason ?? '')
      ? (kept?.reason as CancellationReason)
      : null,
  );
  const fitting = reason ? offers[reason] : [];
  return (
    <form action={cancelAction} className="form cancel-flow">
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="cancel-reasons" aria-describedby="reason-hint">
        <legend>{labels.legend}</legend>
        <p id="reason-hint" className="field__hint">
          {labels.hint}
        </p>
        {CANCELLATION_REASONS.map((value) => (
          <label key={value} className="cancel-reasons__choice">
            <input
              type="radio"
              name="reason"
              value={value}
              checked={reason === value}
              onChange={() => setReason(value)}
            />
            {labels.reasons[value]}
          </label>
        ))}
        <FieldError id="reason-error" errors={cancelState?.fieldErrors?.reason} />
      </fieldset>

      <div className="cancel-offers" aria-live="polite">
        {reason && (
          <section aria-labelledby="offer-heading">
            <h2 id="offer-heading">{labels.headings[reason]}</h2>
            {fitting.length === 0 ? (
              <p>{reason === 'disagree' ? labels.heard.disagree : labels.heard.other}</p>
            ) : (
              fitting.map((offer) => (
                <OfferBlock key={offer.kind} offer={offer} labels={labels} formAction={offerAction} />
              ))
            )}
            <FormMessage message={offerState?.message} />
          </section>
        )}
      </div>

      <TextAreaField
        id="comment"
        name="comment"
        label={labels.commentLabel}
        hint={labels.commentHint}
        rows={4}
        maxLength={CANCELLATION_COMMENT_MAX}
        defaultValue={kept?.comment ?? ''}
        errors={cancelState?.fieldErrors?.comment}
      />

      <div className="cancel-flow__leave">
        <p>{labels.leave}</p>
        <FormMessage message={cancelState?.message} />
        <div className="inline-actions">
          <ChoiceButton pendingLabel={labels.cancelling} primary>
            {labels.cancel}
          </ChoiceButton>
          <Link href={accountHref}>{labels.keep}</Link>
        </div>
      </div>
    </form>
  );
}
