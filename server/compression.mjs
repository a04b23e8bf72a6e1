// @ts-check
/**
 * Compression of the server's answers: Brotli when the client accepts it, else gzip.
 *
 * Next's own `compress` option only knows gzip (it bundles the `compression` middleware of
 * 2017); Brotli makes a reader page a sixth smaller (see below), which counts for readers on
 * slow or metered connections. next.config.ts turns Next's compression off and the
 * production server (server/main.mjs) compresses here instead, in front of Next and behind the
 * microcache, which keeps the compressed bytes (keyed by `negotiateEncoding`, so a cached answer
 * is compressed once, not once per request).
 *
 * Streamed answers stay streamed: Next calls `res.flush()` after each chunk it writes (the hook
 * the `compression` middleware introduced), and that flushes the compressor.
 *
 * HTML passes through server/empty-form-actions.mjs on the way, before it is compressed.
 *
 * Quality 5 is what a request can afford (under 1 ms for an article), but saves only 5-6% over
 * gzip on our pages; quality 11 saves 16-17% (`npx tsx bench/compression.ts`) and takes 40 to
 * 150 ms. A public answer that comes whole in one `end()` (every page Next serves from
 * its cache) is therefore recompressed at quality 11 in the background by a BrotliCache, keyed by
 * a hash of its bytes, and the next request for the same bytes gets that instead (and the
 * microcache keeps it). The first reader of a new version gets quality 5, never a wait.
 */
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { emptyFormActionFilter } from './empty-form-actions.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {'br' | 'gzip' | 'identity'} Encoding */

/** Quality 5 of 11, for answers compressed while the reader waits: as fast as gzip's default level. */
export const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;
/** Below this a compressed answer is hardly smaller, and costs a compressor. */
const THRESHOLD_BYTES = 1024;
/** Bodies larger than this are not recompressed (the microcache keeps nothing larger either). */
const MAX_RECOMPRESSED_BYTES = 2 * 1024 * 1024;
/** Bodies waiting for quality 11: beyond this a new body is not queued (it will come again). */
const QUEUE_LIMIT = 8;
/** An answer a shared cache may keep: the only kind whose bytes are worth keeping here. */
const PRIVATE = /private|no-store|no-cache/i;
const SHARED = /public|max-age|s-maxage/i;
const COMPRESSIBLE =
  /^(?:text\/|application\/(?:json|javascript|x-javascript|xml|rss\+xml|atom\+xml|manifest\+json|ld\+json)|image\/svg\+xml)|\+(?:json|xml)\b/i;

/**
 * The coding to answer with for an Accept-Encoding header: the accepted coding with the highest
 * q-value, Brotli before gzip before none when equal. `q=0` refuses a coding; `*` stands for
 * those not named. Without the header, or with nothing we can send, the answer is uncompressed.
 * @param {string | string[] | undefined} header
 * @returns {Encoding}
 */
export function negotiateEncoding(header) {
  if (!header) return 'identity';
  /** @type {Map<string, number>} */
  const quality = new Map();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*([01](?:\.\d{0,3})?)$/.exec(param);
      if (match) q = Number(match[1]);
      else if (param.startsWith('q')) q = NaN; // a malformed weight: ignore the entry
    }
    if (!Number.isNaN(q)) quality.set(name, Math.min(q, quality.get(name) ?? 1));
  }
  const qOf = (/** @type {string} */ coding) => quality.get(coding) ?? quality.get('*') ?? 0;
  /** @type {Encoding} */
  let best = 'identity';
  let bestQ = 0;
  for (const coding of /** @type {const} */ (['br', 'gzip'])) {
    const q = qOf(coding);
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  // Not named, identity is acceptable but least wanted (as the `compression` middleware has it).
  if ((quality.get('identity') ?? 0) > bestQ) return 'identity';
  return best;
}

/** @param {unknown} chunk @param {unknown} encoding */
function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8');
}

