import type { Metadata } from 'next';
import Link from 'next/link';
import { tierName } from '@/components/account/tier-name';
import { getCurrentMembership } from '@/db/queries/memberships';
import { requireSignedIn } from '@/lib/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { isRunning } from '@/domain/membership/statuses';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { DeleteAccountForm } from '../forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await editionLocale(), 'accountDelete')('metaTitle'), robots: { index: false } };
}

export default async function DeleteAccountPage() {
  const locale = await editionLocale();
  const t = translator(locale, 'accountDelete');
  const viewer = await requireSignedIn(localePath(locale, '/account/delete'));
  const membership = await getCurrentMembership({ userId: viewer.userId });
  const live = membership && isRunning(membership.status) ? membership : null;
  const complimentary = entitlementOf(viewer).reason === 'complimentary';
  return (
    <div className="wrap account-page">
      <p className="kicker">{translator(locale, 'accountPage')('kicker')}</p>
      <h1 className="page-title">{t('title')}</h1>
      <section className="account-card account-card--danger">
        <p>{t('intro')}</p>
        {live ? (
          <p>
            <strong>
              {t('membershipEnds', {
                name: tierName(locale, live.tier),
                amount: formatter(locale).money(live.amount, live.currency),
                interval: live.interval,
              })}
            </strong>{' '}
            {t('stripeFirst')}
          </p>
        ) : complimentary ? (
          <p>{t('complimentary')}</p>
        ) : null}
        <p>{t('records')}</p>
        <DeleteAccountForm
          locale={locale}
          labels={{ confirm: t('confirmLabel', { email: viewer.email }), submit: t('submit'), pending: t('pending') }}
        />
      </section>
      <p>
        <Link href={localePath(locale, '/account')}>{t('keep')}</Link>
      </p>
    </div>
  );
}
