// @ts-check
/**
 * Compression of the server's answers: Brotli when the client accepts it, else gzip.
 *
 * Next's own `compress` option only knows gzip (it bundles the `compression` middleware of
 * 2017); Brotli makes a reader page about a fifth smaller at the same CPU cost, which counts for
 * readers on slow or metered connections. next.config.ts turns Next's compression off and the
 * production server (server/main.mjs) compresses here instead, in front of Next and behind the
 * microcache, which keeps the compressed bytes (keyed by `negotiateEncoding`, so a cached answer
 * is compressed once, not once per request).
 *
 * Streamed answers stay streamed: Next calls `res.flush()` after each chunk it writes (the hook
 * the `compression` middleware introduced), and that flushes the compressor.
 *
 * HTML passes through server/empty-form-actions.mjs on the way, before it is compressed.
 */
import zlib from 'node:zlib';
import { emptyFormActionFilter } from './empty-form-actions.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {'br' | 'gzip' | 'identity'} Encoding */

/** Quality 5 of 11: as fast as gzip's default level, about 6% smaller (measured on an article). */
export const BROTLI_QUALITY = 5;
const GZIP_LEVEL = 6;
/** Below this a compressed answer is hardly smaller, and costs a compressor. */
const THRESHOLD_BYTES = 1024;
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|x-javascript|xml|rss\+xml|atom\+xml|manifest\+json|ld\+json)|image\/svg\+xml)|\+(?:json|xml)\b/i;

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

/** @param {ServerResponse} res @param {string} name */
function addVary(res, name) {
  const vary = res.getHeader('vary');
  const names = (Array.isArray(vary) ? vary.join(',') : String(vary ?? '')).split(',').map((s) => s.trim()).filter(Boolean);
  if (names.includes('*') || names.some((n) => n.toLowerCase() === name.toLowerCase())) return;
  res.setHeader('vary', [...names, name].join(', '));
}

/**
 * Arranges for the answer to `req` to be compressed as it is written, when it is worth it: a
 * compressible type, not already encoded, not `no-transform`, at least 1 KB when its length is
 * known, and a body (not HEAD, 204 or 304). Adds `Vary: Accept-Encoding` to compressible types.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
export function compressResponse(req, res) {
  const encoding = negotiateEncoding(req.headers['accept-encoding']);
  const { writeHead, write, end, on } = res;
  /** @type {zlib.BrotliCompress | zlib.Gzip | undefined} */
  let stream;
  /** @type {ReturnType<typeof emptyFormActionFilter> | undefined} */
  let html;
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
    if (res.getHeader('content-encoding') !== undefined && String(res.getHeader('content-encoding')) !== 'identity') return;
    if (/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(String(res.getHeader('cache-control') ?? ''))) return;
    const declared = Number(res.getHeader('content-length'));
    // Known when declared, or when the whole body comes in one end(); otherwise a stream.
    const length = res.getHeader('content-length') !== undefined && Number.isFinite(declared) ? declared : ended ? (lastChunk == null ? 0 : toBuffer(lastChunk, chunkEncoding).length) : Infinity;
    if (length < THRESHOLD_BYTES) return;

    res.setHeader('content-encoding', encoding);
    res.removeHeader('content-length');
    stream =
      encoding === 'br'
        ? zlib.createBrotliCompress({
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
              [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
              ...(Number.isFinite(length) ? { [zlib.constants.BROTLI_PARAM_SIZE_HINT]: length } : {}),
            },
          })
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
    if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, /** @type {string | number | string[]} */ (value));
    decide();
    const statusMessage = typeof rest[0] === 'string' ? [rest[0]] : [];
    return /** @type {(...a: unknown[]) => unknown} */ (writeHead).call(res, res.statusCode, ...statusMessage);
  };
  /** @type {(chunk: unknown, ...rest: unknown[]) => boolean} */
  const patchedWrite = function (chunk, ...rest) {
    if (ended) return false;
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!stream && !html) return /** @type {(...a: unknown[]) => boolean} */ (write).call(res, chunk, ...rest);
    const callback = /** @type {((error?: Error | null) => void) | undefined} */ (rest.find((arg) => typeof arg === 'function'));
    const bytes = html ? html.push(toBuffer(chunk, rest[0])) : toBuffer(chunk, rest[0]);
    return stream ? stream.write(bytes, callback) : /** @type {(...a: unknown[]) => boolean} */ (write).call(res, bytes, callback);
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
    if (!stream && !html) return /** @type {(...a: unknown[]) => ServerResponse} */ (end).call(res, chunk, ...rest);
    const callback = rest.find((arg) => typeof arg === 'function');
    let bytes = chunk != null ? toBuffer(chunk, rest[0]) : Buffer.alloc(0);
    if (html) bytes = Buffer.concat([html.push(bytes), html.end()]);
    if (!stream) return /** @type {(...a: unknown[]) => ServerResponse} */ (end).call(res, bytes, ...(callback ? [callback] : []));
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
