// @ts-check
/**
 * A one-second cache in front of Next.js for anonymous readers, in the server process.
 *
 * Next already answers an anonymous reader page from its own cache, but every request still
 * walks Next's whole router, about 0.8 ms of CPU here: one core tops out near 1,200 pages a
 * second. A story that goes viral brings the same few URLs thousands of times a minute; this
 * keeps each answer Next gave for up to a second and repeats it byte for byte (over 20,000
 * pages a second here). It is the "microcache" a newsroom would otherwise put in nginx.
 *
 * What it may keep, and for whom:
 * - only answers Next served from its ISR cache (they carry `x-nextjs-cache`, so they depend on
 *   nothing in the request), with status 200, no Set-Cookie and a public Cache-Control;
 * - only for GET/HEAD requests without a session cookie, without Next's RSC/router headers and
 *   not from a crawler (Next may answer bots differently), keyed by URL, the coding the client
 *   gets by its Accept-Encoding (server/compression.mjs compresses per request, so a cached
 *   Brotli or gzip answer also saves the compression; browsers that word the header differently
 *   share an entry) and Accept (the image optimiser picks AVIF or WebP by it); an answer that
 *   varies on anything else is not kept;
 * - every tag or path revalidation empties it (lib/cache/cache-handler.mjs calls `clear`), and an
 *   answer rendered before a revalidation is never stored after it, so a change shows at once;
 *   the one-second life only bounds what a time-based regeneration in Next could leave behind.
 *
 * Plain JavaScript because the production server (server/main.mjs) runs it without a compiler.
 */

import { negotiateEncoding } from './compression.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('node:http').OutgoingHttpHeaders} OutgoingHttpHeaders */
/** @typedef {{ ttlMs: number; maxEntries: number; maxBytes: number; sessionCookies: readonly string[] }} MicrocacheOptions */
/** @typedef {{ status: number; headers: OutgoingHttpHeaders; body: Buffer; expires: number }} Entry */

const ROUTER_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
];
const CRAWLER =
  /bot|crawl|spider|slurp|preview|facebookexternalhit|lighthouse|google|bing|yandex|baidu|duckduck|whatsapp|telegram|slack|discord|twitter|linkedin|skype|embedly|quora|pinterest|tumblr|vkshare|ia_archiver/i;
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date']);
/** Request headers an answer may vary on and still be kept: the key holds the last two, and requests with the others are never answered from here. */
const KNOWN_VARY = new Set([...ROUTER_HEADERS, 'accept-encoding', 'accept']);
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

/**
 * Whether an answer's Vary names only request headers this cache accounts for (Next's image
 * optimiser, for one, varies on Accept; anything unexpected is simply not kept).
 * @param {unknown} vary
 */
function variesOnlyOnKnownHeaders(vary) {
  if (vary === undefined) return true;
  const names = (Array.isArray(vary) ? vary.join(',') : String(vary))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return names.every((name) => KNOWN_VARY.has(name));
}

/** Where the cache handler finds the running server's microcache to empty it. */
export const MICROCACHE_KEY = Symbol.for('newsroom.microcache');

export class Microcache {
  /** @type {MicrocacheOptions} */
  #options;
  /** @type {Map<string, Entry>} */
  #entries = new Map();
  #bytes = 0;
  #generation = 0;

  /** @param {MicrocacheOptions} options */
  constructor(options) {
    this.#options = options;
  }

  get size() {
    return this.#entries.size;
  }

  /** Forget everything: content changed. */
  clear() {
    this.#entries.clear();
    this.#bytes = 0;
    this.#generation++;
  }

  /**
   * Answers the request from the cache and returns true, or returns false after arranging to
   * keep Next's answer if it qualifies; the caller then hands the request to Next.
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   */
  handle(req, res) {
    const key = this.#keyOf(req);
    if (!key) return false;
    const entry = this.#entries.get(key);
    if (entry && entry.expires > Date.now()) {
      res.writeHead(entry.status, entry.headers);
      res.end(req.method === 'HEAD' ? undefined : entry.body);
      return true;
    }
    if (entry) this.#delete(key, entry);
    if (req.method === 'GET') this.#capture(key, res);
    return false;
  }

