import { anonymousViewer, type Viewer } from '@/domain/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { SiteCampaignBanner } from './site-campaign-banner';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Header, campaign banner, main landmark and footer around every reader-facing page. */
export function SiteChrome({ children, viewer = anonymousViewer }: { children: React.ReactNode; viewer?: Viewer }) {
  const entitlement = entitlementOf(viewer);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {entitlement.reason === 'grace' ? (
        <aside className="campaign-banner campaign-banner--alert" aria-label="Payment problem">
          <div className="wrap campaign-banner__inner">
            <p>Your last payment failed — update your card to keep your membership.</p>
            <a href="/account/billing/card" className="campaign-banner__link">
              Update your card <span aria-hidden="true">→</span>
            </a>
          </div>
        </aside>
      ) : (
        !entitlement.isMember && <SiteCampaignBanner />
      )}
      <SiteHeader viewer={viewer} isMember={entitlement.isMember} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter viewer={viewer} />
    </>
  );
}
