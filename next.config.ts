import path from 'node:path';
import type { NextConfig } from 'next';
import { DEFAULT_LOCALE, LOCALE_CODES } from './domain/i18n/locales';
import { LINK_SLUG_SOURCE } from './domain/slug';
import { localePath } from './lib/i18n/paths';
import { env } from './lib/env';
import { APPEAL_PLACEMENTS } from './lib/membership/links';

/**
 * The security headers of every answer. The policy here lets Next's runtime run (its inline
 * bootstrap scripts need 'unsafe-inline': nonces would make every static page render per
 * request) on the pages that keep it (sign-in, account, join, admin, preview, the 404 shell);
 * the cache handler adds a second policy, `script-src 'none'`, to every reader page it serves
 * without the runtime, and a browser enforces both, so those pages may run no script at all
 * (JSON-LD is data, not script). Both fail closed: whatever a policy does not name is refused.
 * Decided at build time (routes-manifest), like SITE_URL's other uses.
 */
function securityHeaders() {
  const https = env.SITE_URL.startsWith('https://');
  // Uploaded images may redirect to a public bucket (S3_PUBLIC_URL).
  const images = ["'self'", 'data:', 'blob:', ...(env.s3?.publicUrl ? [new URL(env.s3.publicUrl).origin] : [])];
  // Joining and managing a membership post a form that the server answers with a redirect to
  // Stripe's hosted pages, which form-action governs too (without JavaScript, as in Tor Browser).
  // The stand-in's API is reached at 127.0.0.1, and its hosted pages are addressed at localhost.
  const standin = new URL(env.STRIPE_STANDIN_URL);
  const stripe = env.useStripeStandin
    ? [standin.origin, `${standin.protocol}//localhost${standin.port ? `:${standin.port}` : ''}`]
    : ['https://checkout.stripe.com', 'https://billing.stripe.com'];
  const policy = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'unsafe-inline'${env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
    // Style attributes: the campaign goal's bar, and those React and the editor set.
    "style-src 'self' 'unsafe-inline'",
    `img-src ${images.join(' ')}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self' ${stripe.join(' ')}`,
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: policy },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Another site learns at most our origin, never which story a reader came from.
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // Two years; no includeSubDomains or preload, which would bind hosts this app does not run.
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000' }] : []),
  ];
}

// Literal, for Next to read at build time; the names are SESSION_COOKIE_NAMES (lib/auth/session-cookie.ts).
const SESSION_COOKIES_MISSING = [
  { type: 'cookie' as const, key: 'authjs.session-token' },
  { type: 'cookie' as const, key: '__Secure-authjs.session-token' },
];
// The placements an appeal links from, and the story, as the pages that read them accept them.
const PLACEMENT_QUERY = {
  type: 'query' as const,
  key: 'placement',
  value: `(?<placement>${APPEAL_PLACEMENTS.join('|')})`,
};
const FROM_QUERY = { type: 'query' as const, key: 'from', value: `(?<from>${LINK_SLUG_SOURCE})` };
// First path segments that are not the default edition's: every edition's code (its own tree),
// and the routes outside the editions (app/(staff)/, app/api, app/media, Next's own files).
const OUTSIDE_EDITIONS = [...LOCALE_CODES, 'admin', 'preview', 'dev', 'api', 'media', '_next'];

const nextConfig: NextConfig = {
  // PGlite ships its own WASM and data files; bundling it breaks them.
  serverExternalPackages: ['@electric-sql/pglite'],
  // Tests build into their own folder so they never clobber the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // The production server compresses, with Brotli as well as gzip (server/compression.mjs).
  compress: false,
  headers: async () => [{ source: '/:path*', headers: securityHeaders() }],
  // An appeal's link to the offer (/membership?placement=…&from=…) is, for anonymous readers,
  // the prerendered variant for that placement and story: the offer is static like an article.
  // Readers with a session go through proxy.ts to the per-request page instead.
  rewrites: async () => ({
    beforeFiles: LOCALE_CODES.flatMap((locale) => [
      {
        source: localePath(locale, '/membership'),
        has: [PLACEMENT_QUERY, FROM_QUERY],
        missing: SESSION_COOKIES_MISSING,
        destination: `/${locale}/membership/via/:placement/:from`,
      },
      {
        source: localePath(locale, '/membership'),
        has: [PLACEMENT_QUERY],
        missing: SESSION_COOKIES_MISSING,
        destination: `/${locale}/membership/via/:placement`,
      },
    ]),
    // Every reader route lives under app/[edition]/; the default edition's are at the site's root.
    // After the files, so that the newsroom's own routes, the API, media, feeds and public files
    // are found first (and their folders are left out, for their dynamic routes).
    afterFiles: [
      { source: '/', destination: `/${DEFAULT_LOCALE}` },
      { source: `/:path((?!(?:${OUTSIDE_EDITIONS.join('|')})(?:/|$)).+)`, destination: `/${DEFAULT_LOCALE}/:path` },
    ],
    fallback: [],
  }),
  // The default edition has no prefix of its own: /en/… is the same page at its one address.
  redirects: async () => [
    { source: `/${DEFAULT_LOCALE}`, destination: '/', permanent: true },
    { source: `/${DEFAULT_LOCALE}/:path*`, destination: '/:path*', permanent: true },
  ],
  // Next's file-system ISR cache, serving reader pages without the client runtime they do not
  // use (lib/cache/cache-handler.mjs says why and which pages).
  cacheHandler: path.resolve(import.meta.dirname, 'lib/cache/cache-handler.mjs'),
  // The stylesheet (about 6 KB compressed) goes inline: no render-blocking request, and the
  // @font-face rules are seen with the HTML, so the fonts start at once.
  // globalNotFound: the 404 for URLs no route takes, now that there are several root layouts.
  experimental: { authInterrupts: true, inlineCss: true, globalNotFound: true },
  generateEtags: false,
  // Anonymous pages: a shared cache may keep them briefly and serve them stale while the app
  // regenerates (s-maxage comes from each route's `revalidate`).
  expireTime: 86400,
  images: {
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [390, 640, 828, 1080, 1280, 1600],
    imageSizes: [96, 160, 320],
  },
};

export default nextConfig;
