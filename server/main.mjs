// @ts-check
/**
 * The production server: Next.js (the request handler `next start` uses) behind the one-second
 * microcache for anonymous readers (server/microcache.mjs). `npm start`, the browser tests and
 * the benchmarks all run this. It listens on PORT (default 3000) on every interface, as
 * `next start` does. MICROCACHE=off sends every request through Next.
 *
 * On SIGTERM it leaves without dropping a request (server/shutdown.mjs), so a rolling restart
 * behind a load balancer loses none.
 *
 * It compresses answers itself, Brotli or gzip (server/compression.mjs; Next's own compression,
 * gzip only, is off in next.config.ts), public pages in Brotli at quality 11 once their bytes
 * have been seen, and sends permanent redirects of GET requests as 301
 * (see permanentRedirectsAs301).
 *
 * Plain JavaScript run by Node itself: a TypeScript loader in the server process would cost
 * about 70 MB of memory and slow every module Next loads.
 */
import http from 'node:http';
import v8 from 'node:v8';
import { pathToFileURL } from 'node:url';
import { BrotliCache, compressResponse } from './compression.mjs';
import { Microcache, MICROCACHE_KEY } from './microcache.mjs';
import { millisecondsFrom, Shutdown } from './shutdown.mjs';

/**
 * Tells Next what only the socket knows: whether the request came over loopback (the
 * developer's own machine; /dev/mail needs it) and the address it came from (rate limits, with
 * TRUSTED_PROXIES). Only this server may say so: both headers are removed from every request
 * first, so a client cannot claim them. Must match lib/mail/captured-mail-access.ts and
 * lib/auth/request-ip.ts.
 */
export const PEER_HEADER = 'x-ridgeline-peer';
export const SOCKET_ADDRESS_HEADER = 'x-ridgeline-socket-address';
const LOOPBACK = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

/** @param {import('node:http').IncomingMessage} req */
export function markPeer(req) {
  delete req.headers[PEER_HEADER];
  delete req.headers[SOCKET_ADDRESS_HEADER];
  const address = req.socket.remoteAddress;
  if (!address) return;
  req.headers[SOCKET_ADDRESS_HEADER] = address.replace(/^::ffff:(?=\d+\.)/, '');
  if (LOOPBACK.test(address)) req.headers[PEER_HEADER] = 'loopback';
}

/** Must match SESSION_COOKIE_NAMES in lib/auth/session-cookie.ts (server/main.test.ts checks). */
export const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/** How long an idle keep-alive connection stays open: longer than the proxies and clients in front keep theirs. */
export const KEEP_ALIVE_MS = 65_000;

/**
 * Node closes an idle keep-alive connection after 5 s. A client (a load balancer, nginx, a
 * browser, Playwright) that sends its next request on that connection just as it closes gets a
 * reset instead of an answer. Proxies keep idle upstream connections for up to 60 s (an AWS
 * load balancer's default), so the server keeps them a little longer, and it must read headers
 * for at least as long.
 * @param {import('node:http').Server} server
 */
export function keepConnectionsAlive(server) {
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
}

async function main() {
  Object.assign(process.env, { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' });
  const port = Number(process.env.PORT ?? 3000);
  const delayMs = millisecondsFrom(process.env.SHUTDOWN_DELAY_MS, 0, 'SHUTDOWN_DELAY_MS');
  const timeoutMs = millisecondsFrom(process.env.SHUTDOWN_TIMEOUT_MS, 10_000, 'SHUTDOWN_TIMEOUT_MS');
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: process.cwd(), port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const microcache =
    process.env.MICROCACHE === 'off'
      ? undefined
      : new Microcache({ ttlMs: 1000, maxEntries: 2000, maxBytes: 64 * 1024 * 1024, sessionCookies: SESSION_COOKIES });
  /** @type {Record<symbol, unknown>} */ (globalThis)[MICROCACHE_KEY] = microcache;
  // About 11 KB a page at quality 11: room for every page readers ask for, in at most 32 MB.
  const brotliCache = new BrotliCache({ maxEntries: 2000, maxBytes: 32 * 1024 * 1024 });

  const server = http.createServer();
  // SIGTERM: health says 503, answers close their connections, and the server leaves once the
  // requests in flight are answered (server/shutdown.mjs).
  const shutdown = new Shutdown(server, { delayMs, timeoutMs });
  shutdown.listen();
  server.on('request', (req, res) => {
    if (shutdown.handle(req, res)) return;
    markPeer(req);
    if (microcache?.handle(req, res)) return;
    // After the microcache's hook, so that what it keeps is the compressed answer.
    compressResponse(req, res, brotliCache);
    if (req.method === 'GET' || req.method === 'HEAD') permanentRedirectsAs301(res);
    handle(req, res).catch((/** @type {unknown} */ error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error');
    });
  });
  keepConnectionsAlive(server);
  server.listen(port, () => console.log(`✓ Ready on http://localhost:${port}${microcache ? '' : ' (microcache off)'}`));
}

/**
 * Next answers permanentRedirect() (a renamed story's old address) with 308. For GET and HEAD a
 * 301 says the same thing (308 only adds "keep the method", which matters for requests with a
 * body) and is the code every browser, crawler and link checker has always known.
 * @param {import('node:http').ServerResponse} res
 */
function permanentRedirectsAs301(res) {
  const writeHead = res.writeHead;
  /** @type {(statusCode: number, ...rest: unknown[]) => unknown} */
  const patched = function (statusCode, ...rest) {
    if (statusCode !== 308)
      return /** @type {(...a: unknown[]) => unknown} */ (writeHead).call(res, statusCode, ...rest);
    // Next can set the same Location twice on a first render; a redirect names one place.
    const location = res.getHeader('location');
    if (Array.isArray(location) && new Set(location).size === 1) res.setHeader('location', location[0] ?? '');
    return /** @type {(...a: unknown[]) => unknown} */ (writeHead).call(
      res,
      301,
      ...(typeof rest[0] === 'string' ? ['Moved Permanently', ...rest.slice(1)] : rest),
    );
  };
  Object.assign(res, { writeHead: patched });
}

/**
 * With the embedded database, Postgres is a WebAssembly module in this process, and V8's
 * optimising tier keeps a second, larger copy of its compiled code: about 25 MB that is never
 * given back (bench/memory.ts: the tree 30 s after signed-in load went from 397–411 to 380–386 MB, the
 * peak from 437–452 to 422–425 MB, at the same request rate, since rendering, not the database, sets
 * the pace). The baseline compiler alone is enough. Set before anything compiles WebAssembly;
 * NODE_OPTIONS may not carry V8 flags. A Postgres server (DATABASE_URL) loads no WebAssembly.
 */
export function embeddedDatabaseFlags() {
  if (!process.env.DATABASE_URL) v8.setFlagsFromString('--liftoff-only');
}

// Started as a program (not imported by its test).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  embeddedDatabaseFlags();
  main().catch((/** @type {unknown} */ error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
