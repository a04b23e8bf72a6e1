import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compressResponse, negotiateEncoding } from './compression.mjs';
import { emptyFormActionFilter } from './empty-form-actions.mjs';
import { Microcache } from './microcache.mjs';

// A stand-in for Next behind the production server's order: microcache, then compression.
const page = `<!DOCTYPE html><html><body>${'<p>Reporting from the Caucasus, paid for by its readers.</p>'.repeat(200)}</body></html>`;
let renders = 0;
const cache = new Microcache({ ttlMs: 5000, maxEntries: 10, maxBytes: 1024 * 1024, sessionCookies: ['authjs.session-token'] });
const server = http.createServer((req, res) => {
  if (cache.handle(req, res)) return;
  compressResponse(req, res);
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
  } else if (url.pathname === '/stream') {
    // As Next streams a page: head first, the rest later, flushing after each chunk.
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.write(page.slice(0, 2000));
    (res as unknown as { flush(): void }).flush();
    setTimeout(() => res.end(page.slice(2000)), 150);
  } else {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(page) });
    res.end(page);
  }
});
let base = '';

/** The raw answer (no decoding by the client), as a browser's network layer receives it. */
function get(path: string, acceptEncoding?: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer; firstChunkAt: number; endAt: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let firstChunkAt = 0;
    const req = http.request(base + path, { method, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        firstChunkAt ||= Date.now() - started;
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), firstChunkAt, endAt: Date.now() - started }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => cache.clear());

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
    const html = '<form action="" class="a"><button formAction="">x</button></form><a href="/x"> act </a><form action="/search"></form> a';
    const filter = emptyFormActionFilter();
    const out = [...Buffer.from(html)].map((byte) => filter.push(Buffer.from([byte])));
    expect(Buffer.concat([...out, filter.end()]).toString()).toBe('<form class="a"><button>x</button></form><a href="/x"> act </a><form action="/search"></form> a');
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
      expect(html).toBe('<p>Say "action=\\"\\"" here</p><form class="form" method="POST"><button name="a">Go</button></form>');
      expect(answer.headers['content-length']).toBeUndefined();
    }
  });

  it('streams: the first chunk arrives before the answer is finished', async () => {
    for (const coding of ['br', 'gzip']) {
      const streamed = await get('/stream', coding);
      expect(streamed.headers['content-encoding']).toBe(coding);
      expect(streamed.headers['content-length']).toBeUndefined();
      expect(streamed.firstChunkAt).toBeLessThan(streamed.endAt - 100);
      expect((coding === 'br' ? brotliDecompressSync(streamed.body) : gunzipSync(streamed.body)).toString()).toBe(page);
    }
  });
});
