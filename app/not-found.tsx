import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/not-found-content';
import { SiteChrome } from '@/components/site-chrome';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** Any URL no route matches: the same page, with the site around it. */
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent />
    </SiteChrome>
  );
}
