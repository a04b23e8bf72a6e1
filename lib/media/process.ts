import 'server-only';
import sharp, { type OutputInfo } from 'sharp';
import type { AcceptedImageType } from './limits';
import { MEDIA_CONTENT_TYPES, MEDIA_FORMATS, variantWidths, type MediaFormat } from './urls';

/** What the first bytes say a file is; the name and the browser's claimed type are ignored. */
export function sniffImageType(bytes: Uint8Array): AcceptedImageType | null {
  const starts = (signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/** A 10 MB PNG can unpack to gigabytes; past this many pixels we refuse rather than decode. */
export const MAX_INPUT_PIXELS = 80_000_000;

const SHARP_FORMAT: Record<AcceptedImageType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

export type ProcessedImage = {
  /** Size after EXIF orientation: what the reader sees. */
  width: number;
  height: number;
  variants: { width: number; format: MediaFormat; contentType: string; body: Buffer }[];
};

export class UnreadableImageError extends Error {}

/**
 * Decodes once, turns the picture upright by its EXIF orientation, then writes every width in
 * AVIF, WebP and JPEG. Sharp writes no metadata unless asked, so EXIF (camera, GPS location),
 * XMP and IPTC never reach a variant; colours are converted to sRGB first, so dropping the ICC
 * profile changes nothing a reader sees.
 */
export async function processImage(input: Buffer, type: AcceptedImageType): Promise<ProcessedImage> {
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' } as const;
  let size: { width: number; height: number };
  let upright: { data: Buffer; info: OutputInfo };
  try {
    const metadata = await sharp(input, options).metadata();
    if (metadata.format !== SHARP_FORMAT[type])
      throw new Error(`the content is ${metadata.format}, its first bytes said ${type}`);
    size = metadata.autoOrient;
    // One decode, shrunk to the widest variant and kept as raw pixels for the encoders below.
    upright = await sharp(input, options)
      .autoOrient()
      .resize({ width: variantWidths(size.width).at(-1), withoutEnlargement: true })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new UnreadableImageError(error instanceof Error ? error.message : String(error));
  }
  const raw = { width: upright.info.width, height: upright.info.height, channels: upright.info.channels };
  const variants = await Promise.all(
    variantWidths(size.width).flatMap((width) =>
      MEDIA_FORMATS.map(async (format) => {
        let pipeline = sharp(upright.data, { raw }).resize({ width, withoutEnlargement: true });
        if (format === 'jpg')
          pipeline = pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 80, progressive: true });
        else if (format === 'webp') pipeline = pipeline.webp({ quality: 78, effort: 2 });
        else pipeline = pipeline.avif({ quality: 55, effort: 1 });
        return { width, format, contentType: MEDIA_CONTENT_TYPES[format], body: await pipeline.toBuffer() };
      }),
    ),
  );
  return { ...size, variants };
}
