import Link from 'next/link';
import type { Membership } from '@/db/schema';
import type { Locale } from '@/domain/i18n/locales';
import type { Entitlement } from '@/domain/membership/entitlement';
import { PAUSE_MONTHS } from '@/domain/membership/giving';
import { canPause, isPausedWithoutEnd, pauseEndsAt } from '@/domain/membership/leaving';
import { keepMembershipAction, resumeMembershipAction } from '@/features/account/membership-actions';
import { openPortalAction } from '@/features/checkout/actions';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { getNewsroom } from '@/lib/newsroom';
import { PauseForm } from './pause-form';
import { tierName } from './tier-name';
import './membership.css';

/** The hidden field that tells a membership form's action which edition it was sent from. */
const Edition = ({ locale }: { locale: Locale }) => <input type="hidden" name="locale" value={locale} />;

/**
 * A running membership on /account, in each of its states: renewing (with a pause and a way to
 * leave), paused until a date, set to end on a date, or waiting on a failed payment.
 */
export function MembershipCard({
  membership,
  entitlement,
  problem,
  now = new Date(),
  locale,
}: {
  membership: Membership;
  entitlement: Entitlement;
  problem?: string;
  now?: Date;
  locale: Locale;
}) {
  const t = translator(locale, 'membershipCard');
  const tPause = translator(locale, 'pauseForm');
  const format = formatter(locale);
  const pausedUntil = membership.pausedUntil && membership.pausedUntil > now ? membership.pausedUntil : null;
  const periodEnd = membership.currentPeriodEnd;
  return (
    <>
      <p className="membership-card__plan">
        {t.rich('plan', {
          name: tierName(locale, membership.tier),
          amount: format.money(membership.amount, membership.currency),
          interval: membership.interval,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {problem === 'unreachable' && (
        <p className="form-message" role="alert">
          {t('unreachable')}
        </p>
      )}
      {membership.status === 'past_due' ? (
        <p className="notice">
          {entitlement.reason === 'grace'
            ? t('pastDueGrace', { date: format.date(entitlement.graceEndsAt) })
            : t('pastDue')}{' '}
          <Link href={localePath(locale, '/account/billing/card')} prefetch={false}>
            {t('updateCard')}
          </Link>
        </p>
      ) : membership.cancelAtPeriodEnd && periodEnd ? (
        <div className="membership-state membership-state--ending">
          <p className="membership-state__headline">{t('endsOn', { date: format.date(periodEnd) })}</p>
          <p>
            {pausedUntil
              ? isPausedWithoutEnd(pausedUntil)
                ? t('endingPaused')
                : t('endingPausedUntil', { date: format.date(pausedUntil) })
              : t('endingReadOn')}{' '}
            {t('changedMind')}
          </p>
          <form action={keepMembershipAction}>
            <Edition locale={locale} />
            <button type="submit" className="button button--primary">
              {t('keep')}
            </button>
          </form>
        </div>
      ) : pausedUntil ? (
        <div className="membership-state membership-state--paused">
          {isPausedWithoutEnd(pausedUntil) ? (
            <>
              <p className="membership-state__headline">{t('pausedWithoutEnd')}</p>
              <p>{t('pausedWithoutEndText')}</p>
            </>
          ) : (
            <>
              <p className="membership-state__headline">{t('pausedUntil', { date: format.date(pausedUntil) })}</p>
              <p>{t('pausedUntilText', { date: format.date(pausedUntil) })}</p>
            </>
          )}
          <form action={resumeMembershipAction}>
            <Edition locale={locale} />
            <button type="submit" className="button button--primary">
              {t('resume')}
            </button>
          </form>
        </div>
      ) : periodEnd ? (
        <p>{t('renews', { date: format.date(periodEnd) })}</p>
      ) : null}

      {canPause(membership, now) && (
        <PauseForm
          locale={locale}
          labels={{
            legend: tPause('legend'),
            hint: tPause('hint'),
            submit: tPause('submit'),
            pending: tPause('pending'),
          }}
          choices={PAUSE_MONTHS.map((months) => ({
            months,
            label: tPause('months', { months }),
            until: tPause('until', { date: format.date(pauseEndsAt(now, months, getNewsroom().timeZone)) }),
          }))}
        />
      )}

      <div className="membership-card__manage">
        <form action={openPortalAction}>
          <Edition locale={locale} />
          <button type="submit" className="button">
            {t('portal')}
          </button>
        </form>
        {!membership.cancelAtPeriodEnd && (
          <Link className="membership-card__leave" href={localePath(locale, '/account/cancel')}>
            {t('cancel')}
          </Link>
        )}
      </div>
      <p className="auth-page__small">{t('portalNote')}</p>
      <p>
        <Link href={localePath(locale, '/account/saved')}>{t('saved')}</Link>
      </p>
    </>
  );
}
