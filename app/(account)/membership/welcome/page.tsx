import type { Metadata } from 'next';
import Link from 'next/link';
import { requireSignedIn } from '@/lib/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { listBenefits } from '@/lib/content/reads';
import { ActivationPoller } from './activation-poller';

export const metadata: Metadata = { title: 'Welcome', robots: { index: false } };

/**
 * Stripe's success redirect lands here. It grants nothing: access comes from the webhook.
 * Until that arrives the page waits; then it is the welcome.
 */
export default async function WelcomePage() {
  const viewer = await requireSignedIn('/membership/welcome');
  const member = entitlementOf(viewer).isMember;
  const benefits = member ? await listBenefits() : [];
  return (
    <div className="wrap auth-page">
      {member ? (
        <>
          <p className="kicker">Membership</p>
          <h1 className="page-title">Welcome, and thank you</h1>
          <p className="lede">
            You are now a Ridgeline member. Your support keeps our reporting free for everyone who needs it.
          </p>
          <h2>What you get now</h2>
          <ul className="benefits">
            {benefits.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
          <p>
            <Link className="button button--primary" href="/articles/middle-corridor-trade-route">
              Read a members-only story
            </Link>{' '}
            <Link className="button" href="/account">
              Your account
            </Link>
          </p>
        </>
      ) : (
        <>
          <h1 className="page-title">Thank you</h1>
          <ActivationPoller />
        </>
      )}
    </div>
  );
}
