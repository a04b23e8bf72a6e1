import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApi } from './api';
import { billingRoutes } from './api-billing';
import { portalConfigurationRoutes } from './api-portal-configurations';
import { catalogRoutes } from './api-catalog';
import { Billing } from './billing';
import { checkoutPages } from './checkout-page';
import { handleControl } from './control';
import { StripeApiError } from './errors';
import { parseForm, paramsFromJson, type Params } from './form';
import type { HostedContext, PageRequest, PageResponse } from './hosted';
import { newId } from './ids';
import { API_VERSION } from './objects';
import { portalPages } from './portal-page';
import { Store } from './store';
import { WebhookSender } from './webhooks';

export interface StandinOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** Base URL of the hosted pages as a browser reaches them; default http://localhost:<port>. */
  publicUrl?: string;
  /** JSON file the state is kept in; omitted, the state lives in memory only. */
  dataFile?: string;
  webhookUrl?: string;
  webhookSecret: string;
  /** First webhook retry delay; each later one doubles. Default 1000 ms. */
  retryBaseMs?: number;
  /** Where to report failed webhook deliveries and unexpected errors; silent by default. */
  log?: (line: string) => void;
}

export interface Standin {
  url: string;
  port: number;
  close(): Promise<void>;
  advanceClock(seconds: number): Promise<void>;
  /** The stand-in clock, in unix seconds. */
  now(): number;
}

const MAX_BODY = 1024 * 1024;
const API_KEY = /^(sk|rk)_test_[A-Za-z0-9_]+$/;

class BodyTooLarge extends Error {}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  response.end(text);
}

