/* eslint-disable @next/next/no-img-element -- the optimiser's srcset, rendered on the server: next/image would add a client component */
import { mediaSources, parseMediaSrc } from '@/lib/media/urls';
import { IMAGE_WIDTHS, responsiveSrcSet } from '@/lib/render/body-html';

/** The widest variant each kind needs, in device pixels (2× its largest display size). */
const MEDIA_MAX_WIDTH: Record<keyof typeof IMAGE_WIDTHS, number | undefined> = {
  photo: undefined,
  thumbnail: 960,
  avatar: 320,
};

/**
 * A responsive image as plain HTML, no client JavaScript. Uploads (/media/…) offer their own
 * AVIF, WebP and JPEG variants; other site images go through Next's optimiser (srcset in several
 * widths, AVIF/WebP negotiated).
 */
export function Picture({
  src,
  alt,
  sizes,
  width,
  height,
  priority = false,
  className,
  kind = 'photo',
}: {
  src: string;
  alt: string;
  sizes: string;
  width?: number;
  height?: number;
  priority?: boolean;
  className?: string;
  /** Which set of widths to offer: a full photo, a list thumbnail or a byline avatar. */
  kind?: keyof typeof IMAGE_WIDTHS;
}) {
  const loading = priority ? 'eager' : 'lazy';
  const fetchPriority = priority ? 'high' : undefined;
  const media = mediaSources(src, MEDIA_MAX_WIDTH[kind]);
  if (media) {
    // The URL carries the upload's own size, so the reserved box has its true shape.
    const own = parseMediaSrc(src);
    return (
      <picture>
        <source type="image/avif" srcSet={media.srcSet.avif} sizes={sizes} />
        <source type="image/webp" srcSet={media.srcSet.webp} sizes={sizes} />
        <img
          src={media.src}
          srcSet={media.srcSet.fallback}
          sizes={sizes}
          alt={alt}
          width={width ?? own?.width}
          height={height ?? own?.height}
          loading={loading}
          fetchPriority={fetchPriority}
          decoding="async"
          className={className}
        />
      </picture>
    );
  }
  const widths = IMAGE_WIDTHS[kind];
  const srcSet = responsiveSrcSet(src, widths);
  return (
    <img
      src={srcSet ? `/_next/image?url=${encodeURIComponent(src)}&w=${widths[widths.length - 1]}&q=75` : src}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      alt={alt}
      width={width ?? 1600}
      height={height ?? 900}
      loading={loading}
      fetchPriority={fetchPriority}
      decoding="async"
      className={className}
    />
  );
}
