import { anonymousViewer, type Viewer } from '@/domain/auth/viewer';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { entitlementOf } from '@/domain/membership/entitlement';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { SiteCampaignBanner } from './site-campaign-banner';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Header, campaign banner, main landmark and footer around every reader-facing page. */
export function SiteChrome({
  children,
  viewer = anonymousViewer,
  locale = DEFAULT_LOCALE,
}: {
  children: React.ReactNode;
  viewer?: Viewer;
  locale?: Locale;
}) {
  const entitlement = entitlementOf(viewer);
  const t = translator(locale, 'siteChrome');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      {entitlement.reason === 'grace' ? (
        <aside className="campaign-banner campaign-banner--alert" aria-label={t('paymentProblemLabel')}>
          <div className="wrap campaign-banner__inner">
            <p>{t('paymentFailed')}</p>
            <a href={localePath(locale, '/account/billing/card')} className="campaign-banner__link">
              {t('updateCard')} <span aria-hidden="true">→</span>
            </a>
          </div>
        </aside>
      ) : (
        !entitlement.isMember && <SiteCampaignBanner locale={locale} />
      )}
      <SiteHeader viewer={viewer} isMember={entitlement.isMember} locale={locale} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter viewer={viewer} locale={locale} />
    </>
  );
}
