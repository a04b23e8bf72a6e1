import { anonymousViewer, type Viewer } from '@/lib/auth/viewer-types';
import { CampaignBanner } from './campaign-banner';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Header, campaign banner, main landmark and footer around every reader-facing page. */
export function SiteChrome({ children, viewer = anonymousViewer }: { children: React.ReactNode; viewer?: Viewer }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <CampaignBanner />
      <SiteHeader viewer={viewer} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
