import type { Metadata } from 'next';
import Link from 'next/link';
import { countSessionsOfUser } from '@/db/queries/users';
import { signOutAction, signOutEverywhereAction } from '@/lib/auth/actions';
import { requireSignedIn } from '@/lib/auth/viewer';
import { membershipHref } from '@/lib/membership/links';
import { NameForm } from './forms';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export default async function AccountPage() {
  const viewer = await requireSignedIn('/account');
  const sessionCount = await countSessionsOfUser({ userId: viewer.userId });
  return (
    <div className="wrap account-page">
      <p className="kicker">Account</p>
      <h1 className="page-title">Your account</h1>

      <section className="account-card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <p>
          Signed in as <strong>{viewer.email}</strong>
        </p>
        <NameForm name={viewer.name} />
      </section>

      <section className="account-card" aria-labelledby="membership-heading">
        <h2 id="membership-heading">Membership</h2>
        <p>You are not a member yet. Members keep Ridgeline’s reporting free for everyone, from $5 a month.</p>
        <Link className="button button--primary" href={membershipHref('home')}>
          Become a member
        </Link>
      </section>

      <section className="account-card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Signing out</h2>
        <p>
          You are signed in on {sessionCount} {sessionCount === 1 ? 'device or browser' : 'devices or browsers'}.
        </p>
        <div className="inline-actions">
          <form action={signOutAction}>
            <button type="submit" className="button">
              Sign out
            </button>
          </form>
          <form action={signOutEverywhereAction}>
            <button type="submit" className="button">
              Sign out everywhere
            </button>
          </form>
        </div>
      </section>

      <section className="account-card" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>We keep as little as we can: your address, your name if you gave one, and your sign-in sessions.</p>
        <div className="inline-actions">
          <a className="button" href="/account/export" download>
            Download my data
          </a>
          <Link className="button" href="/account/delete">
            Delete my account…
          </Link>
        </div>
      </section>
    </div>
  );
}
