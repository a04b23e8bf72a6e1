import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { processImage, sniffImageType, UnreadableImageError } from './process';

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#5a7d8c' } });

/** A camera-like JPEG: maker, model and where it was taken. */
async function jpegWithLocation(width = 1500, height = 1000) {
  return photo(width, height)
    .jpeg()
    .withExif({
      IFD0: { Make: 'Ridgeline Camera Co', Model: 'Field 1', Copyright: 'Reporter' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '41/1 42/1 3000/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '44/1 47/1 1200/100',
      },
    })
    .toBuffer();
}

/** How many tags the EXIF block's GPS directory holds (0 without one): a small TIFF reader. */
function gpsTagCount(exif: Buffer | undefined): number {
  if (!exif) return 0;
  const tiff = exif.subarray(exif.indexOf('Exif\0\0') + 6);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd0 = u32(4);
  for (let i = 0; i < u16(ifd0); i++) {
    const entry = ifd0 + 2 + i * 12;
    if (u16(entry) === 0x8825) return u16(u32(entry + 8));
  }
  return 0;
}

describe('sniffImageType', () => {
  it('knows JPEG, PNG and WebP by their first bytes, whatever the file is called', async () => {
    expect(sniffImageType(await photo(8, 8).jpeg().toBuffer())).toBe('image/jpeg');
    expect(sniffImageType(await photo(8, 8).png().toBuffer())).toBe('image/png');
    expect(sniffImageType(await photo(8, 8).webp().toBuffer())).toBe('image/webp');
  });

  it('refuses scripts, SVG, GIF and empty files', async () => {
    for (const text of ['#!/bin/sh\nrm -rf /', '<svg onload="alert(1)"/>', 'GIF89a', '', 'RIFF\0\0\0\0WAVE']) {
      expect(sniffImageType(Buffer.from(text)), text).toBeNull();
    }
    expect(sniffImageType(await photo(8, 8).gif().toBuffer())).toBeNull();
  });
});

describe('processImage', () => {
  it('writes every width in AVIF, WebP and JPEG, none wider than the original', async () => {
    const result = await processImage(await photo(1000, 500).png().toBuffer(), 'image/png');
    expect(result).toMatchObject({ width: 1000, height: 500 });
    expect(result.variants.map((v) => `${v.width}.${v.format}`).sort()).toEqual(
      [
        '1000.avif',
        '1000.jpg',
        '1000.webp',
        '320.avif',
        '320.jpg',
        '320.webp',
        '640.avif',
        '640.jpg',
        '640.webp',
      ].sort(),
    );
    for (const variant of result.variants) {
      const meta = await sharp(variant.body).metadata();
      expect(meta.width, `${variant.width}.${variant.format}`).toBe(variant.width);
      expect(meta.height).toBe(variant.width / 2);
      expect(meta.format).toBe({ avif: 'heif', webp: 'webp', jpg: 'jpeg' }[variant.format]);
    }
  });

  it('strips EXIF, location included, from every variant', async () => {
    const input = await jpegWithLocation();
    const before = await sharp(input).metadata();
    expect(before.exif?.toString('latin1')).toContain('Ridgeline Camera Co');
    expect(gpsTagCount(before.exif)).toBe(4);

    const result = await processImage(input, 'image/jpeg');
    expect(result.variants).toHaveLength(3 * 5);
    for (const variant of result.variants) {
      const meta = await sharp(variant.body).metadata();
      expect(meta.exif, `${variant.width}.${variant.format}`).toBeUndefined();
      expect(gpsTagCount(meta.exif)).toBe(0);
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(variant.body.includes(Buffer.from('Ridgeline Camera Co'))).toBe(false);
    }
  });

  it('turns a picture upright by its EXIF orientation before measuring it', async () => {
    const sideways = await photo(600, 400).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const result = await processImage(sideways, 'image/jpeg');
    expect(result).toMatchObject({ width: 400, height: 600 });
    const largest = result.variants.find((v) => v.width === 400 && v.format === 'jpg');
    const meta = await sharp(largest?.body).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([400, 600, undefined]);
  });

  it('puts a transparent PNG on white for the JPEG and keeps transparency in WebP', async () => {
    const clear = await sharp({
      create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const result = await processImage(clear, 'image/png');
    const jpeg = result.variants.find((v) => v.format === 'jpg');
    const webp = result.variants.find((v) => v.format === 'webp');
    const [r] = (await sharp(jpeg?.body).raw().toBuffer()).subarray(0, 1);
    expect(r).toBeGreaterThan(240);
    expect((await sharp(webp?.body).metadata()).hasAlpha).toBe(true);
  });

  it('refuses a file that starts like an image but is not one', async () => {
    const full = await photo(800, 600).jpeg().toBuffer();
    await expect(processImage(full.subarray(0, 200), 'image/jpeg')).rejects.toBeInstanceOf(UnreadableImageError);
    const png = await photo(8, 8).png().toBuffer();
    // PNG bytes under a WebP claim: the decoder's verdict wins.
    await expect(processImage(png, 'image/webp')).rejects.toBeInstanceOf(UnreadableImageError);
  });
});
