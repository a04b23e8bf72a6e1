import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Microcache } from './microcache.mjs';

// A stand-in for Next: answers like an ISR page unless the path says otherwise, counting renders.
let renders = 0;
const cache = new Microcache({
  ttlMs: 300,
  maxEntries: 3,
  maxBytes: 1024 * 1024,
  sessionCookies: ['authjs.session-token'],
});
const server = http.createServer((req, res) => {
  if (cache.handle(req, res)) return;
  renders++;
  const url = new URL(req.url ?? '/', 'http://x');
  const body = `render ${renders} of ${url.pathname}`;
  res.statusCode = url.pathname === '/missing' ? 404 : 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader(
    'cache-control',
    url.pathname === '/private' ? 'private, no-store' : 's-maxage=60, stale-while-revalidate=86340',
  );
  if (url.pathname !== '/dynamic') res.setHeader('x-nextjs-cache', 'HIT');
  if (url.pathname === '/cookie') res.setHeader('set-cookie', 'a=b');
  if (url.pathname === '/image') res.setHeader('vary', 'Accept');
  if (url.pathname === '/by-language') res.setHeader('vary', 'Accept-Encoding, Accept-Language');
  if (url.pathname === '/slow') {
    setTimeout(() => res.end(body), 100);
    return;
  }
  if (/gzip/.test(req.headers['accept-encoding'] ?? '')) {
    res.setHeader('content-encoding', 'gzip');
    res.end(gzipSync(body));
    return;
  }
  res.write(body.slice(0, 5));
  res.end(body.slice(5));
});
let base = '';

async function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(base + path, { headers: { 'accept-encoding': 'identity', ...headers }, method });
  return {
    body: await response.text(),
    hit: response.headers.get('x-microcache') === 'HIT',
    status: response.status,
    headers: response.headers,
  };
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => cache.clear());

describe('Microcache', () => {
  it("repeats Next's answer for an anonymous reader, byte for byte, for its short life", async () => {
    const first = await get('/articles/a');
    const second = await get('/articles/a');
    expect(first.hit).toBe(false);
    expect(second).toMatchObject({ hit: true, status: 200, body: first.body });
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(first.body)));
    expect(second.headers.get('cache-control')).toBe('s-maxage=60, stale-while-revalidate=86340');
    const head = await get('/articles/a', {}, 'HEAD');
    expect(head).toMatchObject({ hit: true, body: '' });
    await new Promise((r) => setTimeout(r, 350));
    expect((await get('/articles/a')).hit).toBe(false);
  });

  it('keeps compressed and plain answers apart', async () => {
    await get('/articles/b');
    const gz = await get('/articles/b', { 'accept-encoding': 'gzip' });
    expect(gz.hit).toBe(false);
    const gzAgain = await get('/articles/b', { 'accept-encoding': 'gzip' });
    expect(gzAgain).toMatchObject({ hit: true, body: gz.body });
    expect(gzAgain.headers.get('content-encoding')).toBe('gzip');
    expect((await get('/articles/b')).hit).toBe(true);
  });

  it('keeps answers for different Accept headers apart, and none that vary on other headers', async () => {
    await get('/image', { accept: 'image/avif,image/webp,*/*' });
    expect((await get('/image', { accept: 'image/webp,*/*' })).hit).toBe(false);
    expect((await get('/image', { accept: 'image/avif,image/webp,*/*' })).hit).toBe(true);
    await get('/by-language');
    expect((await get('/by-language')).hit).toBe(false);
  });

  it('never answers a signed-in reader, a router request or a crawler from the cache', async () => {
    await get('/articles/c');
    expect((await get('/articles/c', { cookie: 'theme=dark; authjs.session-token=abc' })).hit).toBe(false);
    expect((await get('/articles/c', { rsc: '1' })).hit).toBe(false);
    expect((await get('/articles/c?_rsc=x1')).hit).toBe(false);
    expect((await get('/articles/c', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' })).hit).toBe(false);
    expect((await get('/articles/c', { cookie: 'theme=dark' })).hit).toBe(true);
  });

  it('keeps only public answers from Next’s cache', async () => {
    for (const path of ['/dynamic', '/private', '/cookie', '/missing']) {
      await get(path);
      expect((await get(path)).hit, path).toBe(false);
    }
  });

  it('forgets everything on clear, including answers rendered before it', async () => {
    await get('/articles/d');
    cache.clear();
    expect((await get('/articles/d')).hit).toBe(false);
    const slow = get('/slow');
    await new Promise((r) => setTimeout(r, 30));
    cache.clear(); // content changed while /slow was rendering: its answer is already old
    await slow;
    expect((await get('/slow')).hit).toBe(false);
  });

  it('holds at most its number of entries, dropping the oldest', async () => {
    for (const path of ['/1', '/2', '/3', '/4']) await get(path);
    expect(cache.size).toBe(3);
    expect((await get('/4')).hit).toBe(true);
    expect((await get('/1')).hit).toBe(false);
  });
});
