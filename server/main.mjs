// @ts-check
/**
 * The production server: Next.js (the request handler `next start` uses) behind the one-second
 * microcache for anonymous readers (server/microcache.mjs). `npm start`, the browser tests and
 * the benchmarks all run this. It listens on PORT (default 3000) on every interface, as
 * `next start` does. MICROCACHE=off sends every request through Next.
 *
 * Plain JavaScript run by Node itself: a TypeScript loader in the server process would cost
 * about 70 MB of memory and slow every module Next loads.
 */
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { Microcache, MICROCACHE_KEY } from './microcache.mjs';

/** Must match SESSION_COOKIE_NAMES in lib/auth/session-cookie.ts (server/main.test.ts checks). */
export const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

async function main() {
  Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
  const port = Number(process.env.PORT ?? 3000);
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const microcache = process.env.MICROCACHE === 'off' ? undefined : new Microcache({ ttlMs: 1000, maxEntries: 2000, maxBytes: 64 * 1024 * 1024, sessionCookies: SESSION_COOKIES });
  /** @type {Record<symbol, unknown>} */ (globalThis)[MICROCACHE_KEY] = microcache;

  const server = http.createServer((req, res) => {
    if (microcache?.handle(req, res)) return;
    handle(req, res).catch((/** @type {unknown} */ error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error');
    });
  });
  server.listen(port, () => console.log(`✓ Ready on http://localhost:${port}${microcache ? '' : ' (microcache off)'}`));

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

// Started as a program (not imported by its test).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((/** @type {unknown} */ error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
