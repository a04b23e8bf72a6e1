import { Field } from '@/components/ui/field';
import { subscriptionsOf } from '@/db/queries/newsletters';
import type { Viewer } from '@/domain/auth/viewer';
import type { Locale } from '@/domain/i18n/locales';
import type { NewsletterSchedule } from '@/domain/newsletters/newsletters';
import { listNewsletters } from '@/lib/content/reads';
import { formatter, translator } from '@/lib/i18n/messages';
import { editionOf, localePath } from '@/lib/i18n/paths';
import { editionSignUpOffer } from '@/lib/newsletters/language';
import { describeScheduleIn } from '@/lib/newsletters/schedule';
import { HONEYPOT_FIELD } from '@/features/newsletters/subscribe';

/** Where every sign-up form posts (app/newsletters/subscribe/route.ts). */
export const SUBSCRIBE_ACTION = '/newsletters/subscribe';

type FormProps = {
  /** Prefix of the controls' ids: a page can hold several forms (an article's end and the footer). */
  idPrefix: string;
  /** The newsletters this form signs up to, by slug; none: every free one of the edition's language. */
  newsletters: string[];
  /** The page the form is on, for a refusal to come back to. */
  from: string;
  /** The edition the form is on: its words, and the language of the pages the post answers with. */
  locale: Locale;
  /** What the reader typed before a refusal, and the refusal. */
  email?: string;
  error?: string;
  /** A signed-in reader signs up as themselves, without typing or confirming their address. */
  signedInAs?: string;
  buttonLabel?: string;
  /** What describes the form's purpose (its heading), for the button. */
  describedBy?: string;
};

/**
 * A plain HTML sign-up form (no script): it posts an address, the newsletters' slugs and the
 * edition, and the answer is a redirect to the page that says what happened, in that edition.
 * A hidden field catches bots that fill in every field.
 */
export function SignUpForm({
  idPrefix,
  newsletters,
  from,
  locale,
  email,
  error,
  signedInAs,
  buttonLabel,
  describedBy,
}: FormProps) {
  const t = translator(locale, 'newsletterSignUpForm');
  const label = buttonLabel ?? t('signUp');
  return (
    <form method="post" action={SUBSCRIBE_ACTION} className="signup-form" noValidate={Boolean(error)}>
      {newsletters.map((slug) => (
        <input key={slug} type="hidden" name="newsletter" value={slug} />
      ))}
      <input type="hidden" name="from" value={from} />
      <input type="hidden" name="locale" value={locale} />
      {signedInAs ? (
        <p className="signup-form__as">
          <span>{t('signedInAs', { email: signedInAs })}</span>
          <button type="submit" className="button button--primary" aria-describedby={describedBy}>
            {label}
          </button>
        </p>
      ) : (
        <>
          <div className="signup-form__row">
            <Field
              id={`${idPrefix}-email`}
              name="email"
              type="email"
              label={t('emailLabel')}
              autoComplete="email"
              inputMode="email"
              required
              defaultValue={email}
              errors={error ? [error] : undefined}
              fieldClassName="signup-form__field"
            />
            <button type="submit" className="button button--primary" aria-describedby={describedBy}>
              {label}
            </button>
          </div>
          <div className="signup-form__trap" aria-hidden="true">
            <label htmlFor={`${idPrefix}-${HONEYPOT_FIELD}`}>{t('trap')}</label>
            <input id={`${idPrefix}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
          </div>
        </>
      )}
    </form>
  );
}

/** "Free · Fridays at 17:00" / «Бесплатно · По субботам в 10:00» */
export function freeMeta(newsletter: { schedule: NewsletterSchedule | null }, locale: Locale) {
  const t = translator(locale, 'newsletterSignupBlock');
  return [t('free'), describeScheduleIn(locale, newsletter.schedule)].filter(Boolean).join(' · ');
}

/**
 * The free newsletter's sign-up box at the end of an article and in the footer: the free
 * newsletters written in the edition's language (lib/newsletters/language.ts), in its words; an
 * edition with none shows no box. Anonymous readers (the static pages) type an address; a
 * signed-in reader signs up in one press, and one who gets every one of them already is told
 * where to manage them. The edition is `locale`, or that of `from` (an edition's address).
 */
export async function NewsletterSignup({
  viewer,
  placement,
  from,
  locale = editionOf(from).edition,
}: {
  viewer: Viewer;
  placement: 'article' | 'footer';
  from: string;
  locale?: Locale;
}) {
  const free = editionSignUpOffer(await listNewsletters(), locale);
  if (!free.length) return null;
  const mine = viewer.kind === 'signed-in' ? await subscriptionsOf({ userId: viewer.userId }) : null;
  const missing = mine ? free.filter((n) => mine.get(n.id) !== 'subscribed') : free;
  const t = translator(locale, 'newsletterSignupBlock');
  const form = translator(locale, 'newsletterSignUpForm');
  const quoted = translator(locale, 'newsletterLanguage');
  const names = (list: typeof free) => formatter(locale).list(list.map((n) => quoted('quoted', { name: n.name })));
  const headingId = `${placement}-newsletter-heading`;
  return (
    <aside className={`newsletter-signup newsletter-signup--${placement}`} aria-labelledby={headingId}>
      <div className="newsletter-signup__text">
        <p className="newsletter-signup__label">{t('label')}</p>
        <h2 id={headingId} className="newsletter-signup__heading">
          {missing.length === 0
            ? t('youReceive', { names: names(free), count: free.length })
            : t('get', { names: names(missing), count: missing.length })}
        </h2>
        {missing.length === 0 ? (
          <p>
            {t.rich('thanks', {
              manage: (chunks) => <a href={localePath(locale, '/account')}>{chunks}</a>,
            })}
          </p>
        ) : (
          missing.map((n) => (
            <p key={n.slug}>
              {n.description} <span className="newsletter-signup__meta">{freeMeta(n, locale)}.</span>
            </p>
          ))
        )}
      </div>
      {missing.length > 0 && (
        <div className="newsletter-signup__action">
          <SignUpForm
            idPrefix={`${placement}-newsletter`}
            newsletters={missing.map((n) => n.slug)}
            from={from}
            locale={locale}
            signedInAs={viewer.kind === 'signed-in' ? viewer.email : undefined}
            buttonLabel={viewer.kind === 'signed-in' ? form('subscribe') : form('signUp')}
            describedBy={headingId}
          />
          {viewer.kind === 'anonymous' && (
            <p className="newsletter-signup__small">
              {t('small')} <a href={localePath(locale, '/newsletters')}>{t('all')}</a>
            </p>
          )}
        </div>
      )}
    </aside>
  );
}
