import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Settings, type S3Settings } from '@/lib/env';
import { localStore, s3Store } from './storage';

/** A stored object's text, streamed back, or null when the store had none. */
const read = async (stream: ReadableStream<Uint8Array> | null) => (stream ? await new Response(stream).text() : null);

/** Stores ten bytes under `key` and checks they stream back whole and in a range. */
async function expectStreams(store: ReturnType<typeof localStore>, key: string, range: [number, number], part: string) {
  await store.put(key, Buffer.from('0123456789'), key.endsWith('.mp3') ? 'audio/mpeg' : 'audio/mp4');
  expect(await read(await store.stream(key))).toBe('0123456789');
  expect(await read(await store.stream(key, { start: range[0], end: range[1] }))).toBe(part);
}

type Received = { method: string; url: string; headers: http.IncomingHttpHeaders; body: Buffer };

/** A stand-in bucket on 127.0.0.1: keeps what is PUT, gives it back on GET, 404 otherwise. */
function fakeBucket() {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (!req.headers.authorization?.startsWith('AWS4-HMAC-SHA256 '))
        return void res.writeHead(403).end('<Error>AccessDenied</Error>');
      if (req.method === 'PUT') {
        objects.set(req.url ?? '', { body, type: String(req.headers['content-type']) });
        return void res.writeHead(200).end();
      }
      if (req.method === 'DELETE') {
        objects.delete(req.url ?? '');
        return void res.writeHead(204).end();
      }
      const object = objects.get(req.url ?? '');
      if (!object) return void res.writeHead(404).end('<Error>NoSuchKey</Error>');
      const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
      if (range)
        return void res
          .writeHead(206, { 'Content-Type': object.type })
          .end(object.body.subarray(Number(range[1]), Number(range[2]) + 1));
      res.writeHead(200, { 'Content-Type': object.type }).end(object.body);
    });
  });
  return { server, received };
}

