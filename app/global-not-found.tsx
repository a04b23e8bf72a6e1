import './globals.css';
import type { Metadata } from 'next';
import { Document } from './document';
import { DEFAULT_LOCALE, LOCALES } from '@/domain/i18n/locales';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/**
 * Only for URLs that no route takes (under /admin, /api, /media). Reader URLs get their edition's
 * 404 (app/[edition]/(site)/[...missing]/), with the header, a search box and the latest stories.
 */
export default function GlobalNotFound() {
  return (
    <Document lang={LOCALES[DEFAULT_LOCALE].tag}>
      <main id="main" className="wrap page-narrow error-page">
        <p className="kicker">Error 404</p>
        <h1 className="page-title">We couldn’t find that page</h1>
        <p className="lede">
          <a href="/">Go to the front page</a> or <a href="/search">search our stories</a>.
        </p>
      </main>
    </Document>
  );
}
