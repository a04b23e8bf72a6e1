/**
 * What `unauthorized()` shows. Small on purpose: Next.js carries it in the payload of every page
 * (its built-in default, with inline styles, cost 2 KB a page).
 */
export default function Unauthorized() {
  return (
    <main id="main" className="wrap page-narrow error-page">
      <p className="kicker">Error 401</p>
      <h1 className="page-title">Please sign in</h1>
      <p className="lede">
        <a href="/signin">Sign in</a> to see this page.
      </p>
    </main>
  );
}
