import Link from 'next/link';
import type { Membership } from '@/db/schema';
import type { Entitlement } from '@/domain/membership/entitlement';
import { PAUSE_MONTHS } from '@/domain/membership/giving';
import { canPause, isPausedWithoutEnd, pauseEndsAt } from '@/domain/membership/leaving';
import { formatMoney, tierByKey } from '@/domain/membership/tiers';
import { openPortalAction } from '@/features/checkout/actions';
import { keepMembershipAction, resumeMembershipAction } from '@/features/membership/actions';
import { formatDate } from '@/lib/format';
import { getNewsroom } from '@/lib/newsroom';
import { PauseForm } from './pause-form';
import './membership.css';

/**
 * A running membership on /account, in each of its states: renewing (with a pause and a way to
 * leave), paused until a date, set to end on a date, or waiting on a failed payment.
 */
export function MembershipCard({
  membership,
  entitlement,
  problem,
  now = new Date(),
}: {
  membership: Membership;
  entitlement: Entitlement;
  problem?: string;
  now?: Date;
}) {
  const pausedUntil = membership.pausedUntil && membership.pausedUntil > now ? membership.pausedUntil : null;
  const periodEnd = membership.currentPeriodEnd;
  return (
    <>
      <p className="membership-card__plan">
        <strong>{tierByKey(membership.tier)?.name ?? 'Your amount'}</strong>:{' '}
        {formatMoney(membership.amount, membership.currency)} a {membership.interval}
      </p>
      {problem === 'unreachable' && (
        <p className="form-message" role="alert">
          We could not reach our payment provider, so nothing has changed. Please try again in a minute.
        </p>
      )}
      {membership.status === 'past_due' ? (
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
      ) : membership.cancelAtPeriodEnd && periodEnd ? (
        <div className="membership-state membership-state--ending">
          <p className="membership-state__headline">Your membership ends on {formatDate(periodEnd)}.</p>
          <p>
            {pausedUntil
              ? `It is paused${isPausedWithoutEnd(pausedUntil) ? '' : ` until ${formatDate(pausedUntil)}`}, and nothing more will be charged.`
              : 'You can read everything until then, and nothing more will be charged.'}{' '}
            Changed your mind?
          </p>
          <form action={keepMembershipAction}>
            <button type="submit" className="button button--primary">
              Keep my membership
            </button>
          </form>
        </div>
      ) : pausedUntil ? (
        <div className="membership-state membership-state--paused">
          {isPausedWithoutEnd(pausedUntil) ? (
            <>
              <p className="membership-state__headline">Paused until you resume it.</p>
              <p>You are not being charged, and members-only stories are locked until you resume.</p>
            </>
          ) : (
            <>
              <p className="membership-state__headline">Paused until {formatDate(pausedUntil)}.</p>
              <p>
                You are not being charged, and members-only stories are locked until then. Billing starts again by
                itself on {formatDate(pausedUntil)}.
              </p>
            </>
          )}
          <form action={resumeMembershipAction}>
            <button type="submit" className="button button--primary">
              Resume now
            </button>
          </form>
        </div>
      ) : periodEnd ? (
        <p>Next renewal on {formatDate(periodEnd)}.</p>
      ) : null}

      {canPause(membership, now) && (
        <PauseForm
          choices={PAUSE_MONTHS.map((months) => ({
            months,
            until: formatDate(pauseEndsAt(now, months, getNewsroom().timeZone)),
          }))}
        />
      )}

      <div className="membership-card__manage">
        <form action={openPortalAction}>
          <button type="submit" className="button">
            Card and invoices
          </button>
        </form>
        {!membership.cancelAtPeriodEnd && (
          <Link className="membership-card__leave" href="/account/cancel">
            Cancel membership…
          </Link>
        )}
      </div>
      <p className="auth-page__small">
        Update your card, change your plan or see your invoices on Stripe’s secure page.
      </p>
      <p>
        <Link href="/account/saved">Your saved stories</Link>
      </p>
    </>
  );
}
