import { SiteChrome } from '@/components/site-chrome';

/**
 * Reader pages are static and regenerated when their cache tags are revalidated. The short
 * revalidate below only sets what a CDN may do: s-maxage=60 with stale-while-revalidate.
 */
export const revalidate = 60;

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
