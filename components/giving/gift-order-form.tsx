'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { orderGiftAction } from '@/features/giving/gift-actions';
import { FieldError, Field, FormMessage, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { GIFT_MESSAGE_MAX, giftPrice, type GiftOrderForm } from '@/domain/membership/gift-membership';
import { GIFT_MONTHS } from '@/domain/membership/giving';
import { formatMoney, tierByKey, TIERS } from '@/domain/membership/tiers';
import './give-once.css';

/**
 * "Give a membership": a tier, three/six/twelve months, and either an address with a day or
 * "I'll share the link myself"; the price follows the choice. Paid once in Checkout.
 */
export function GiftOrderForm({ today, from, placement }: { today: string; from: string; placement: string }) {
  const [state, formAction] = useActionState(orderGiftAction, null);
  const typed: Partial<GiftOrderForm> = state?.values ?? {};
  const errors = (key: keyof GiftOrderForm) => state?.fieldErrors?.[key];
  const [tier, setTier] = useState(typed.tier || 'member');
  const [months, setMonths] = useState(Number(typed.months) || 6);
  const [delivery, setDelivery] = useState(typed.delivery === 'link' ? 'link' : 'email');
  const [message, setMessage] = useState(typed.message ?? '');
  // The choices and the message are the browser's own (uncontrolled), so what a reader picked or
  // typed before the page became interactive, on a slow phone, is kept; the price, the fields and
  // the character count follow them from then on.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!formRef.current) return;
    const picked = new FormData(formRef.current);
    const pickedTier = picked.get('tier');
    if (typeof pickedTier === 'string') setTier(pickedTier);
    const pickedMonths = Number(picked.get('months'));
    if (pickedMonths) setMonths(pickedMonths);
    if (picked.get('delivery') === 'link') setDelivery('link');
    const typedMessage = picked.get('message');
    if (typeof typedMessage === 'string') setMessage(typedMessage);
  }, []);
  const chosen = tierByKey(tier);
  const price =
    chosen && (GIFT_MONTHS as readonly number[]).includes(months) ? giftPrice(chosen, months as 3 | 6 | 12) : null;
  return (
    <form
      ref={formRef}
      action={formAction}
      className="give-once gift-order"
      key={JSON.stringify(state?.values ?? null)}
    >
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="placement" value={placement} />
      <FormMessage message={state?.ok === false ? state.message : undefined} />
      <fieldset>
        <legend>Membership</legend>
        <div className="give-once__chips">
          {TIERS.map((t) => (
            <label key={t.key} className="give-once__chip">
              <input
                type="radio"
                name="tier"
                value={t.key}
                defaultChecked={tier === t.key}
                onChange={() => setTier(t.key)}
              />
              <span>{t.name}</span>
            </label>
          ))}
        </div>
        <FieldError id="gift-tier-error" errors={errors('tier')} />
      </fieldset>
      <fieldset>
        <legend>For how long</legend>
        <div className="give-once__chips">
          {GIFT_MONTHS.map((m) => (
            <label key={m} className="give-once__chip">
              <input type="radio" name="months" value={m} defaultChecked={months === m} onChange={() => setMonths(m)} />
              <span>
                {m} months{chosen ? ` · ${formatMoney(giftPrice(chosen, m))}` : ''}
              </span>
            </label>
          ))}
        </div>
        <FieldError id="gift-months-error" errors={errors('months')} />
      </fieldset>
      <fieldset>
        <legend>How it reaches them</legend>
        <label>
          <input
            type="radio"
            name="delivery"
            value="email"
            defaultChecked={delivery === 'email'}
            onChange={() => setDelivery('email')}
          />{' '}
          We email it to them on the day you choose
        </label>
        <label>
          <input
            type="radio"
            name="delivery"
            value="link"
            defaultChecked={delivery === 'link'}
            onChange={() => setDelivery('link')}
          />{' '}
          I’ll share the link myself
        </label>
      </fieldset>
      {delivery === 'email' ? (
        <div className="gift-order__row">
          <Field
            id="gift-recipient"
            name="recipient"
            type="email"
            label="Their email address"
            autoComplete="off"
            defaultValue={typed.recipient ?? ''}
            errors={errors('recipient')}
          />
          <Field
            id="gift-deliver-on"
            name="deliverOn"
            type="date"
            label="Send it on"
            min={today}
            defaultValue={typed.deliverOn || today}
            errors={errors('deliverOn')}
          />
        </div>
      ) : (
        <p className="give-once__small">
          After paying you get a link to pass on, by message or on a card. It can be redeemed once.
        </p>
      )}
      <TextAreaField
        id="gift-message"
        name="message"
        label="A message (optional)"
        hint={`${message.length} of ${GIFT_MESSAGE_MAX} characters`}
        hintBelow
        rows={4}
        defaultValue={typed.message ?? ''}
        onChange={(event) => setMessage(event.target.value)}
        errors={errors('message')}
      />
      <div className="gift-order__total">
        <p>
          {price !== null ? (
            <>
              <strong>{formatMoney(price)}</strong>, paid once. Nothing renews.
            </>
          ) : (
            'Choose a membership and a length.'
          )}
        </p>
        <SubmitButton pendingLabel="Opening payment…">Continue to payment</SubmitButton>
      </div>
    </form>
  );
}
