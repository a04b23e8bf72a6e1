// No `server-only` here: the seed, which runs outside Next, writes the demo recordings through
// these. The app asks mediaStore() in storage.ts, which has it.
import crypto from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { AwsClient } from 'aws4fetch';
import type { S3Settings } from '@/lib/env';

/** Variants are immutable: a new upload gets a new id, so a year in any cache is safe. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Bytes `start` to `end` of an object, both included, as an HTTP Range names them. */
export type ByteRange = { start: number; end: number };

/**
 * Where uploads live: image variants as `<id>/<width>.<format>`, story recordings as
 * `audio/<id>.<mp3|m4a>`. Kept behind this interface so several app instances can share one
 * bucket (docs: ARCHITECTURE.md §6).
 */
export interface MediaStore {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such object. */
  get(key: string): Promise<Buffer | null>;
  /**
   * The object (or the range of it) as a stream, or null when there is no such object: a
   * recording of 100 MB is played in pieces, never read whole into memory.
   */
  stream(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array> | null>;
  /** Deletes the object; one already gone is no error. */
  remove(key: string): Promise<void>;
  /** A public URL to send browsers to instead of serving the bytes ourselves, when there is one. */
  publicUrl(key: string): string | null;
}

const SAFE_KEY = /^(?:[A-Za-z0-9_-]+\/[0-9]+\.(?:avif|webp|jpg)|audio\/[A-Za-z0-9_-]{16,32}\.(?:mp3|m4a))$/;

function checkKey(key: string) {
  // Keys come from parsed URLs, but a store must never be walked out of by a crafted one.
  if (!SAFE_KEY.test(key)) throw new Error(`not a media key: ${key}`);
}

/** A folder on this machine: DATA_DIR/media by default. */
export function localStore(root: string): MediaStore {
  return {
    async put(key, body) {
      checkKey(key);
      const file = path.join(root, key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const partial = `${file}.${process.pid}.partial`;
      await fs.writeFile(partial, body);
      await fs.rename(partial, file);
    },
    async get(key) {
      checkKey(key);
      try {
        return await fs.readFile(path.join(root, key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async stream(key, range) {
      checkKey(key);
      const file = path.join(root, key);
      try {
        await fs.stat(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
      // Opened by path, so the descriptor closes with the stream, read to the end or cancelled.
      return Readable.toWeb(createReadStream(file, range ?? {})) as ReadableStream<Uint8Array>;
    },
    async remove(key) {
      checkKey(key);
      await fs.rm(path.join(root, key), { force: true });
    },
    publicUrl: () => null,
  };
}

/**
 * An S3-compatible bucket (AWS, R2, MinIO, …), addressed path-style
 * (`<endpoint>/<bucket>/media/<key>`), with requests signed by aws4fetch.
 */
export function s3Store(settings: S3Settings, options: { fetch?: typeof fetch } = {}): MediaStore {
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    service: 's3',
    region: settings.region,
    retries: 2,
  });
  const send = options.fetch ?? fetch;
  const objectUrl = (key: string) => `${settings.endpoint}/${encodeURIComponent(settings.bucket)}/media/${key}`;
  return {
    async put(key, body, contentType) {
      checkKey(key);
      const request = await client.sign(objectUrl(key), {
        method: 'PUT',
        body: new Uint8Array(body),
        // Signing the body's hash (rather than UNSIGNED-PAYLOAD) makes the bucket refuse a body changed in transit.
        headers: {
          'Content-Type': contentType,
          'Cache-Control': IMMUTABLE,
          'X-Amz-Content-Sha256': crypto.createHash('sha256').update(body).digest('hex'),
        },
      });
      const response = await send(request);
      if (!response.ok)
        throw new Error(`S3 refused to store ${key}: ${response.status} ${(await response.text()).slice(0, 300)}`);
    },
    async get(key) {
      checkKey(key);
      const response = await send(await client.sign(objectUrl(key), { method: 'GET' }));
      if (response.status === 404) return null;
      if (!response.ok)
        throw new Error(`S3 would not give ${key}: ${response.status} ${(await response.text()).slice(0, 300)}`);
      return Buffer.from(await response.arrayBuffer());
    },
    async stream(key, range) {
      checkKey(key);
      const headers: Record<string, string> = range ? { Range: `bytes=${range.start}-${range.end}` } : {};
      const response = await send(await client.sign(objectUrl(key), { method: 'GET', headers }));
      if (response.status === 404) return null;
      if (!response.ok || !response.body)
        throw new Error(`S3 would not give ${key}: ${response.status} ${(await response.text()).slice(0, 300)}`);
      // A bucket that ignored the Range answers 200 with the whole object; that must not pass as the part.
      if (range && response.status !== 206) {
        await response.body.cancel();
        throw new Error(`S3 answered ${response.status} to a range of ${key}`);
      }
      return response.body;
    },
    async remove(key) {
      checkKey(key);
      const response = await send(await client.sign(objectUrl(key), { method: 'DELETE' }));
      if (!response.ok && response.status !== 404)
        throw new Error(`S3 would not delete ${key}: ${response.status} ${(await response.text()).slice(0, 300)}`);
    },
    publicUrl: (key) => (settings.publicUrl ? `${settings.publicUrl}/media/${key}` : null),
  };
}

/**
 * The store a deployment's settings name: the bucket when S3_* is set, else DATA_DIR/media. The
 * app asks through mediaStore() (storage.ts); the seed, which runs outside Next, asks here.
 */
export function configuredStore(settings: { s3: S3Settings | null; DATA_DIR: string }): MediaStore {
  return settings.s3 ? s3Store(settings.s3) : localStore(path.join(settings.DATA_DIR, 'media'));
}
