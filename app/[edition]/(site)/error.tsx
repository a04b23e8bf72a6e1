'use client';

export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="wrap page-narrow error-page">
      <p className="kicker">Something went wrong</p>
      <h1 className="page-title">This page didn’t load</h1>
      <p className="lede">
        It’s our fault, not yours. Please try again in a moment; if it keeps happening, write to us and we will look
        into it.
      </p>
      <p>
        <button type="button" className="button button--primary" onClick={reset}>
          Try again
        </button>{' '}
        <a href="/" className="button">
          Go to the front page
        </a>
      </p>
    </div>
  );
}
