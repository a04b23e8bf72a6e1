import type { Metadata } from 'next';
import Link from 'next/link';
import { getCurrentMembership } from '@/db/queries/memberships';
import { countSessionsOfUser } from '@/db/queries/users';
import { signOutAction, signOutEverywhereAction } from '@/lib/auth/actions';
import { requireSignedIn } from '@/lib/auth/viewer';
import { formatDate } from '@/lib/format';
import { entitlementOf } from '@/domain/membership/entitlement';
import { isRunning } from '@/domain/membership/statuses';
import { membershipHref } from '@/lib/membership/links';
import { formatMoney, tierByKey } from '@/domain/membership/tiers';
import { openPortalAction } from '@/features/checkout/actions';
import { listNewsletters, subscriptionsOf } from '@/db/queries/newsletters';
import { YourGifts } from '@/components/giving/your-gifts';
import { NameForm } from './forms';
import { NewsletterSwitches } from './newsletter-switches';

export const metadata: Metadata = { title: 'Your account', robots: { index: false } };

export default async function AccountPage() {
  const viewer = await requireSignedIn('/account');
  const [sessionCount, membership, newsletters, subscriptions] = await Promise.all([
    countSessionsOfUser({ userId: viewer.userId }),
    getCurrentMembership({ userId: viewer.userId }),
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
          <>
            <p className="membership-card__plan">
              <strong>{tierByKey(live.tier)?.name ?? 'Your amount'}</strong>: {formatMoney(live.amount, live.currency)}{' '}
              a {live.interval}
            </p>
            {live.status === 'past_due' ? (
              <p className="notice">
                Your last payment failed. Please update your card to keep your membership
                {entitlement.reason === 'grace'
                  ? `; your benefits continue until ${formatDate(entitlement.graceEndsAt)}`
                  : ''}
                .{' '}
                <Link href="/account/billing/card" prefetch={false}>
                  Update your card
                </Link>
              </p>
            ) : live.cancelAtPeriodEnd && live.currentPeriodEnd ? (
              <p>Your membership ends on {formatDate(live.currentPeriodEnd)}. Changed your mind? Resume it below.</p>
            ) : live.currentPeriodEnd ? (
              <p>Next renewal on {formatDate(live.currentPeriodEnd)}.</p>
            ) : null}
            <form action={openPortalAction}>
              <button type="submit" className="button button--primary">
                {live.cancelAtPeriodEnd ? 'Resume or manage membership' : 'Manage membership'}
              </button>
            </form>
            <p className="auth-page__small">
              Change plan, update your card, see invoices or cancel, on Stripe’s secure page.
            </p>
            <p>
              <Link href="/account/saved">Your saved stories</Link>
            </p>
          </>
        ) : entitlement.reason === 'complimentary' && viewer.kind === 'signed-in' && viewer.complimentaryUntil ? (
          <p>
            You have a complimentary membership until {formatDate(viewer.complimentaryUntil)}. Thank you for being part
            of Ridgeline.
          </p>
        ) : (
          <>
            <p>
              {membership ? 'Your membership has ended. ' : 'You are not a member yet. '}Members keep Ridgeline’s
              reporting free for everyone, from $5 a month.
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
