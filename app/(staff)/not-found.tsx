import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** A staff page's notFound() (an article id that does not exist). */
export default function StaffNotFound() {
  return (
    <main id="main" className="wrap page-narrow error-page">
      <p className="kicker">Error 404</p>
      <h1 className="page-title">We couldn’t find that page</h1>
      <p className="lede">
        <a href="/admin">Go to the newsroom</a> or <a href="/">the front page</a>.
      </p>
    </main>
  );
}