  /** @param {IncomingMessage} req */
  #keyOf(req) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return undefined;
    const url = req.url ?? '';
    if (url.includes('_rsc=')) return undefined;
    if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return undefined;
    if (CRAWLER.test(req.headers['user-agent'] ?? '')) return undefined;
    const cookie = req.headers.cookie;
    if (cookie) {
      const names = cookie.split(';').map((part) => part.split('=')[0]?.trim() ?? '');
      if (this.#options.sessionCookies.some((name) => names.includes(name))) return undefined;
    }
    return `${url}\n${negotiateEncoding(req.headers['accept-encoding'])}\n${req.headers.accept ?? ''}`;
  }

  /**
   * Records what goes out on the wire (after Next's compression) and keeps it if it qualifies.
   * @param {string} key
   * @param {ServerResponse} res
   */
  #capture(key, res) {
    const generation = this.#generation;
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let tooBig = false;
    /** @param {unknown} chunk @param {unknown} [encoding] */
    const take = (chunk, encoding) => {
      if (tooBig || chunk == null || typeof chunk === 'function') return;
      const buffer =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
          : chunk instanceof Uint8Array
            ? Buffer.from(chunk) // a copy: the caller may reuse its buffer
            : undefined;
      if (!buffer) return;
      size += buffer.length;
      if (size > MAX_ENTRY_BYTES) tooBig = true;
      else chunks.push(buffer);
    };
    /** @type {OutgoingHttpHeaders} */
    const passed = {};
    const { write, end, writeHead } = res;
    /** @type {(...args: unknown[]) => unknown} */
    const patchedWriteHead = function (...args) {
      const headers = args.find((arg, i) => i > 0 && arg !== null && typeof arg === 'object' && !Array.isArray(arg));
      if (headers) for (const [name, value] of Object.entries(headers)) passed[name.toLowerCase()] = value;
      return /** @type {(...a: unknown[]) => unknown} */ (writeHead).apply(res, args);
    };
    /** @type {(chunk: unknown, ...rest: unknown[]) => unknown} */
    const patchedWrite = function (chunk, ...rest) {
      take(chunk, rest[0]);
      return /** @type {(...a: unknown[]) => unknown} */ (write).call(res, chunk, ...rest);
    };
    /** @type {(chunk?: unknown, ...rest: unknown[]) => unknown} */
    const patchedEnd = function (chunk, ...rest) {
      take(chunk, rest[0]);
      return /** @type {(...a: unknown[]) => unknown} */ (end).call(res, chunk, ...rest);
    };
    Object.assign(res, { writeHead: patchedWriteHead, write: patchedWrite, end: patchedEnd });
    res.once('finish', () => {
      if (tooBig || generation !== this.#generation || res.statusCode !== 200) return;
      /** @type {OutgoingHttpHeaders} */
      const headers = { ...res.getHeaders(), ...passed };
      const cacheControl = String(headers['cache-control'] ?? '');
      if (
        headers['x-nextjs-cache'] === undefined ||
        headers['set-cookie'] !== undefined ||
        /private|no-store|no-cache/.test(cacheControl)
      )
        return;
      if (!variesOnlyOnKnownHeaders(headers.vary)) return;
      for (const name of Object.keys(headers)) if (HOP_BY_HOP.has(name)) delete headers[name];
      const body = Buffer.concat(chunks);
      headers['content-length'] = body.length;
      headers['x-microcache'] = 'HIT'; // what every later answer from here will say
      this.#store(key, { status: 200, headers, body, expires: Date.now() + this.#options.ttlMs });
    });
  }

  /** @param {string} key @param {Entry} entry */
  #store(key, entry) {
    const old = this.#entries.get(key);
    if (old) this.#delete(key, old);
    if (entry.body.length > this.#options.maxBytes) return;
    const now = Date.now();
    // Oldest first (a Map iterates in insertion order): drop the expired, then make room.
    for (const [k, e] of this.#entries) {
      if (
        this.#entries.size < this.#options.maxEntries &&
        this.#bytes + entry.body.length <= this.#options.maxBytes &&
        e.expires > now
      )
        break;
      this.#delete(k, e);
    }
    this.#entries.set(key, entry);
    this.#bytes += entry.body.length;
  }

  /** @param {string} key @param {Entry} entry */
  #delete(key, entry) {
    this.#entries.delete(key);
    this.#bytes -= entry.body.length;
  }
}
