import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE_NAMES, SESSION_MAX_AGE_SECONDS } from '@/lib/auth/session-cookie';
import { editionOf } from '@/lib/i18n/paths';

/**
 * Runs only for requests that carry a session cookie, and for the newsroom's own pages (see the
 * matcher): anonymous readers, who are nearly all the traffic, never reach this code and get
 * the prerendered pages.
 *
 * For a signed-in reader it picks the per-request variant of a reader page (/signed-in/…),
 * which checks the session for real; the cookie's presence never grants anything. On page
 * views it also pushes the cookie's expiry out, so that 30 days of inactivity end a session.
 */
// Newsletters: the list, each archive and each issue; not the steps of signing up, confirming or
// unsubscribing, which are the same for everyone.
const PERSONAL_PAGES =
  /^\/(?:$|about$|search$|membership$|(?:articles|sections|regions|tags|authors)\/[^/]+(?:\/page\/\d+)?$|newsletters(?:\/(?!(?:subscribe|sign-up|check-email|confirm|subscribed|unsubscribe)(?:\/|$))[^/]+(?:\/[^/]+)?)?$)/;

/** The newsroom's pages: a visitor with no session is sent to sign in and brought back here. */
const STAFF_PAGES = /^\/(?:admin|preview)(?:\/|$)/;

/** The reader's own pages, rendered per request and never cached (`private, no-store`). */
const ACCOUNT_PAGES = /^\/(?:account|membership|give|gift)(?:\/|$)/;

/**
 * Only personal and staff pages push the session cookie's expiry out. Anything else that passes
 * here (a feed, the sitemap, an image) may be kept by a shared cache, and a Set-Cookie on it
 * would hand this reader's session to everyone the cache serves. An allowlist, so a new public
 * route is safe by default.
 */
export function refreshesSession(pathname: string): boolean {
  const { path } = editionOf(pathname);
  return PERSONAL_PAGES.test(path) || STAFF_PAGES.test(pathname) || ACCOUNT_PAGES.test(path);
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
  // Only a redirect for people in a browser; the pages themselves check who is asking.
  if (
    !hasSession &&
    STAFF_PAGES.test(pathname) &&
    request.method === 'GET' &&
    request.headers.get('accept')?.includes('text/html')
  ) {
    const signIn = new URL('/signin', request.url);
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  // Every edition's reader pages are in app/[edition]/: the per-request variants in its signed-in/.
  const { edition, path } = editionOf(pathname);
  const response = PERSONAL_PAGES.test(path)
    ? NextResponse.rewrite(new URL(`/${edition}/signed-in${path === '/' ? '' : path}${search}`, request.url))
    : NextResponse.next();
  if (request.method === 'GET' && refreshesSession(pathname)) {
    for (const name of SESSION_COOKIE_NAMES) {
      const value = request.cookies.get(name)?.value;
      if (value) {
        response.cookies.set(name, value, {
          httpOnly: true,
          sameSite: 'lax',
          path: '/',
          secure: name.startsWith('__Secure-'),
          maxAge: SESSION_MAX_AGE_SECONDS,
        });
      }
    }
  }
  return response;
}

// Must be literal for Next to read it at build time; the keys are SESSION_COOKIE_NAMES. Uploads stay
// out because the proxy would buffer (and cut) bodies past 10 MB; media, feeds, the sitemap,
// robots and share images because they are public and the same for everyone.
export const config = {
  matcher: [
    {
      source:
        '/((?!_next/|api/|images/|media/|admin/uploads|signed-in/|favicon|icon|apple-icon|robots\\.txt|sitemap\\.xml|rss\\.xml|.*/rss\\.xml|.*/opengraph-image|.*/twitter-image).*)',
      has: [{ type: 'cookie', key: '__Secure-authjs.session-token' }],
    },
    {
      source:
        '/((?!_next/|api/|images/|media/|admin/uploads|signed-in/|favicon|icon|apple-icon|robots\\.txt|sitemap\\.xml|rss\\.xml|.*/rss\\.xml|.*/opengraph-image|.*/twitter-image).*)',
      has: [{ type: 'cookie', key: 'authjs.session-token' }],
    },
    '/admin',
    '/admin/((?!uploads).*)',
    '/preview/:path*',
  ],
};
