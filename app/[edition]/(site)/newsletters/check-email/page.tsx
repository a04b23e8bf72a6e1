import type { Metadata } from 'next';
import { CONFIRMATION_HOURS } from '@/lib/newsletters/confirm';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

/**
 * Where every sign-up by address lands, whether or not the address has an account or is
 * subscribed already: the page says nothing about the address, so it cannot be used to find out.
 */
export default function CheckEmailPage() {
  return (
    <div className="wrap auth-page newsletter-status">
      <p className="kicker">Newsletters</p>
      <h1 className="page-title">Check your email</h1>
      <p className="lede">
        We have sent a link to the address you gave. Open it and press “Confirm my subscription”: until then, nothing is
        sent to you.
      </p>
      <p>
        The link works for {CONFIRMATION_HOURS} hours. If the email does not arrive within a few minutes, look in your
        spam folder, or <a href="/newsletters">sign up again</a>.
      </p>
      <p className="auth-page__small">
        If you did not mean to sign up, ignore the email: without a confirmation you will not be subscribed.
      </p>
    </div>
  );
}