describe('the S3 store', () => {
  const bucket = fakeBucket();
  let settings: S3Settings;
  beforeAll(async () => {
    await new Promise<void>((resolve) => bucket.server.listen(0, '127.0.0.1', resolve));
    const { port } = bucket.server.address() as AddressInfo;
    settings = {
      bucket: 'newsroom-media',
      endpoint: `http://127.0.0.1:${port}`,
      region: 'eu-central-1',
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
      publicUrl: null,
    };
  });
  afterAll(() => new Promise<void>((resolve) => bucket.server.close(() => resolve())));

  it('PUTs a variant to <bucket>/media/<key> with a signed request', async () => {
    const body = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    await s3Store(settings).put('AbCdEfGhIjKlMnOp/640.jpg', body, 'image/jpeg');
    const put = bucket.received.find((r) => r.method === 'PUT');
    expect(put?.url).toBe('/newsroom-media/media/AbCdEfGhIjKlMnOp/640.jpg');
    expect(put?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-central-1\/s3\/aws4_request, SignedHeaders=[^,]*host;x-amz-content-sha256[^,]*, Signature=[0-9a-f]{64}$/,
    );
    // The signature covers the body's hash, so the bucket refuses a body changed on the way.
    expect(put?.headers['x-amz-content-sha256']).toBe(crypto.createHash('sha256').update(body).digest('hex'));
    expect(put?.headers['content-type']).toBe('image/jpeg');
    expect(put?.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(put?.body.equals(body)).toBe(true);
  });

  it('GETs it back signed, and answers null for a key the bucket does not have', async () => {
    const store = s3Store(settings);
    expect((await store.get('AbCdEfGhIjKlMnOp/640.jpg'))?.toString('hex')).toBe('ffd8ffe0010203');
    const get = bucket.received.filter((r) => r.method === 'GET').at(-1);
    expect(get?.headers.authorization).toContain('AWS4-HMAC-SHA256');
    expect(await store.get('AbCdEfGhIjKlMnOp/320.jpg')).toBeNull();
  });

  it('streams a recording or a range of it, and deletes it', async () => {
    const store = s3Store(settings);
    const key = 'audio/AbCdEfGhIjKlMnOp.mp3';
    await expectStreams(store, key, [2, 5], '2345');
    expect(bucket.received.at(-1)?.headers.range).toBe('bytes=2-5');
    await store.remove(key);
    expect(bucket.received.at(-1)).toMatchObject({
      method: 'DELETE',
      url: '/newsroom-media/media/audio/AbCdEfGhIjKlMnOp.mp3',
    });
    expect(await store.stream(key)).toBeNull();
  });

  it('never passes a whole object off as the range asked for', async () => {
    const store = s3Store(settings, { fetch: async () => new Response('0123456789', { status: 200 }) });
    await expect(store.stream('audio/AbCdEfGhIjKlMnOp.mp3', { start: 2, end: 5 })).rejects.toThrow(
      /answered 200 to a range/,
    );
  });

  it('says what went wrong when the bucket refuses', async () => {
    const store = s3Store(settings, { fetch: async () => new Response('<Error>SlowDown</Error>', { status: 503 }) });
    await expect(store.put('AbCdEfGhIjKlMnOp/640.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toThrow(
      /S3 refused to store AbCdEfGhIjKlMnOp\/640\.jpg: 503/,
    );
  });

  it('points browsers at S3_PUBLIC_URL when there is one', () => {
    expect(
      s3Store({ ...settings, publicUrl: 'https://media.ridgeline.example' }).publicUrl('AbCdEfGhIjKlMnOp/640.jpg'),
    ).toBe('https://media.ridgeline.example/media/AbCdEfGhIjKlMnOp/640.jpg');
    expect(s3Store(settings).publicUrl('AbCdEfGhIjKlMnOp/640.jpg')).toBeNull();
  });
});

describe('the local store', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-media-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('keeps variants under its folder and answers null for unknown keys', async () => {
    const store = localStore(root);
    await store.put('AbCdEfGhIjKlMnOp/320.webp', Buffer.from('RIFF'), 'image/webp');
    expect(fs.readFileSync(path.join(root, 'AbCdEfGhIjKlMnOp', '320.webp'), 'utf8')).toBe('RIFF');
    expect((await store.get('AbCdEfGhIjKlMnOp/320.webp'))?.toString()).toBe('RIFF');
    expect(await store.get('AbCdEfGhIjKlMnOp/640.webp')).toBeNull();
  });

  it('streams a recording or a range of it, and deletes it, gone or not', async () => {
    const store = localStore(root);
    const key = 'audio/AbCdEfGhIjKlMnOp.m4a';
    await expectStreams(store, key, [7, 9], '789');
    await store.remove(key);
    expect(fs.existsSync(path.join(root, 'audio', 'AbCdEfGhIjKlMnOp.m4a'))).toBe(false);
    expect(await store.stream(key)).toBeNull();
    await expect(store.remove(key)).resolves.toBeUndefined();
    await expect(store.stream('audio/../../pg/x.mp3')).rejects.toThrow(/not a media key/);
  });

  it('refuses keys that would leave the folder', async () => {
    const store = localStore(root);
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/not a media key/);
    await expect(store.put('AbCd/../../x.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toThrow(/not a media key/);
  });
});

describe('S3 settings', () => {
  const full = {
    S3_BUCKET: 'b',
    S3_ENDPOINT: 'https://s3.example/',
    S3_REGION: 'auto',
    S3_ACCESS_KEY_ID: 'id',
    S3_SECRET_ACCESS_KEY: 'secret',
  };

  it('means the data folder when none is set, and the bucket when all are', () => {
    expect(s3Settings({})).toBeNull();
    expect(s3Settings({ ...full, S3_PUBLIC_URL: 'https://media.example/' })).toEqual({
      bucket: 'b',
      endpoint: 'https://s3.example',
      region: 'auto',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      publicUrl: 'https://media.example',
    });
  });

  it('names what is missing when only some are set', () => {
    expect(() => s3Settings({ S3_BUCKET: 'b', S3_ENDPOINT: 'https://s3.example' })).toThrow(
      'Image storage in S3 needs S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together, but S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are not set.',
    );
    expect(() => s3Settings({ ...full, S3_SECRET_ACCESS_KEY: undefined })).toThrow(
      /but S3_SECRET_ACCESS_KEY is not set\.$/,
    );
    expect(() => s3Settings({ S3_PUBLIC_URL: 'https://media.example' })).toThrow(
      /S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are not set/,
    );
  });
});
