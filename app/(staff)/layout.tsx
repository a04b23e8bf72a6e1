import '../globals.css';
import { Document } from '../document';
import { DEFAULT_LOCALE, LOCALES } from '@/domain/i18n/locales';
import { siteMetadata, siteViewport } from '@/lib/site-metadata';

/** The root of the newsroom's own pages (admin, previews, local mail), which stay in English. */
export const metadata = siteMetadata(DEFAULT_LOCALE);
export const viewport = siteViewport;

export default function StaffRootLayout({ children }: { children: React.ReactNode }) {
  return <Document lang={LOCALES[DEFAULT_LOCALE].tag}>{children}</Document>;
}
