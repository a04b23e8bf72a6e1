import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CancelFlow } from '@/components/account/cancel-flow';
import { getCurrentMembership } from '@/db/queries/memberships';
import { PAUSE_MONTHS } from '@/domain/membership/giving';
import { offersByReason, pauseEndsAt } from '@/domain/membership/leaving';
import { isRunning } from '@/domain/membership/statuses';
import { requireSignedIn } from '@/lib/auth/viewer';
import { formatDate } from '@/lib/format';
import { getNewsroom } from '@/lib/newsroom';

export const metadata: Metadata = { title: 'Cancel your membership', robots: { index: false } };

/** The second of the two clicks that end a membership: why, what fits the answer, and Cancel. */
export default async function CancelMembershipPage() {
  const viewer = await requireSignedIn('/account/cancel');
  const membership = await getCurrentMembership({ userId: viewer.userId });
  if (!membership || !isRunning(membership.status) || membership.cancelAtPeriodEnd) redirect('/account');
  const now = new Date();
  return (
    <div className="wrap account-page">
      <p className="kicker">Account</p>
      <h1 className="page-title">Cancel your membership</h1>
      <p className="lede">
        You can leave in one more click. If you tell us why first, we may have something that fits better, and either
        way the answer helps us.
      </p>
      <CancelFlow
        endsOn={membership.currentPeriodEnd ? formatDate(membership.currentPeriodEnd) : 'the end of this period'}
        offers={offersByReason(membership, now)}
        pauseUntil={Object.fromEntries(
          PAUSE_MONTHS.map((months) => [months, formatDate(pauseEndsAt(now, months, getNewsroom().timeZone))]),
        )}
        currency={membership.currency}
      />
    </div>
  );
}
