import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BROTLI_QUALITY, BrotliCache, compressResponse, negotiateEncoding } from './compression.mjs';
import { emptyFormActionFilter } from './empty-form-actions.mjs';
import { Microcache } from './microcache.mjs';

// A stand-in for Next behind the production server's order: microcache, then compression.
const page = `<!DOCTYPE html><html><body>${'<p>Reporting from the Caucasus, paid for by its readers.</p>'.repeat(200)}</body></html>`;
// A story's page as Next sends one from its cache (headers set, then the whole body in one end()),
// its words varied enough for the Brotli qualities to differ as they do on a real page.
const words = 'the shepherds of Dagestan walk their flocks to winter pasture along a road older than any border'.split(
  ' ',
);
const story = `<!DOCTYPE html><html><body>${Array.from({ length: 120 }, (_, p) => `<p class="standfirst">${Array.from({ length: 40 }, (_, w) => words[(p * 7 + w * w * 3) % words.length]).join(' ')}.</p>`).join('')}</body></html>`;
const atQuality = (quality: number, body: string) =>
  brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: quality,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body),
    },
  });
let renders = 0;
const cache = new Microcache({
  ttlMs: 5000,
  maxEntries: 10,
  maxBytes: 1024 * 1024,
  sessionCookies: ['authjs.session-token'],
});
const brotliCache = new BrotliCache({ maxEntries: 10, maxBytes: 1024 * 1024 });
const server = http.createServer((req, res) => {
  if (cache.handle(req, res)) return;
  compressResponse(req, res, brotliCache);
  renders++;
  const url = new URL(req.url ?? '/', 'http://x');
  res.setHeader('cache-control', 's-maxage=60');
  res.setHeader('x-nextjs-cache', 'HIT');
  if (url.pathname === '/small') {
    res.setHeader('content-type', 'text/plain');
    res.end('ok');
  } else if (url.pathname === '/image') {
    res.setHeader('content-type', 'image/png');
    res.end(Buffer.alloc(4096));
  } else if (url.pathname === '/form') {
    // React's markup for a server action's form, the attribute split across two chunks.
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-length', '999');
    res.write('<p>Say "action=\\"\\"" here</p><form class="form" act');
    res.end('ion="" method="POST"><button formAction="" name="a">Go</button></form>');
  } else if (['/story', '/private', '/cookie', '/tagged'].includes(url.pathname)) {
    if (url.pathname === '/private')
      res.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    if (url.pathname === '/cookie') res.setHeader('set-cookie', 'seen=1; Path=/');
    if (url.pathname === '/tagged') res.setHeader('etag', '"v1"');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-length', Buffer.byteLength(story));
    res.end(story);
  } else if (url.pathname === '/stream') {
    // As Next streams a page: head first, the rest later, flushing after each chunk.
    res.setHeader('content-type', 'text/html; charset=utf-8');
    // The rest waits until the client has the head (or 5 s): a compressor that held the head
    // back would make it wait the whole 5 s, however busy the machine is.
    res.write(page.slice(0, 2000));
    (res as unknown as { flush(): void }).flush();
    const timedOut = new Promise<'timed-out'>((resolve) => setTimeout(() => resolve('timed-out'), 5000));
    void Promise.race([headReceived.promise.then(() => 'head-received' as const), timedOut]).then((why) => {
      streamEndedBecause = why;
      res.end(page.slice(2000));
    });
  } else {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page) });
    res.end(page);
  }
});
let base = '';

/** The /stream route's signal from the client that the head arrived, and why it then ended. */
function signal() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
let headReceived = signal();
let streamEndedBecause: 'head-received' | 'timed-out' | null = null;

/** The raw answer (no decoding by the client), as a browser's network layer receives it. */
function get(
  path: string,
  acceptEncoding?: string,
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer; firstChunkAt: number; endAt: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let firstChunkAt = 0;
    const req = http.request(
      base + path,
      { method, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          firstChunkAt ||= Date.now() - started;
          headReceived.resolve();
          chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            firstChunkAt,
            endAt: Date.now() - started,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  cache.clear();
  brotliCache.clear();
});

describe('negotiateEncoding', () => {
  it('prefers Brotli, then gzip, when the client accepts both equally', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
  });

  it('honours q-values, and q=0 refuses a coding', () => {
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('br;q=1.0, gzip;q=0.8')).toBe('br');
    expect(negotiateEncoding('BR; Q=0.9, gzip;q=0.2')).toBe('br');
    expect(negotiateEncoding('gzip;q=0, br;q=0')).toBe('identity');
    expect(negotiateEncoding('*;q=0.5, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.3, identity')).toBe('identity');
  });

  it('sends the answer uncompressed without the header or with nothing it can send', () => {
    expect(negotiateEncoding(undefined)).toBe('identity');
    expect(negotiateEncoding('')).toBe('identity');
    expect(negotiateEncoding('identity')).toBe('identity');
    expect(negotiateEncoding('deflate, zstd')).toBe('identity');
    expect(negotiateEncoding('br;q=banana, gzip')).toBe('gzip');
  });
});

