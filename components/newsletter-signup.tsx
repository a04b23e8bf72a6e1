import { Field } from '@/components/ui/field';
import { subscriptionsOf } from '@/db/queries/newsletters';
import type { Viewer } from '@/domain/auth/viewer';
import { describeSchedule, type NewsletterSchedule } from '@/domain/newsletters/newsletters';
import { listNewsletters } from '@/lib/content/reads';
import { HONEYPOT_FIELD } from '@/features/newsletters/subscribe';

/** Where every sign-up form posts (app/newsletters/subscribe/route.ts). */
export const SUBSCRIBE_ACTION = '/newsletters/subscribe';

type FormProps = {
  /** Prefix of the controls' ids: a page can hold several forms (an article's end and the footer). */
  idPrefix: string;
  /** The newsletters this form signs up to, by slug; none: every free one. */
  newsletters: string[];
  /** The page the form is on, for a refusal to come back to. */
  from: string;
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
 * A plain HTML sign-up form (no script): it posts an address and the newsletters' slugs, and the
 * answer is a redirect to the page that says what happened. A hidden field catches bots that
 * fill in every field.
 */
export function SignUpForm({
  idPrefix,
  newsletters,
  from,
  email,
  error,
  signedInAs,
  buttonLabel = 'Sign up',
  describedBy,
}: FormProps) {
  return (
    <form method="post" action={SUBSCRIBE_ACTION} className="signup-form" noValidate={Boolean(error)}>
      {newsletters.map((slug) => (
        <input key={slug} type="hidden" name="newsletter" value={slug} />
      ))}
      <input type="hidden" name="from" value={from} />
      {signedInAs ? (
        <p className="signup-form__as">
          <span>As {signedInAs}</span>
          <button type="submit" className="button button--primary" aria-describedby={describedBy}>
            {buttonLabel}
          </button>
        </p>
      ) : (
        <>
          <div className="signup-form__row">
            <Field
              id={`${idPrefix}-email`}
              name="email"
              type="email"
              label="Your email"
              autoComplete="email"
              inputMode="email"
              required
              defaultValue={email}
              errors={error ? [error] : undefined}
              fieldClassName="signup-form__field"
            />
            <button type="submit" className="button button--primary" aria-describedby={describedBy}>
              {buttonLabel}
            </button>
          </div>
          <div className="signup-form__trap" aria-hidden="true">
            <label htmlFor={`${idPrefix}-${HONEYPOT_FIELD}`}>Leave this empty</label>
            <input id={`${idPrefix}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
          </div>
        </>
      )}
    </form>
  );
}

type Freebie = { id: number; slug: string; name: string; description: string; schedule: NewsletterSchedule | null };

/** "Free · Fridays at 17:00" */
export function freeMeta(newsletter: Pick<Freebie, 'schedule'>) {
  return ['Free', describeSchedule(newsletter.schedule)].filter(Boolean).join(' · ');
}

/**
 * The free newsletter's sign-up box at the end of an article and in the footer. Anonymous readers
 * (the static pages) type an address; a signed-in reader signs up in one press, and one who gets
 * every free newsletter already is told where to manage them.
 */
export async function NewsletterSignup({
  viewer,
  placement,
  from,
}: {
  viewer: Viewer;
  placement: 'article' | 'footer';
  from: string;
}) {
  const free = (await listNewsletters()).filter((n) => n.audience === 'everyone');
  if (!free.length) return null;
  const mine = viewer.kind === 'signed-in' ? await subscriptionsOf({ userId: viewer.userId }) : null;
  const missing = mine ? free.filter((n) => mine.get(n.id) !== 'subscribed') : free;
  const headingId = `${placement}-newsletter-heading`;
  const names = free.map((n) => n.name).join(' and ');
  return (
    <aside className={`newsletter-signup newsletter-signup--${placement}`} aria-labelledby={headingId}>
      <div className="newsletter-signup__text">
        <p className="newsletter-signup__label">Newsletter</p>
        <h2 id={headingId} className="newsletter-signup__heading">
          {missing.length === 0 ? `You receive ${names}` : `Get ${missing.map((n) => n.name).join(' and ')} by email`}
        </h2>
        {missing.length === 0 ? (
          <p>
            Thank you for reading. <a href="/account">Manage your newsletters</a>
          </p>
        ) : (
          missing.map((n) => (
            <p key={n.slug}>
              {n.description} <span className="newsletter-signup__meta">{freeMeta(n)}.</span>
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
            signedInAs={viewer.kind === 'signed-in' ? viewer.email : undefined}
            buttonLabel={viewer.kind === 'signed-in' ? 'Subscribe' : 'Sign up'}
            describedBy={headingId}
          />
          {viewer.kind === 'anonymous' && (
            <p className="newsletter-signup__small">
              We’ll email you a link to confirm. No tracking, and every issue has a one-click unsubscribe.{' '}
              <a href="/newsletters">All our newsletters</a>
            </p>
          )}
        </div>
      )}
    </aside>
  );
}
