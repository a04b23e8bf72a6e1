/* eslint-disable @next/next/no-img-element -- the optimiser's srcset, rendered on the server: next/image would add a client component */
import { responsiveSrcSet } from '@/lib/render/body-html';

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
}: {
  src: string;
  alt: string;
  sizes: string;
  width?: number;
  height?: number;
  priority?: boolean;
  className?: string;
}) {
  const srcSet = responsiveSrcSet(src);
  return (
    <img
      src={srcSet ? `/_next/image?url=${encodeURIComponent(src)}&w=1080&q=75` : src}
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
