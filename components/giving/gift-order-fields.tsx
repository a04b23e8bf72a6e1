'use client';

import { useActionState, useEffect, useRef, useState, type ReactNode } from 'react';
import { orderGiftAction } from '@/features/giving/gift-actions';
import { FieldError, Field, FormMessage, TextAreaField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import type { Locale } from '@/domain/i18n/locales';
import type { GiftOrderForm } from '@/domain/membership/gift-membership';
import { GIFT_MONTHS, type GiftMonths } from '@/domain/membership/giving';
import './give-once.css';

/** The form's words, made on the server in the edition's language (gift-order-form.tsx). */
export type GiftOrderLabels = {
  tierLegend: string;
  lengthLegend: string;
  deliveryLegend: string;
  byEmail: string;
  byLink: string;
  recipient: string;
  deliverOn: string;
  linkNote: string;
  message: string;
  /** "… of 500 characters": what goes before and after the count, which changes as they type. */
  messageCount: [before: string, after: string];
  choose: string;
  submit: string;
  pending: string;
  tiers: { key: string; name: string }[];
  /** "3 months" for a length with no membership chosen. */
  months: Record<GiftMonths, string>;
  /** "3 months · $30", per membership. */
  monthsPrice: Record<string, Record<GiftMonths, string>>;
  /** "<strong>$30</strong>, paid once. Nothing renews.", per membership and length. */
  total: Record<string, Record<GiftMonths, ReactNode>>;
};

/**
 * "Give a membership": a tier, three/six/twelve months, and either an address with a day or
 * "I'll share the link myself"; the price follows the choice. Paid once in Checkout. The
 * hidden `locale` takes the edition to the action, Checkout and the gift's mail.
 */
export function GiftOrderFields({
  today,
  from,
  placement,
  locale,
  labels,
}: {
  today: string;
  from: string;
  placement: string;
  locale: Locale;
  labels: GiftOrderLabels;
}) {
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
  const prices = labels.monthsPrice[tier];
  const total = (GIFT_MONTHS as readonly number[]).includes(months)
    ? labels.total[tier]?.[months as GiftMonths]
    : undefined;
  return (
    <form
      ref={formRef}
      action={formAction}
      className="give-once gift-order"
      key={JSON.stringify(state?.values ?? null)}
    >
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="placement" value={placement} />
      <FormMessage message={state?.ok === false ? state.message : undefined} />
      <fieldset>
        <legend>{labels.tierLegend}</legend>
        <div className="give-once__chips">
          {labels.tiers.map((t) => (
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
        <legend>{labels.lengthLegend}</legend>
        <div className="give-once__chips">
          {GIFT_MONTHS.map((m) => (
            <label key={m} className="give-once__chip">
              <input type="radio" name="months" value={m} defaultChecked={months === m} onChange={() => setMonths(m)} />
              <span>{prices ? prices[m] : labels.months[m]}</span>
            </label>
          ))}
        </div>
        <FieldError id="gift-months-error" errors={errors('months')} />
      </fieldset>
      <fieldset>
        <legend>{labels.deliveryLegend}</legend>
        <label>
          <input
            type="radio"
            name="delivery"
            value="email"
            defaultChecked={delivery === 'email'}
            onChange={() => setDelivery('email')}
          />{' '}
          {labels.byEmail}
        </label>
        <label>
          <input
            type="radio"
            name="delivery"
            value="link"
            defaultChecked={delivery === 'link'}
            onChange={() => setDelivery('link')}
          />{' '}
          {labels.byLink}
        </label>
      </fieldset>
      {delivery === 'email' ? (
        <div className="gift-order__row">
          <Field
            id="gift-recipient"
            name="recipient"
            type="email"
            label={labels.recipient}
            autoComplete="off"
            defaultValue={typed.recipient ?? ''}
            errors={errors('recipient')}
          />
          <Field
            id="gift-deliver-on"
            name="deliverOn"
            type="date"
            label={labels.deliverOn}
            min={today}
            defaultValue={typed.deliverOn || today}
            errors={errors('deliverOn')}
          />
        </div>
      ) : (
        <p className="give-once__small">{labels.linkNote}</p>
      )}
      <TextAreaField
        id="gift-message"
        name="message"
        label={labels.message}
        hint={`${labels.messageCount[0]}${message.length}${labels.messageCount[1]}`}
        hintBelow
        rows={4}
        defaultValue={typed.message ?? ''}
        onChange={(event) => setMessage(event.target.value)}
        errors={errors('message')}
      />
      <div className="gift-order__total">
        <p>{total ?? labels.choose}</p>
        <SubmitButton pendingLabel={labels.pending}>{labels.submit}</SubmitButton>
      </div>
    </form>
  );
}
