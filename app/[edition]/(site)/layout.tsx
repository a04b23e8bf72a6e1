import { SiteChrome } from '@/components/site-chrome';
import { editionLocale } from '@/lib/i18n/edition';

/**
 * Reader pages are static and regenerated when their cache tags are revalidated. The short
 * revalidate below only sets what a CDN may do: s-maxage=60 with stale-while-revalidate.
 */
export const revalidate = 60;

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome locale={await editionLocale()}>{children}</SiteChrome>;
}
