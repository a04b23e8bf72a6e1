import { DONATION_PURPOSES, MIN_DONATION_CENTS } from '@/domain/membership/giving';
import {
  DEFAULT_GIFT_CENTS,
  DONATION_PURPOSE_LABELS,
  SUGGESTED_GIFT_CENTS,
  type GiftForm,
} from '@/domain/membership/give-once';
import { formatMoney } from '@/domain/membership/tiers';
import './give-once.css';

/**
 * "Give once": suggested amounts, "Other", and where the gift goes. A plain HTML form that posts
 * to /give/checkout, so it works on the static article pages, which ship no script. `from` and
 * `placement` carry the attribution as the membership links do; `back` is where Checkout's
 * Back button returns to. A refused form comes back on /give with `values` and `error`.
 */
export function GiveOnceForm({
  idPrefix,
  from,
  placement,
  back,
  values,
  error,
}: {
  idPrefix: string;
  from: string;
  placement: string;
  back: string;
  values?: GiftForm;
  error?: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const chosen = values ? values.amount : String(DEFAULT_GIFT_CENTS / 100);
  const purpose = values?.purpose || 'newsroom';
  return (
    <form action="/give/checkout" method="post" className="give-once">
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="placement" value={placement} />
      <input type="hidden" name="back" value={back} />
      <fieldset className="give-once__amounts">
        <legend>Amount</legend>
        <div className="give-once__chips">
          {SUGGESTED_GIFT_CENTS.map((cents) => (
            <label key={cents} className="give-once__chip">
              <input
                type="radio"
                name="amount"
                value={String(cents / 100)}
                defaultChecked={chosen === String(cents / 100)}
              />
              <span>{formatMoney(cents)}</span>
            </label>
          ))}
          <label className="give-once__chip">
            <input type="radio" name="amount" value="other" defaultChecked={chosen === 'other'} />
            <span>Other</span>
          </label>
        </div>
        {/* .field: the site's text-input look, shared with every other form. */}
        <div className="field give-once__other-field">
          <label htmlFor={id('other')}>Other amount in dollars, at least {formatMoney(MIN_DONATION_CENTS)}</label>
          <div className="give-once__other">
            <span aria-hidden="true">$</span>
            <input
              id={id('other')}
              name="other"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              defaultValue={values?.other ?? ''}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? id('error') : undefined}
            />
          </div>
          {error && (
            <p className="field__error" id={id('error')} role="alert">
              {error}
            </p>
          )}
        </div>
      </fieldset>
      <fieldset className="give-once__purpose">
        <legend>Where it goes</legend>
        {DONATION_PURPOSES.map((value) => (
          <label key={value}>
            <input type="radio" name="purpose" value={value} defaultChecked={purpose === value} />{' '}
            {DONATION_PURPOSE_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary">
        Give once
      </button>
      <p className="give-once__small">
        Paid through Stripe. No account needed: we keep only the address your receipt goes to.
      </p>
    </form>
  );
}
