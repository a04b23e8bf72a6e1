import { SiteChrome } from '@/components/site-chrome';
import { getViewer } from '@/lib/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';

/** Signed-in pages: rendered per request, never cached by a shared cache. */
export const dynamic = 'force-dynamic';

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteChrome viewer={await getViewer()} locale={await editionLocale()}>
      {children}
    </SiteChrome>
  );
}