describe('emptyFormActionFilter', () => {
  it('removes every empty action, one byte at a time too, and keeps everything else', () => {
    const html =
      '<form action="" class="a"><button formAction="">x</button></form><a href="/x"> act </a><form action="/search"></form> a';
    const filter = emptyFormActionFilter();
    const out = [...Buffer.from(html)].map((byte) => filter.push(Buffer.from([byte])));
    expect(Buffer.concat([...out, filter.end()]).toString()).toBe(
      '<form class="a"><button>x</button></form><a href="/x"> act </a><form action="/search"></form> a',
    );
  });
});

describe('compressResponse', () => {
  it('sends Brotli to a client that accepts it, smaller than gzip', async () => {
    const br = await get('/page', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    expect(br.headers['content-length']).toBeUndefined(); // Next's length was the uncompressed one
    const gz = await get('/page', 'gzip, deflate');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(page);
    expect(br.body.length).toBeLessThan(gz.body.length);
  });

  it('sends gzip when the client refuses Brotli, and nothing compressed when it refuses both', async () => {
    const gz = await get('/page', 'br;q=0, gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(page);
    const plain = await get('/page', 'br;q=0, gzip;q=0');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
  });

  it('keeps each coding apart in the microcache, shared by clients that word Accept-Encoding differently', async () => {
    const rendersBefore = renders;
    const br = await get('/page', 'gzip, deflate, br, zstd');
    const brAgain = await get('/page', 'br, gzip');
    expect(brAgain.headers['x-microcache']).toBe('HIT');
    expect(brAgain.body.equals(br.body)).toBe(true);
    expect(brAgain.headers['content-encoding']).toBe('br');
    const gz = await get('/page', 'gzip');
    expect(gz.headers['x-microcache']).toBeUndefined();
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect((await get('/page', 'gzip, deflate')).headers['x-microcache']).toBe('HIT');
    const head = await get('/page', 'br', 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(renders - rendersBefore).toBe(2);
  });

  it('leaves small answers and images alone', async () => {
    const small = await get('/small', 'br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('ok');
    const image = await get('/image', 'br');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.headers.vary).toBeUndefined();
    expect(image.body.length).toBe(4096);
  });

  it('drops the empty action React writes on server-action forms, whatever the chunks', async () => {
    for (const coding of ['identity', 'br']) {
      const answer = await get('/form', coding);
      const html = (coding === 'br' ? brotliDecompressSync(answer.body) : answer.body).toString();
      expect(html).toBe(
        '<p>Say "action=\\"\\"" here</p><form class="form" method="POST"><button name="a">Go</button></form>',
      );
      expect(answer.headers['content-length']).toBeUndefined();
    }
  });

  it('streams: the first chunk arrives before the answer is finished', async () => {
    for (const coding of ['br', 'gzip']) {
      headReceived = signal();
      streamEndedBecause = null;
      const streamed = await get('/stream', coding);
      expect(streamed.headers['content-encoding']).toBe(coding);
      expect(streamed.headers['content-length']).toBeUndefined();
      // The head reached the client while the answer was still open.
      expect(streamEndedBecause).toBe('head-received');
      expect((coding === 'br' ? brotliDecompressSync(streamed.body) : gunzipSync(streamed.body)).toString()).toBe(page);
    }
  });
});

describe('quality 11 for bytes seen before', () => {
  it('answers a public page at quality 5 first, then at quality 11 compressed in the background, which the microcache keeps', async () => {
    const first = await get('/story', 'gzip, deflate, br');
    expect(first.headers['content-encoding']).toBe('br');
    expect(first.body.equals(atQuality(BROTLI_QUALITY, story))).toBe(true);
    await brotliCache.idle();
    expect(brotliCache.size).toBe(1);

    cache.clear(); // the microcache's second is over: the page comes from "Next" again
    const second = await get('/story', 'br');
    expect(second.headers['x-microcache']).toBeUndefined();
    expect(second.headers['content-encoding']).toBe('br');
    expect(second.headers.vary).toMatch(/accept-encoding/i);
    expect(second.body.equals(atQuality(11, story))).toBe(true);
    expect(second.body.length).toBeLessThan(first.body.length * 0.9);
    expect(Number(second.headers['content-length'])).toBe(second.body.length);
    expect(brotliDecompressSync(second.body).toString()).toBe(story);

    const third = await get('/story', 'br');
    expect(third.headers['x-microcache']).toBe('HIT');
    expect(third.body.equals(second.body)).toBe(true);
    const gz = await get('/story', 'gzip');
    expect(gunzipSync(gz.body).toString()).toBe(story);
  });

  it('never keeps a private answer, or one that sets a cookie', async () => {
    for (const path of ['/private', '/cookie']) {
      const first = await get(path, 'br');
      await brotliCache.idle();
      const second = await get(path, 'br');
      expect(brotliDecompressSync(second.body).toString()).toBe(story);
      expect(second.body.equals(first.body)).toBe(true);
    }
    expect(brotliCache.size).toBe(0);
    expect(brotliCache.pending).toBe(0);
  });

  it('leaves streamed answers, and answers whose head was written first, at quality 5', async () => {
    await get('/stream', 'br');
    await get('/page', 'br');
    await brotliCache.idle();
    expect(brotliCache.size).toBe(0);
  });

  it('weakens a strong ETag on a compressed answer, whose bytes depend on the coding and the moment', async () => {
    expect((await get('/tagged', 'br')).headers.etag).toBe('W/"v1"');
    expect((await get('/tagged', 'gzip')).headers.etag).toBe('W/"v1"');
    expect((await get('/tagged', 'identity')).headers.etag).toBe('"v1"');
  });

  it('keeps at most maxEntries and maxBytes, dropping the least recently used', async () => {
    const bodies = ['first', 'second', 'third', 'fourth'].map((name) =>
      Buffer.from(story.replaceAll('shepherds', name)),
    );
    const [a, b, c, d] = bodies.map((body) => BrotliCache.keyOf(body)) as [string, string, string, string];
    const small = new BrotliCache({ maxEntries: 2, maxBytes: 1024 * 1024 });
    small.schedule(a, bodies[0]!);
    small.schedule(b, bodies[1]!);
    await small.idle();
    expect(small.get(a)).toBeDefined(); // now the most recently used
    small.schedule(c, bodies[2]!);
    await small.idle();
    expect([small.size, Boolean(small.get(a)), Boolean(small.get(b)), Boolean(small.get(c))]).toEqual([
      2,
      true,
      false,
      true,
    ]);

    const oneFits = new BrotliCache({ maxEntries: 10, maxBytes: atQuality(11, story).length + 100 });
    oneFits.schedule(c, bodies[2]!);
    oneFits.schedule(d, bodies[3]!);
    await oneFits.idle();
    expect(oneFits.size).toBe(1);
    expect(oneFits.bytes).toBeLessThanOrEqual(atQuality(11, story).length + 100);
    expect(brotliDecompressSync(oneFits.get(d)!).equals(bodies[3]!)).toBe(true);
  });

  it('lets only a few bodies wait for compression, however many arrive at once', async () => {
    const many = new BrotliCache({ maxEntries: 100, maxBytes: 16 * 1024 * 1024 });
    for (let i = 0; i < 50; i++) {
      const body = Buffer.from(`${story}<!-- ${i} -->`);
      many.schedule(BrotliCache.keyOf(body), body);
    }
    expect(many.pending).toBeLessThanOrEqual(8);
    await many.idle();
    expect(many.size).toBe(8);
    expect(many.pending).toBe(0);
  });

  it('compresses a copy, so a body its caller reuses afterwards is kept as it was', async () => {
    const body = Buffer.from(story);
    const key = BrotliCache.keyOf(body);
    const copying = new BrotliCache({ maxEntries: 10, maxBytes: 1024 * 1024 });
    copying.schedule(key, body);
    body.fill(0);
    await copying.idle();
    expect(brotliDecompressSync(copying.get(key)!).toString()).toBe(story);
  });
});
