import type { Metadata } from 'next';
import { confirmSubscriptionAction } from '@/features/newsletters/subscribe-actions';
import { joinNames } from '@/lib/format';
import { CONFIRMATION_HOURS, CONFIRMATION_TOKEN, inspectNewsletterConfirmation } from '@/lib/newsletters/confirm';

export const metadata: Metadata = {
  title: 'Confirm your subscription',
  robots: { index: false },
  referrer: 'same-origin',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where the emailed confirmation link lands. Opening it changes nothing (mail scanners open every
 * link); only the button below spends the token and subscribes the address.
 */
export default async function ConfirmSubscriptionPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const value = typeof token === 'string' && CONFIRMATION_TOKEN.test(token) ? token : null;
  const pending = value ? await inspectNewsletterConfirmation(value) : ({ state: 'unknown' } as const);
  return (
    <div className="wrap auth-page newsletter-status">
      <p className="kicker">Newsletters</p>
      {pending.state === 'valid' && value ? (
        <>
          <h1 className="page-title">Confirm your subscription</h1>
          <p className="lede">
            Press the button to receive {joinNames(pending.newsletters.map((n) => n.name))} at{' '}
            <strong>{pending.email}</strong>.
          </p>
          <form action={confirmSubscriptionAction} className="form">
            <input type="hidden" name="token" value={value} />
            <button type="submit" className="button button--primary">
              Confirm my subscription
            </button>
          </form>
          <p className="auth-page__small">If you did not ask for this, close this page: nothing will be sent to you.</p>
        </>
      ) : (
        <>
          <h1 className="page-title">
            {pending.state === 'used' ? 'This link has been used' : 'This link no longer works'}
          </h1>
          <p className="lede">
            {pending.state === 'used'
              ? 'Each confirmation link works once, and this one has confirmed its subscription already.'
              : `Confirmation links work for ${CONFIRMATION_HOURS} hours. This one has expired, or was copied incompletely.`}
          </p>
          <p>
            <a className="button button--primary" href="/newsletters">
              Sign up again
            </a>
          </p>
          <p className="auth-page__small">
            Already subscribed? <a href="/signin?callbackUrl=%2Faccount">Sign in</a> with the same address to see your
            newsletters.
          </p>
        </>
      )}
    </div>
  );
}
