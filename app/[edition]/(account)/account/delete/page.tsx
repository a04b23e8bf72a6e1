import type { Metadata } from 'next';
import Link from 'next/link';
import { getCurrentMembership } from '@/db/queries/memberships';
import { requireSignedIn } from '@/lib/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { isRunning } from '@/domain/membership/statuses';
import { formatMoney, tierByKey } from '@/domain/membership/tiers';
import { DeleteAccountForm } from '../forms';

export const metadata: Metadata = { title: 'Delete your account', robots: { index: false } };

export default async function DeleteAccountPage() {
  const viewer = await requireSignedIn('/account/delete');
  const membership = await getCurrentMembership({ userId: viewer.userId });
  const live = membership && isRunning(membership.status) ? membership : null;
  const complimentary = entitlementOf(viewer).reason === 'complimentary';
  return (
    <div className="wrap account-page">
      <p className="kicker">Account</p>
      <h1 className="page-title">Delete your account</h1>
      <section className="account-card account-card--danger">
        <p>This deletes your account, your name and address, and signs you out everywhere. It cannot be undone.</p>
        {live ? (
          <p>
            <strong>
              Your membership ({tierByKey(live.tier)?.name ?? 'your amount'}, {formatMoney(live.amount, live.currency)}{' '}
              a {live.interval}) ends the moment you delete your account.
            </strong>{' '}
            We cancel it with Stripe first, so you will not be charged again; the current period is not refunded. If we
            cannot reach Stripe, your account is not deleted and nothing changes.
          </p>
        ) : complimentary ? (
          <p>Your complimentary membership ends with your account.</p>
        ) : null}
        <p>Payment records that the law requires us to keep for accounting are kept without your name or address.</p>
        <DeleteAccountForm email={viewer.email} />
      </section>
      <p>
        <Link href="/account">Keep my account</Link>
      </p>
    </div>
  );
}
