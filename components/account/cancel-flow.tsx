'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { useFormStatus } from 'react-dom';
import { FieldError, FormMessage, TextAreaField } from '@/components/ui/field';
import { CANCELLATION_REASON_LABELS, CANCELLATION_REASONS, type CancellationReason } from '@/domain/membership/giving';
import { CANCELLATION_COMMENT_MAX, type Offer } from '@/domain/membership/leaving';
import { formatMoney } from '@/domain/membership/tiers';
import { cancelMembershipAction, takeOfferAction } from '@/features/membership/actions';
import './membership.css';

type Props = {
  /** "14 January 2027": when the membership stops if they leave. */
  endsOn: string;
  /** What fits each answer, decided on the server from the membership. */
  offers: Record<CancellationReason, Offer[]>;
  /** The day each pause would end, by months. */
  pauseUntil: Record<number, string>;
  currency: string;
};

const HEADINGS: Record<CancellationReason, string> = {
  'too-expensive': 'It can cost less',
  'not-reading': 'You could pause instead',
  payment: 'This may be easy to fix',
  disagree: 'Thank you for telling us',
  other: 'Thank you for telling us',
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
  pauseUntil,
  currency,
  formAction,
}: {
  offer: Offer;
  pauseUntil: Record<number, string>;
  currency: string;
  formAction: (formData: FormData) => void;
}) {
  if (offer.kind === 'pause')
    return (
      <div className="cancel-offer">
        <h3>Pause for a while</h3>
        <p>
          No payments and no members-only stories while paused; billing starts again by itself. You can resume sooner
          from your account.
        </p>
        <div className="inline-actions">
          {offer.months.map((months) => (
            <ChoiceButton key={months} offer={`pause:${months}`} pendingLabel="Pausing…" formAction={formAction}>
              Pause until {pauseUntil[months]}
            </ChoiceButton>
          ))}
        </div>
      </div>
    );
  if (offer.kind === 'card')
    return (
      <div className="cancel-offer">
        <h3>Use another card</h3>
        <p>If a payment failed or your card has changed, a new card on Stripe’s secure page fixes it.</p>
        <ChoiceButton offer="card" pendingLabel="Opening…" formAction={formAction}>
          Update your card
        </ChoiceButton>
      </div>
    );
  return (
    <div className="cancel-offer">
      <h3>A smaller membership still counts</h3>
      <ul className="cancel-offer__plans">
        {offer.plans.map((plan) => (
          <li key={`${plan.tier}-${plan.interval}`}>
            <p>
              {plan.interval === 'year' && plan.saving > 0 ? (
                <>
                  <strong>Pay yearly</strong>: {formatMoney(plan.amount, currency)} a year, which saves{' '}
                  {formatMoney(plan.saving, currency)}. Charged today, less what is left of this month’s payment.
                </>
              ) : (
                <>
                  <strong>{plan.name}</strong>: {formatMoney(plan.amount, currency)} a {plan.interval}, from your next
                  payment, with credit for the rest of this one.
                </>
              )}
            </p>
            <ChoiceButton
              offer={`switch:${plan.tier}:${plan.interval}`}
              pendingLabel="Switching…"
              formAction={formAction}
            >
              {plan.interval === 'year' && plan.saving > 0
                ? `Switch to ${formatMoney(plan.amount, currency)} a year`
                : `Switch to ${plan.name}, ${formatMoney(plan.amount, currency)} a ${plan.interval}`}
            </ChoiceButton>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Leaving: why (optional), then what fits the answer, then one press to cancel at the period
 * end. The offers are buttons of the same form, so they carry the answer and the free text too.
 */
export function CancelFlow({ endsOn, offers, pauseUntil, currency }: Props) {
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
      <fieldset className="cancel-reasons" aria-describedby="reason-hint">
        <legend>Why are you leaving?</legend>
        <p id="reason-hint" className="field__hint">
          Optional. Editors read every answer.
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
            {CANCELLATION_REASON_LABELS[value]}
          </label>
        ))}
        <FieldError id="reason-error" errors={cancelState?.fieldErrors?.reason} />
      </fieldset>

      <div className="cancel-offers" aria-live="polite">
        {reason && (
          <section aria-labelledby="offer-heading">
            <h2 id="offer-heading">{HEADINGS[reason]}</h2>
            {fitting.length === 0 ? (
              <p>
                {reason === 'disagree'
                  ? 'Disagreement is worth hearing. If you tell us below what we got wrong, an editor will read it.'
                  : 'If you tell us a little more below, an editor will read it.'}
              </p>
            ) : (
              fitting.map((offer) => (
                <OfferBlock
                  key={offer.kind}
                  offer={offer}
                  pauseUntil={pauseUntil}
                  currency={currency}
                  formAction={offerAction}
                />
              ))
            )}
            <FormMessage message={offerState?.message} />
          </section>
        )}
      </div>

      <TextAreaField
        id="comment"
        name="comment"
        label="Anything you would like us to know"
        hint="Optional."
        rows={4}
        maxLength={CANCELLATION_COMMENT_MAX}
        defaultValue={kept?.comment ?? ''}
        errors={cancelState?.fieldErrors?.comment}
      />

      <div className="cancel-flow__leave">
        <p>
          If you cancel, your membership runs until <strong>{endsOn}</strong> and then stops. Nothing more will be
          charged.
        </p>
        <FormMessage message={cancelState?.message} />
        <div className="inline-actions">
          <ChoiceButton pendingLabel="Cancelling…" primary>
            Cancel my membership
          </ChoiceButton>
          <Link href="/account">Keep my membership</Link>
        </div>
      </div>
    </form>
  );
}
