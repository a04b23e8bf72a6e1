import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/**
 * Only for URLs outside the reader's site. Reader URLs get app/(site)/not-found.tsx, with the
 * header, a search box and the latest stories.
 */
export default function NotFound() {
  return (
    <main id="main" className="wrap page-narrow error-page">
      <p className="kicker">Error 404</p>
      <h1 className="page-title">We couldn’t find that page</h1>
      <p className="lede">
        <a href="/">Go to the front page</a> or <a href="/search">search our stories</a>.
      </p>
    </main>
  );
}
