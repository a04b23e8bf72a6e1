import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/media/[id]/[file]/route';
import { useConnection } from '@/db';
import { getImage } from '@/db/queries/images';
import { images } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { MAX_UPLOAD_BYTES } from './limits';
import { acceptUpload, UploadError } from './upload';
import { mediaSources } from './urls';

const serve = (id: string, file: string) =>
  GET(new Request(`http://localhost/media/${id}/${file}`), { params: Promise.resolve({ id, file }) });

describe.each(testDatabaseKinds)('uploading and serving images on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    useConnection(conn);
  });
  afterAll(() => conn?.dispose());

  it('records the image and serves each variant with its type and a year-long cache', async () => {
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#40606f' } })
      .png()
      .toBuffer();
    const image = await acceptUpload({ bytes: png, uploadedById: null });
    expect(image).toMatchObject({ width: 900, height: 600, src: `/media/${image.id}/900x600.jpg` });
    expect(await getImage({ id: image.id })).toMatchObject({
      mimeType: 'image/png',
      width: 900,
      height: 600,
      bytes: png.length,
      variantWidths: [320, 640, 900],
      alt: '',
    });

    const sources = mediaSources(image.src);
    const urls = [sources?.srcSet.avif, sources?.srcSet.webp, sources?.srcSet.fallback].flatMap(
      (set) => set?.split(', ').map((s) => s.split(' ')[0] ?? '') ?? [],
    );
    expect(urls).toHaveLength(9);
    for (const url of urls) {
      const [, , id = '', file = ''] = url.split('/');
      const response = await serve(id, file);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' }[file.split('.')[1] ?? ''],
      );
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect(meta.width).toBe(Number(file.split('.')[0]));
    }
    const canonical = await serve(image.id, '900x600.jpg');
    expect(canonical.status).toBe(200);
    expect((await sharp(Buffer.from(await canonical.arrayBuffer())).metadata()).width).toBe(900);
  });

  it('answers 404 for unknown ids, widths, formats and sizes', async () => {
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#222' } })
      .jpeg()
      .toBuffer();
    const { id } = await acceptUpload({ bytes: jpeg, uploadedById: null });
    expect((await serve(id, '400.jpg')).status).toBe(200);
    for (const [badId, file] of [
      ['ZZZZZZZZZZZZZZZZ', '400.jpg'],
      [id, '640.jpg'],
      [id, '400.png'],
      [id, '400x301.jpg'],
      [id, '..%2F..%2Fetc'],
      ['../../etc', '400.jpg'],
    ] as const) {
      expect((await serve(badId, file)).status, `${badId}/${file}`).toBe(404);
    }
  });

  it('refuses a renamed script, an oversized file and a damaged image, recording nothing', async () => {
    const refusal = (bytes: Buffer) =>
      acceptUpload({ bytes, uploadedById: null }).then(
        () => null,
        (error: unknown) => error,
      );
    const script = (await refusal(Buffer.from('#!/bin/sh\necho pwned\n'))) as UploadError;
    expect(script).toBeInstanceOf(UploadError);
    expect([script.status, script.message]).toEqual([
      415,
      'That file is not a JPEG, PNG or WebP image. Choose a photo saved in one of those formats.',
    ]);
    expect(((await refusal(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0xff))) as UploadError).status).toBe(413);
    const damaged = (
      await sharp({ create: { width: 64, height: 64, channels: 3, background: '#000' } })
        .png()
        .toBuffer()
    ).subarray(0, 40);
    expect(((await refusal(damaged)) as UploadError).status).toBe(422);
    const [row] = await conn.db.select({ count: sql<number>`count(*)::int` }).from(images);
    expect(row?.count).toBe(2);
  });
});
