import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/domain/i18n/locales';
import { DONATION_PURPOSES, MIN_DONATION_CENTS } from '@/domain/membership/giving';
import { DEFAULT_GIFT_CENTS, SUGGESTED_GIFT_CENTS, type GiftForm } from '@/domain/membership/give-once';
import { CURRENCY } from '@/domain/membership/tiers';
import { currencySign, translator } from '@/lib/i18n/core';
import { localePath } from '@/lib/i18n/paths';
import './give-once.css';

// The admin's live preview of the end-of-article appeal renders this form in the browser, so it
// reads its words from core.ts and writes money with Intl itself, with lib/i18n/messages.ts's
// formatter's options ("$25" / «25 $»), rather than through messages.ts, which reads files.
function moneyFormat(locale: Locale, cents: number) {
  return new Intl.NumberFormat(LOCALES[locale].tag, {
    style: 'currency',
    currency: CURRENCY.toUpperCase(),
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: cents % 100 ? 2 : 0,
  });
}

const money = (locale: Locale, cents: number) => moneyFormat(locale, cents).format(cents / 100);

/**
 * "Give once": suggested amounts, "Other", and where the gift goes, in the edition's language. A
 * plain HTML form that posts to the edition's /give/checkout, so it works on the static article
 * pages, which ship no script; its hidden `locale` takes the edition on to Checkout and the
 * receipt. `from` and `placement` carry the attribution as the membership links do; `back` is
 * where Checkout's Back button returns to. A refused form comes back on /give with `values` and
 * `error` (already in the edition's words).
 */
export function GiveOnceForm({
  idPrefix,
  from,
  placement,
  back,
  values,
  error,
  locale = DEFAULT_LOCALE,
}: {
  idPrefix: string;
  from: string;
  placement: string;
  back: string;
  values?: GiftForm;
  error?: string;
  locale?: Locale;
}) {
  const t = translator(locale, 'giveOnceForm');
  const purposes = translator(locale, 'donationPurposes');
  const currency = currencySign(locale);
  const id = (name: string) => `${idPrefix}-${name}`;
  const chosen = values ? values.amount : String(DEFAULT_GIFT_CENTS / 100);
  const purpose = values?.purpose || 'newsroom';
  const sign = <span aria-hidden="true">{currency.sign}</span>;
  return (
    <form action={localePath(locale, '/give/checkout')} method="post" className="give-once">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="placement" value={placement} />
      <input type="hidden" name="back" value={back} />
      <fieldset className="give-once__amounts">
        <legend>{t('amount')}</legend>
        <div className="give-once__chips">
          {SUGGESTED_GIFT_CENTS.map((cents) => (
            <label key={cents} className="give-once__chip">
              <input
                type="radio"
                name="amount"
                value={String(cents / 100)}
                defaultChecked={chosen === String(cents / 100)}
              />
              <span>{money(locale, cents)}</span>
            </label>
          ))}
          <label className="give-once__chip">
            <input type="radio" name="amount" value="other" defaultChecked={chosen === 'other'} />
            <span>{t('other')}</span>
          </label>
        </div>
        {/* .field: the site's text-input look, shared with every other form. */}
        <div className="field give-once__other-field">
          <label htmlFor={id('other')}>{t('otherLabel', { minimum: money(locale, MIN_DONATION_CENTS) })}</label>
          <div className="give-once__other">
            {!currency.after && sign}
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
            {currency.after && sign}
          </div>
          {error && (
            <p className="field__error" id={id('error')} role="alert">
              {error}
            </p>
          )}
        </div>
      </fieldset>
      <fieldset className="give-once__purpose">
        <legend>{t('purpose')}</legend>
        {DONATION_PURPOSES.map((value) => (
          <label key={value}>
            <input type="radio" name="purpose" value={value} defaultChecked={purpose === value} />{' '}
            {purposes(`${value}.label`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary">
        {t('submit')}
      </button>
      <p className="give-once__small">{t('small')}</p>
    </form>
  );
}
