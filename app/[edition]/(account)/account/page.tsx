import type { Metadata } from 'next';
import Link from 'next/link';
import { getCurrentMembership, getLastEndedGrant } from '@/db/queries/memberships';
import { countSessionsOfUser } from '@/db/queries/users';
import { signOutAction, signOutEverywhereAction } from '@/lib/auth/actions';
import { requireSignedIn } from '@/lib/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { isRunning } from '@/domain/membership/statuses';
import { TIERS } from '@/domain/membership/tiers';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { membershipHref } from '@/lib/membership/links';
import { listNewsletters, subscriptionsOf } from '@/db/queries/newsletters';
import { GiftsGiven } from '@/components/giving/gifts-given';
import { YourGifts } from '@/components/giving/your-gifts';
import { MembershipCard } from '@/components/account/membership-card';
import { firstValue } from '@/lib/search-params';
import { NameForm } from './forms';
import { byEdition } from '@/lib/newsletters/language';
import { NewsletterSwitches } from './newsletter-switches';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await editionLocale(), 'accountPage')('metaTitle'), robots: { index: false } };
}

/** The least a membership costs a month: what "from $5 a month" names. */
const LEAST_MONTHLY = Math.min(...TIERS.map((tier) => tier.monthly));

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<{ problem?: string | string[] }>;
}) {
  const locale = await editionLocale();
  const t = translator(locale, 'accountPage');
  const format = formatter(locale);
  const { problem } = await searchParams;
  const viewer = await requireSignedIn(localePath(locale, '/account'));
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
      <p className="kicker">{t('kicker')}</p>
      <h1 className="page-title">{t('title')}</h1>

      <section className="account-card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('profileHeading')}</h2>
        <p>{t.rich('signedInAs', { email: viewer.email, strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <NameForm
          name={viewer.name}
          locale={locale}
          labels={{
            name: t('nameLabel'),
            hint: t('nameHint'),
            submit: t('saveName'),
            pending: t('saving'),
            saved: t('saved'),
          }}
        />
      </section>

      <section className="account-card membership-card" aria-labelledby="membership-heading">
        <h2 id="membership-heading">{t('membershipHeading')}</h2>
        {live ? (
          <MembershipCard
            membership={live}
            entitlement={entitlement}
            problem={firstValue(problem)}
            now={viewer.asOf}
            locale={locale}
          />
        ) : entitlement.reason === 'complimentary' && viewer.kind === 'signed-in' && viewer.complimentaryUntil ? (
          <p>{t('complimentary', { date: format.date(viewer.complimentaryUntil) })}</p>
        ) : (
          <>
            <p>
              {grantEnded && !(membership?.endedAt && membership.endedAt > grantEnded)
                ? t('endedOn', { date: format.date(grantEnded) })
                : membership
                  ? t('ended')
                  : t('notYet')}{' '}
              {t('pitch', { amount: format.money(LEAST_MONTHLY) })}
            </p>
            <Link className="button button--primary" href={localePath(locale, membershipHref('home'))}>
              {t('become')}
            </Link>
          </>
        )}
      </section>

      <NewsletterSwitches
        newsletters={Object.values(byEdition(newsletters, locale)).flat()}
        subscribed={new Set([...subscriptions].flatMap(([id, status]) => (status === 'subscribed' ? [id] : [])))}
        isMember={entitlement.isMember}
        locale={locale}
      />

      <YourGifts userId={viewer.userId} locale={locale} />

      <GiftsGiven buyer={viewer} locale={locale} />

      <section className="account-card" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('sessionsHeading')}</h2>
        <p>{t('sessions', { count: sessionCount })}</p>
        <div className="inline-actions">
          <form action={signOutAction}>
            <button type="submit" className="button">
              {t('signOut')}
            </button>
          </form>
          <form action={signOutEverywhereAction}>
            <button type="submit" className="button">
              {t('signOutEverywhere')}
            </button>
          </form>
        </div>
      </section>

      <section className="account-card" aria-labelledby="data-heading">
        <h2 id="data-heading">{t('dataHeading')}</h2>
        <p>{t('data')}</p>
        <div className="inline-actions">
          <a className="button" href={localePath(locale, '/account/export')} download>
            {t('download')}
          </a>
          <Link className="button" href={localePath(locale, '/account/delete')}>
            {t('delete')}
          </Link>
        </div>
      </section>
    </div>
  );
}
