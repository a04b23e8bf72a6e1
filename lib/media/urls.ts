/**
 * Media URLs carry what a renderer needs, so a srcset is built without a database read.
 *
 * The stored `src` of an upload is `/media/<id>/<width>x<height>.jpg`: the original's size after
 * orientation. It answers the largest JPEG. Every variant is `/media/<id>/<w>.<avif|webp|jpg>`,
 * and the widths follow from the original width alone (`variantWidths`).
 */

/** The widths offered, narrowest first; an image is never enlarged past its own width. */
export const MEDIA_WIDTH_LADDER = [320, 640, 960, 1280, 1600, 2000] as const;
export const MAX_MEDIA_WIDTH = 2000;

export const MEDIA_FORMATS = ['avif', 'webp', 'jpg'] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

export const MEDIA_CONTENT_TYPES: Record<MediaFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
};

const ID = '[A-Za-z0-9_-]{16,32}';
const CANONICAL = new RegExp(`^/media/(${ID})/([1-9]\\d{0,5})x([1-9]\\d{0,5})\\.jpg$`);
const MEDIA_ID = new RegExp(`^${ID}$`);

export function isMediaId(value: string): boolean {
  return MEDIA_ID.test(value);
}

/**
 * The generated widths for an original `width` px wide: the ladder's steps clearly narrower than
 * it (a step within 10% of the top would be a near-duplicate), then the top itself.
 */
export function variantWidths(width: number): number[] {
  const top = Math.min(width, MAX_MEDIA_WIDTH);
  return [...MEDIA_WIDTH_LADDER.filter((w) => w < top * 0.9), top];
}

export function mediaSrc(image: { id: string; width: number; height: number }): string {
  return `/media/${image.id}/${image.width}x${image.height}.jpg`;
}

export function variantUrl(id: string, width: number, format: MediaFormat): string {
  return `/media/${id}/${width}.${format}`;
}

/** Reads a stored `src`; null for anything that is not a canonical media URL. */
export function parseMediaSrc(src: string): { id: string; width: number; height: number } | null {
  const match = CANONICAL.exec(src.trim());
  if (!match) return null;
  return { id: match[1]!, width: Number(match[2]), height: Number(match[3]) };
}

/**
 * The srcsets (AVIF, WebP, JPEG) and a JPEG fallback for a media `src`, or null when `src` is
 * not one of ours. `width`, when given, is the widest the image is ever shown (in device
 * pixels): larger variants are left out, as for a byline avatar.
 */
export function mediaSources(
  src: string,
  width?: number,
): { srcSet: { avif: string; webp: string; fallback: string }; src: string } | null {
  const media = parseMediaSrc(src);
  if (!media) return null;
  let widths = variantWidths(media.width);
  if (width && width > 0) {
    const enough = widths.findIndex((w) => w >= width);
    if (enough >= 0) widths = widths.slice(0, enough + 1);
  }
  const set = (format: MediaFormat) => widths.map((w) => `${variantUrl(media.id, w, format)} ${w}w`).join(', ');
  return {
    srcSet: { avif: set('avif'), webp: set('webp'), fallback: set('jpg') },
    src: variantUrl(media.id, widths[widths.length - 1]!, 'jpg'),
  };
}
