import type { Metadata } from 'next';
import Link from 'next/link';
import { requireSignedIn } from '@/lib/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { listBenefits, listLatestArticles } from '@/lib/content/reads';
import { editionLocale } from '@/lib/i18n/edition';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { ActivationPoller } from './activation-poller';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await editionLocale(), 'membershipWelcome')('metaTitle'), robots: { index: false } };
}

/**
 * Stripe's success redirect lands here. It grants nothing: access comes from the webhook.
 * Until that arrives the page waits; then it is the welcome.
 */
export default async function WelcomePage() {
  const locale = await editionLocale();
  const t = translator(locale, 'membershipWelcome');
  const href = (path: string) => localePath(locale, path);
  const viewer = await requireSignedIn(href('/membership/welcome'));
  const member = entitlementOf(viewer).isMember;
  const [benefits, latest] = member
    ? await Promise.all([listBenefits({ locale }), listLatestArticles({ limit: 30, locale })])
    : [[], []];
  // Somewhere to start: the edition's newest members-only story.
  const firstStory = latest.find((story) => story.access === 'members');
  return (
    <div className="wrap auth-page">
      {member ? (
        <>
          <p className="kicker">{t('kicker')}</p>
          <h1 className="page-title">{t('title')}</h1>
          <p className="lede">{t('lede')}</p>
          <h2>{t('benefitsHeading')}</h2>
          <ul className="benefits">
            {benefits.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
          <p>
            {firstStory && (
              <>
                <Link className="button button--primary" href={href(`/articles/${firstStory.slug}`)}>
                  {t('membersStory')}
                </Link>{' '}
              </>
            )}
            <Link className="button" href={href('/account')}>
              {t('account')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <h1 className="page-title">{t('waitingTitle')}</h1>
          <ActivationPoller labels={{ activating: t('activating'), slow: t('slow') }} />
        </>
      )}
    </div>
  );
}