function sendPage(response: http.ServerResponse, page: PageResponse) {
  if ('redirect' in page) {
    response.writeHead(303, { location: page.redirect, 'cache-control': 'no-store' });
    response.end();
    return;
  }
  response.writeHead(page.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(page.html);
}

/** The secret key from `Authorization: Bearer sk_test_…` (or Basic with the key as user name). */
function apiKeyOf(request: http.IncomingMessage): { key: string | null; error: string | null } {
  const header = request.headers.authorization ?? '';
  const [scheme = '', credentials = ''] = header.split(' ', 2);
  let key = '';
  if (scheme.toLowerCase() === 'bearer') key = credentials.trim();
  else if (scheme.toLowerCase() === 'basic')
    key = Buffer.from(credentials, 'base64').toString('utf8').split(':')[0] ?? '';
  if (!key) {
    return {
      key: null,
      error:
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    };
  }
  if (!API_KEY.test(key))
    return {
      key: null,
      error: `Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`,
    };
  return { key, error: null };
}

export async function startStripeStandin(options: StandinOptions): Promise<Standin> {
  const store = new Store(options.dataFile, options.webhookUrl ? 1 : 0);
  const billing = new Billing(store);
  const webhooks = new WebhookSender(store, {
    url: options.webhookUrl,
    secret: options.webhookSecret,
    retryBaseMs: options.retryBaseMs ?? 1000,
    log: options.log,
  });
  const hosted: HostedContext = { store, billing, authentications: new Map() };
  const checkout = checkoutPages(hosted);
  const portal = portalPages(hosted);
  // The public URL names the port, known once listening; sessions are only created after that.
  const apiContext = { store, billing, publicUrl: '' };
  const api = createApi([...catalogRoutes, ...billingRoutes, ...portalConfigurationRoutes], apiContext);

  const advanceClock = (seconds: number) => {
    const target = store.now() + seconds;
    billing.processDue(target);
    store.setClock(target);
    store.save();
  };

  const handleApi = async (request: http.IncomingMessage, response: http.ServerResponse, url: URL) => {
    const requestId = newId('req');
    const headers = { 'request-id': requestId, 'stripe-version': API_VERSION };
    const auth = apiKeyOf(request);
    if (!auth.key)
      return sendJson(response, 401, { error: { type: 'invalid_request_error', message: auth.error } }, headers);

    const method = request.method ?? 'GET';
    const body = method === 'POST' ? await readBody(request) : '';
    const params = parseForm(method === 'POST' ? body : url.search.slice(1));
    const idempotencyKey =
      method === 'POST' ? ((request.headers['idempotency-key'] as string | undefined) ?? null) : null;
    const cacheKey = idempotencyKey ? `${auth.key}:${idempotencyKey}` : null;
    const fingerprint = `${method} ${url.pathname} ${body}`;

    if (cacheKey) {
      const earlier = store.idempotentResponse(cacheKey);
      if (earlier && earlier.fingerprint !== fingerprint) {
        const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`;
        return sendJson(response, 400, { error: { type: 'idempotency_error', message } }, headers);
      }
      if (earlier) {
        return sendJson(response, earlier.status, earlier.body, {
          ...headers,
          'idempotency-key': idempotencyKey!,
          'idempotent-replayed': 'true',
        });
      }
    }

    let status = 200;
    let result: unknown;
    try {
      result = store.withRequest({ id: requestId, idempotency_key: idempotencyKey }, () =>
        api(method, url.pathname, params),
      );
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      status = error.status;
      result = error.toBody();
    }
    const text = JSON.stringify(result, null, 2);
    if (cacheKey) store.rememberResponse(cacheKey, { fingerprint, status, body: text });
    if (method !== 'GET') store.save();
    sendJson(response, status, text, { ...headers, ...(idempotencyKey && { 'idempotency-key': idempotencyKey }) });
  };

  const handlePage = async (
    request: http.IncomingMessage,
    response: http.ServerResponse,
    url: URL,
    prefix: string,
    pages: (request: PageRequest) => PageResponse,
  ) => {
    const method = request.method ?? 'GET';
    const form = method === 'POST' ? Object.fromEntries(new URLSearchParams(await readBody(request))) : {};
    const segments = url.pathname.slice(prefix.length).split('/').filter(Boolean).map(decodeURIComponent);
    const page = pages({ method, segments, query: url.searchParams, form });
    if (method === 'POST') store.save();
    sendPage(response, page);
  };

  const handleControlRequest = async (request: http.IncomingMessage, response: http.ServerResponse, url: URL) => {
    const method = request.method ?? 'GET';
    const body = method === 'POST' ? await readBody(request) : '';
    let params: Params;
    if ((request.headers['content-type'] ?? '').includes('json')) {
      try {
        params = paramsFromJson(body ? JSON.parse(body) : {});
      } catch {
        return sendJson(response, 400, {
          error: { type: 'invalid_request_error', message: 'The body is not valid JSON.' },
        });
      }
    } else {
      params = parseForm(body || url.search.slice(1));
    }
    try {
      const result = await handleControl(method, url.pathname, url.searchParams, params, {
        store,
        advanceClock,
        reset: () => {
          webhooks.clear();
          hosted.authentications.clear();
          store.reset();
        },
        flushWebhooks: () => webhooks.flush(),
      });
      if (result === null)
        return sendJson(response, 404, {
          error: { type: 'invalid_request_error', message: `No control endpoint ${method} ${url.pathname}` },
        });
      sendJson(response, 200, result);
    } catch (error) {
      if (!(error instanceof StripeApiError)) throw error;
      sendJson(response, error.status, error.toBody());
    }
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://standin.local');
    const path = url.pathname;
    const handled = path.startsWith('/v1/')
      ? handleApi(request, response, url)
      : path.startsWith('/c/pay/')
        ? handlePage(request, response, url, '/c/pay/', checkout)
        : path.startsWith('/p/session/')
          ? handlePage(request, response, url, '/p/session/', portal)
          : path.startsWith('/_standin/')
            ? handleControlRequest(request, response, url)
            : path === '/'
              ? Promise.resolve(
                  sendJson(response, 200, {
                    object: 'stripe_standin',
                    api: '/v1',
                    api_version: API_VERSION,
                    now: store.now(),
                    control: '/_standin/',
                  }),
                )
              : Promise.resolve(
                  sendJson(response, 404, {
                    error: {
                      type: 'invalid_request_error',
                      message: `Unrecognized request URL (${request.method}: ${path}).`,
                    },
                  }),
                );
    handled.catch((error: unknown) => {
      if (error instanceof BodyTooLarge)
        return sendJson(response, 413, {
          error: { type: 'invalid_request_error', message: 'The request body is too large.' },
        });
      options.log?.(
        `Stripe stand-in: ${request.method} ${path} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!response.headersSent)
        sendJson(response, 500, {
          error: { type: 'api_error', message: 'The Stripe stand-in failed on this request.' },
        });
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  apiContext.publicUrl = (options.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, '');

  // Catch up on what fell due while the stand-in was stopped, then keep up as real time passes.
  webhooks.resume();
  if (billing.processDue(store.now()) > 0) store.save();
  const ticker = setInterval(() => {
    if (billing.processDue(store.now()) > 0) store.save();
  }, 1000);
  ticker.unref();

  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    now: () => store.now(),
    advanceClock: async (seconds: number) => advanceClock(seconds),
    close: async () => {
      clearInterval(ticker);
      await webhooks.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.save();
    },
  };
}
