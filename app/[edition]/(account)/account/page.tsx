import type { Metadata } from 'next';
import Link from 'next/link';
import { getCurrentMembership, getLastEndedGrant } from '@/db/queries/memberships';
import { countSessionsOfUser } from '@/db/queries/users';
import { signOutAction, signOutEverywhereAction } from '@/lib/auth/actions';
import { requireSignedIn } from '@/lib/auth/viewer';
import { formatDate } from '@/lib/format';
import { entitlementOf } from '@/domain/membership/entitlement';
import { isRunning } from '@/domain/membership/statuses';
import { membershipHref } from '@/lib/membership/links';
import { listNewsletters, subscriptionsOf } from '@/db/queries/newsletters';
import { GiftsGiven } from '@/components/giving/gifts-given';
import { YourGifts } from '@/components/giving/your-gifts';
import { MembershipCard } from '@/components/account/membership-card';
import { firstValue } from '@/lib/search-params';
import { NameForm } from './forms';
import { NewsletterSwitches } from './newsletter-switches';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ problem?: string | string[] }>;
}) {
  const { problem } = await searchParams;
  const viewer = await requireSignedIn('/account');
  const [sessionCount, membership, grantEnded, newsletters, subscriptions] = await Promise.all([
    countSessionsOfUser({ userId: viewer.userId }),
    getCurrentMembership({ userId: viewer.userId }),
    getLastEndedGrant({ userId: viewer.userId, now: viewer.asOf }),
    listNewsletters(),
    subscriptionsOf({ userId: viewer.userId }),
  ]);
  const entitlement = entitlementOf(viewer);
  const live = membership && isRunning(membership.status) ? membership : null;
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

      <section className="account-card membership-card" aria-labelledby="membership-heading">
        <h2 id="membership-heading">Membership</h2>
        {live ? (
          <MembershipCard membership={live} entitlement={entitlement} problem={firstValue(problem)} now={viewer.asOf} />
        ) : entitlement.reason === 'complimentary' && viewer.kind === 'signed-in' && viewer.complimentaryUntil ? (
          <p>
            You are a member until {formatDate(viewer.complimentaryUntil)}, with nothing to pay: a gift or a
            complimentary membership. Thank you for being part of Ridgeline.
          </p>
        ) : (
          <>
            <p>
              {grantEnded && !(membership?.endedAt && membership.endedAt > grantEnded)
                ? `Your membership ended on ${formatDate(grantEnded)}. `
                : membership
                  ? 'Your membership has ended. '
                  : 'You are not a member yet. '}
              Members keep Ridgeline’s reporting free for everyone, from $5 a month.
            </p>
            <Link className="button button--primary" href={membershipHref('home')}>
              Become a member
            </Link>
          </>
        )}
      </section>

      <NewsletterSwitches
        newsletters={newsletters}
        subscribed={new Set([...subscriptions].flatMap(([id, status]) => (status === 'subscribed' ? [id] : [])))}
        isMember={entitlement.isMember}
      />

      <YourGifts userId={viewer.userId} />

      <GiftsGiven buyer={viewer} />

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
        <p>
          We keep as little as we can: your address, your name if you gave one, your sign-in sessions, the newsletters
          you chose and your membership records.
        </p>
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
