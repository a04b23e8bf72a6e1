import type { Metadata } from 'next';
import { SiteChrome } from '@/components/site-chrome';
import { getViewer } from '@/lib/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';

/**
 * The per-request variant of the reader pages, chosen by proxy.ts when a session cookie is
 * present. The session is checked here for real; with none, the page is the anonymous one.
 */
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteChrome viewer={await getViewer()} locale={await editionLocale()}>
      {children}
    </SiteChrome>
  );
}
