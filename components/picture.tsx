/* eslint-disable @next/next/no-img-element -- the optimiser's srcset, rendered on the server: next/image would add a client component */
import { IMAGE_WIDTHS, responsiveSrcSet } from '@/lib/render/body-html';

/**
 * A responsive image through Next's optimiser (srcset in several widths, AVIF/WebP negotiated),
 * as plain HTML: no client JavaScript.
 */
export function Picture({
  src,
  alt,
  sizes,
  width = 1600,
  height = 900,
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
  const widths = IMAGE_WIDTHS[kind];
  const srcSet = responsiveSrcSet(src, widths);
  return (
    <img
      src={srcSet ? `/_next/image?url=${encodeURIComponent(src)}&w=${widths[widths.length - 1]}&q=75` : src}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      alt={alt}
      width={width}
      height={height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      className={className}
    />
  );
}
