import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AwsClient } from 'aws4fetch';
import { env, type S3Settings } from '@/lib/env';

/** Variants are immutable: a new upload gets a new id, so a year in any cache is safe. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Where image variants live. Keys look like `<id>/<width>.<format>`. Kept behind this interface so
 * several app instances can share one bucket (docs: ARCHITECTURE.md §6).
 */
export interface MediaStore {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The bytes, or null when there is no such object. */
  get(key: string): Promise<Buffer | null>;
  /** A public URL to send browsers to instead of serving the bytes ourselves, when there is one. */
  publicUrl(key: string): string | null;
}

const SAFE_KEY = /^[A-Za-z0-9_-]+\/[0-9]+\.(?:avif|webp|jpg)$/;

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
    publicUrl: (key) => (settings.publicUrl ? `${settings.publicUrl}/media/${key}` : null),
  };
}

let configured: MediaStore | undefined;

/** The store this deployment uses: the bucket when S3_* is set, else DATA_DIR/media. */
export function mediaStore(): MediaStore {
  configured ??= env.s3 ? s3Store(env.s3) : localStore(path.join(env.DATA_DIR, 'media'));
  return configured;
}