/** @param {number} quality @param {number} length */
function brotliParams(quality, length) {
  return {
    [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    ...(Number.isFinite(length) ? { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: length } : {}),
  };
}

/** @typedef {{ maxEntries: number; maxBytes: number }} BrotliCacheOptions */

/**
 * The quality-11 Brotli of public answers, by a hash of their uncompressed bytes, so that an
 * answer whose bytes the server has seen before goes out about 11% smaller than at quality 5.
 * Compressing takes place off the request: one body at a time, in libuv's thread pool, started
 * from setImmediate after the answer that brought it has been handed its quality-5 bytes; at
 * most QUEUE_LIMIT bodies wait. The kept bytes are bounded like the microcache's, by count and
 * total size, the least recently used going first. Content-keyed, so nothing here is ever stale: no need to clear it
 * when a story changes (its new bytes have a new hash; the old ones age out).
 */
export class BrotliCache {
  /** @type {BrotliCacheOptions} */
  #options;
  /** @type {Map<string, Buffer>} */
  #entries = new Map();
  #bytes = 0;
  /** @type {Map<string, Buffer>} */
  #queue = new Map();
  #running = false;
  #generation = 0;
  /** @type {(() => void)[]} */
  #idleWaiters = [];

  /** @param {BrotliCacheOptions} options */
  constructor(options) {
    this.#options = options;
  }

  get size() {
    return this.#entries.size;
  }

  /** The bytes kept, compressed. */
  get bytes() {
    return this.#bytes;
  }

  /** Bodies waiting for (or in) compression. */
  get pending() {
    return this.#queue.size;
  }

  /** The key of a body: what it decodes to is all that matters. @param {Buffer} body */
  static keyOf(body) {
    return crypto.createHash('sha256').update(body).digest('base64url');
  }

  /** The quality-11 bytes for this key, if they are ready. @param {string} key */
  get(key) {
    const entry = this.#entries.get(key);
    if (entry) {
      // Least recently used first: a Map iterates in insertion order.
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  /**
   * Queues a body for quality 11 unless it is kept, queued, too large, or the queue is full.
   * @param {string} key
   * @param {Buffer} body
   */
  schedule(key, body) {
    if (
      this.#entries.has(key) ||
      this.#queue.has(key) ||
      this.#queue.size >= QUEUE_LIMIT ||
      body.length > MAX_RECOMPRESSED_BYTES
    )
      return;
    this.#queue.set(key, Buffer.from(body)); // a copy: the caller may reuse its buffer
    if (!this.#running) {
      this.#running = true;
      setImmediate(() => this.#next());
    }
  }

  /** Resolves once nothing waits for compression (for tests and the benchmark). @returns {Promise<void>} */
  idle() {
    if (!this.#running) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  /** Forget everything, and what is being compressed now. */
  clear() {
    this.#entries.clear();
    this.#bytes = 0;
    this.#queue.clear();
    this.#generation++;
  }

  #next() {
    const first = this.#queue.entries().next();
    if (first.done) {
      this.#running = false;
      for (const resolve of this.#idleWaiters.splice(0)) resolve();
      return;
    }
    const [key, body] = first.value;
    const generation = this.#generation;
    zlib.brotliCompress(body, { params: brotliParams(11, body.length) }, (error, compressed) => {
      if (generation === this.#generation) {
        this.#queue.delete(key);
        if (!error) this.#store(key, compressed);
      }
      setImmediate(() => this.#next());
    });
  }

  /** @param {string} key @param {Buffer} compressed */
  #store(key, compressed) {
    if (compressed.length > this.#options.maxBytes) return;
    for (const [k, e] of this.#entries) {
      if (this.#entries.size < this.#options.maxEntries && this.#bytes + compressed.length <= this.#options.maxBytes)
        break;
      this.#entries.delete(k);
      this.#bytes -= e.length;
    }
    this.#entries.set(key, compressed);
    this.#bytes += compressed.length;
  }
}

/** @param {ServerResponse} res */
function isShared(res) {
  const cacheControl = String(res.getHeader('cache-control') ?? '');
  return (
    res.statusCode === 200 &&
    res.getHeader('set-cookie') === undefined &&
    SHARED.test(cacheControl) &&
    !PRIVATE.test(cacheControl)
  );
}

/** @param {ServerResponse} res @param {string} name */
function addVary(res, name) {
  const vary = res.getHeader('vary');
  const names = (Array.isArray(vary) ? vary.join(',') : String(vary ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.includes('*') || names.some((n) => n.toLowerCase() === name.toLowerCase())) return;
  res.setHeader('vary', [...names, name].join(', '));
}

/**
 * Arranges for the answer to `req` to be compressed as it is written, when it is worth it: a
 * compressible type, not already encoded, not `no-transform`, at least 1 KB when its length is
 * known, and a body (not HEAD, 204 or 304). Adds `Vary: Accept-Encoding` to compressible types.
 * With a BrotliCache, a public answer in Brotli goes out at quality 11 when its bytes were
 * compressed before, and is queued for it otherwise.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {BrotliCache} [brotliCache]
 */
export function compressResponse(req, res, brotliCache) {
  const encoding = negotiateEncoding(req.headers['accept-encoding']);
  const { writeHead, write, end, on } = res;
  /** @type {zlib.BrotliCompress | zlib.Gzip | undefined} */
  let stream;
  /** @type {ReturnType<typeof emptyFormActionFilter> | undefined} */
  let html;
  // The whole body, filtered, when it came in one end() and is worth a quality-11 copy.
  /** @type {{ key: string; body: Buffer; best: Buffer | undefined } | undefined} */
  let whole;
  let decided = false;
  let ended = false;
  /** @type {[string, (...args: unknown[]) => void][]} */
  const drainListeners = [];

  /** @param {unknown} [lastChunk] @param {unknown} [chunkEncoding] */
  const decide = (lastChunk, chunkEncoding) => {
    if (decided) return;
    decided = true;
    start(lastChunk, chunkEncoding);
    // Listeners for "drain" that came before the decision go where the writer's bytes now go.
    for (const [type, listener] of drainListeners) {
      if (stream) stream.on(type, listener);
      else on.call(res, type, listener);
    }
  };
  /** @param {unknown} lastChunk @param {unknown} chunkEncoding */
  const start = (lastChunk, chunkEncoding) => {
    const type = String(res.getHeader('content-type') ?? '');
    if (/^text\/html/i.test(type) && req.method !== 'HEAD') {
      html = emptyFormActionFilter();
      res.removeHeader('content-length'); // the filter may shorten the document
    }
    if (!COMPRESSIBLE.test(type)) return;
    addVary(res, 'Accept-Encoding');
    if (encoding === 'identity' || req.method === 'HEAD' || res.statusCode === 204 || res.statusCode === 304) return;
    if (res.getHeader('content-encoding') !== undefined && String(res.getHeader('content-encoding')) !== 'identity')
      return;
    if (/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(String(res.getHeader('cache-control') ?? ''))) return;
    const declared = Number(res.getHeader('content-length'));
    // Known when declared, or when the whole body comes in one end(); otherwise a stream.
    const length =
      res.getHeader('content-length') !== undefined && Number.isFinite(declared)
        ? declared
        : ended
          ? lastChunk == null
            ? 0
            : toBuffer(lastChunk, chunkEncoding).length
          : Infinity;
    if (length < THRESHOLD_BYTES) return;

    res.setHeader('content-encoding', encoding);
    res.removeHeader('content-length');
    // Quality 5 and quality 11 (and gzip) are different bytes of the same document: a strong
    // validator would promise the same bytes, so it becomes a weak one, as nginx does.
    const etag = res.getHeader('etag');
    if (typeof etag === 'string' && etag.startsWith('"')) res.setHeader('etag', `W/${etag}`);
    if (encoding === 'br' && brotliCache && ended && length <= MAX_RECOMPRESSED_BYTES && isShared(res)) {
      let body = lastChunk == null ? Buffer.alloc(0) : toBuffer(lastChunk, chunkEncoding);
      if (html) {
        body = Buffer.concat([html.push(body), html.end()]);
        html = undefined;
      }
      const key = BrotliCache.keyOf(body);
      whole = { key, body, best: brotliCache.get(key) };
      if (whole.best) {
        res.setHeader('content-length', whole.best.length);
        return;
      }
    }
    stream =
      encoding === 'br'
        ? zlib.createBrotliCompress({ params: brotliParams(BROTLI_QUALITY, length) })
        : zlib.createGzip({ level: GZIP_LEVEL });
    const compressor = stream;
    compressor.on('data', (/** @type {Buffer} */ chunk) => {
      if (write.call(res, chunk) === false) compressor.pause();
    });
    compressor.on('end', () => end.call(res));
    compressor.on('error', (error) => res.destroy(error));
    on.call(res, 'drain', () => compressor.resume());
  };

  /** @type {(...args: unknown[]) => unknown} */
  const patchedWriteHead = function (statusCode, ...rest) {
    if (typeof statusCode === 'number') res.statusCode = statusCode;
    // Headers given to writeHead win over those set before; fold them in so that `decide` sees them.
    const headers = rest.find((arg) => arg !== null && typeof arg === 'object' && !Array.isArray(arg));
    if (headers)
      for (const [name, value] of Object.entries(headers))
        if (value !== undefined) res.setHeader(name, /** @type {string | number | string[]} */ (value));
    decide();
    const statusMessage = typeof rest[0] === 'string' ? [rest[0]] : [];
    return /** @type {(...a: unknown[]) => unknown} */ (writeHead).call(res, res.statusCode, ...statusMessage);
  };
  /** @type {(chunk: unknown, ...rest: unknown[]) => boolean} */
  const patchedWrite = function (chunk, ...rest) {
    if (ended) return false;
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!stream && !html) return /** @type {(...a: unknown[]) => boolean} */ (write).call(res, chunk, ...rest);
    const callback = /** @type {((error?: Error | null) => void) | undefined} */ (
      rest.find((arg) => typeof arg === 'function')
    );
    const bytes = html ? html.push(toBuffer(chunk, rest[0])) : toBuffer(chunk, rest[0]);
    return stream
      ? stream.write(bytes, callback)
      : /** @type {(...a: unknown[]) => boolean} */ (write).call(res, bytes, callback);
  };
  /** @type {(chunk?: unknown, ...rest: unknown[]) => ServerResponse} */
  const patchedEnd = function (chunk, ...rest) {
    if (ended) return res;
    ended = true;
    if (typeof chunk === 'function') {
      rest = [chunk];
      chunk = undefined;
    }
    if (!res.headersSent) {
      decide(chunk, rest[0]);
      res.writeHead(res.statusCode);
    }
    const callback = rest.find((arg) => typeof arg === 'function');
    if (whole?.best)
      return /** @type {(...a: unknown[]) => ServerResponse} */ (end).call(
        res,
        whole.best,
        ...(callback ? [callback] : []),
      );
    if (!stream && !html) return /** @type {(...a: unknown[]) => ServerResponse} */ (end).call(res, chunk, ...rest);
    let bytes = whole ? whole.body : chunk != null ? toBuffer(chunk, rest[0]) : Buffer.alloc(0);
    if (html) bytes = Buffer.concat([html.push(bytes), html.end()]);
    // Quality 5 now; the same bytes at quality 11 for whoever asks next.
    if (whole) brotliCache?.schedule(whole.key, whole.body);
    if (!stream)
      return /** @type {(...a: unknown[]) => ServerResponse} */ (end).call(res, bytes, ...(callback ? [callback] : []));
    if (callback) res.once('finish', /** @type {() => void} */ (callback));
    stream.end(bytes);
    return res;
  };
  /** @type {(type: string, listener: (...args: unknown[]) => void) => ServerResponse} */
  const patchedOn = function (type, listener) {
    // Whoever writes waits for "drain" from the compressor it writes into, not from the socket.
    if (type !== 'drain') return on.call(res, type, listener);
    if (stream) stream.on(type, listener);
    else if (!decided) drainListeners.push([type, listener]);
    else on.call(res, type, listener);
    return res;
  };
  const flush = () => {
    if (stream && !ended) stream.flush();
  };
  Object.assign(res, { writeHead: patchedWriteHead, write: patchedWrite, end: patchedEnd, on: patchedOn, flush });
}
