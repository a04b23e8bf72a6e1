import { safeHref } from '@/lib/render/body-html';

/** Loose view of a stored node: nothing about its shape is trusted. */
export type Loose = { type?: unknown; text?: unknown; attrs?: unknown; marks?: unknown; content?: unknown };

export function childrenOf(node: Loose): Loose[] {
  return Array.isArray(node.content) ? (node.content.filter((c) => c && typeof c === 'object') as Loose[]) : [];
}

export function attrOf(node: Loose, name: string): string {
  const attrs = node.attrs && typeof node.attrs === 'object' ? (node.attrs as Record<string, unknown>) : {};
  const value = attrs[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/**
 * A body link as a mail needs it: the site's safe links (http, https, mailto, site paths),
 * with site paths made absolute and "#section" pointing into the web page.
 */
export function absoluteHref(raw: string, { siteUrl, webUrl }: { siteUrl: string; webUrl: string }): string | null {
  const href = safeHref(raw);
  if (!href) return null;
  if (href.startsWith('#')) return `${webUrl}${href}`;
  if (href.startsWith('/')) return `${siteUrl}${href}`;
  return href;
}

/** Site pictures by absolute URL, other pictures only over https; anything else is dropped. */
export function absoluteImageSrc(raw: string, siteUrl: string): string | null {
  const src = raw.trim();
  if (src.startsWith('/') && !src.startsWith('//') && !src.startsWith('/\\')) return `${siteUrl}${src}`;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
