import { mediaSources, parseMediaSrc } from '@/lib/media/urls';
import type { BodyDoc } from '@/domain/articles/body-doc';

/**
 * Renders a stored body document to HTML. This is the only way a body reaches a page or a
 * feed, so it trusts nothing: unknown nodes keep only their text, unknown marks are dropped,
 * every string is escaped, and links and images must point somewhere safe.
 */
export function renderBodyHtml(doc: BodyDoc, options: { imageSizes?: string } = {}): string {
  const sizes = options.imageSizes ?? '(min-width: 760px) 680px, 100vw';
  return children(doc as unknown as Loose)
    .map((node) => block(node, sizes))
    .filter(Boolean)
    .join('\n');
}

type Loose = { type?: unknown; text?: unknown; attrs?: unknown; marks?: unknown; content?: unknown };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function children(node: Loose): Loose[] {
  return Array.isArray(node.content) ? (node.content.filter((c) => c && typeof c === 'object') as Loose[]) : [];
}

function attr(node: Loose, name: string): string {
  const attrs = node.attrs && typeof node.attrs === 'object' ? (node.attrs as Record<string, unknown>) : {};
  const value = attrs[name];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** http(s), mailto and site-relative links only; anything else (javascript:, data:, …) is refused. */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  if (!href) return null;
  // "//host" and "/\host" both leave the site in browsers.
  if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\')) return href;
  if (href.startsWith('#')) return href;
  try {
    const url = new URL(href);
    if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:') return url.href;
  } catch {
    return null;
  }
  return null;
}

function safeImageSrc(raw: string): string | null {
  const src = raw.trim();
  if (src.startsWith('/') && !src.startsWith('//')) return src;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function inline(node: Loose): string {
  if (node.type === 'hardBreak') return '<br>';
  if (node.type !== 'text') return children(node).map(inline).join('');
  let html = escapeHtml(typeof node.text === 'string' ? node.text : '');
  const marks = Array.isArray(node.marks) ? (node.marks as Loose[]) : [];
  for (const mark of marks) {
    if (!mark || typeof mark !== 'object') continue;
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
    else if (mark.type === 'link') {
      const href = safeHref(attr(mark, 'href'));
      if (!href) continue;
      const external = /^https?:/.test(href);
      html = `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer"' : ''}>${html}</a>`;
    }
  }
  return html;
}

const inlineOf = (node: Loose) => children(node).map(inline).join('');

/** Widths Next's image optimiser serves (next.config.ts images.deviceSizes); the browser picks one. */
export const IMAGE_WIDTHS = { photo: [640, 1080, 1280, 1600], thumbnail: [390, 640], avatar: [96, 160] } as const;

export function responsiveSrcSet(src: string, widths: readonly number[] = IMAGE_WIDTHS.photo): string {
  if (!src.startsWith('/')) return '';
  return widths.map((w) => `/_next/image?url=${encodeURIComponent(src)}&w=${w}&q=75 ${w}w`).join(', ');
}

/** An upload (/media/…): its own AVIF, WebP and JPEG variants, chosen by the browser. */
function mediaPicture(src: string, alt: string, size: string, sizes: string): string {
  const sources = mediaSources(src);
  if (!sources) return '';
  const sizesAttr = escapeHtml(sizes);
  return (
    `<picture>` +
    `<source type="image/avif" srcset="${escapeHtml(sources.srcSet.avif)}" sizes="${sizesAttr}">` +
    `<source type="image/webp" srcset="${escapeHtml(sources.srcSet.webp)}" sizes="${sizesAttr}">` +
    `<img src="${escapeHtml(sources.src)}" srcset="${escapeHtml(sources.srcSet.fallback)}" sizes="${sizesAttr}" alt="${alt}"${size} loading="lazy" decoding="async">` +
    `</picture>`
  );
}

/** Anything else on the site (the demo's /images/…) goes through Next's optimiser. */
function optimisedImg(src: string, alt: string, size: string, sizes: string): string {
  const srcset = responsiveSrcSet(src);
  return `<img src="${escapeHtml(src)}"${srcset ? ` srcset="${escapeHtml(srcset)}" sizes="${escapeHtml(sizes)}"` : ''} alt="${alt}"${size} loading="lazy" decoding="async">`;
}

function figure(node: Loose, sizes: string): string {
  const src = safeImageSrc(attr(node, 'src'));
  if (!src) return '';
  const alt = escapeHtml(attr(node, 'alt'));
  const caption = attr(node, 'caption');
  const credit = attr(node, 'credit');
  const media = parseMediaSrc(src);
  // An upload's URL carries its true size; other images may state theirs in the node.
  const width = media?.width ?? Number(attr(node, 'width'));
  const height = media?.height ?? Number(attr(node, 'height'));
  // Known dimensions let the browser reserve the space before the picture arrives.
  const size =
    Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0
      ? ` width="${width}" height="${height}"`
      : '';
  const img = media ? mediaPicture(src, alt, size, sizes) : optimisedImg(src, alt, size, sizes);
  const captionHtml =
    caption || credit
      ? `<figcaption>${escapeHtml(caption)}${credit ? ` <span class="credit">${escapeHtml(credit)}</span>` : ''}</figcaption>`
      : '';
  return `<figure class="body-figure">${img}${captionHtml}</figure>`;
}

function block(node: Loose, sizes: string): string {
  switch (node.type) {
    case 'paragraph': {
      const html = inlineOf(node);
      return html ? `<p>${html}</p>` : '';
    }
    case 'heading': {
      const level = attr(node, 'level') === '3' ? 3 : 2;
      return `<h${level}>${inlineOf(node)}</h${level}>`;
    }
    case 'blockquote':
      return `<blockquote>${children(node)
        .map((c) => block(c, sizes))
        .join('')}</blockquote>`;
    case 'pullQuote':
      return `<aside class="pull-quote"><p>${children(node).map(inlineOrBlockText).join(' ')}</p></aside>`;
    case 'bulletList':
      return `<ul>${children(node)
        .map((c) => listItem(c, sizes))
        .join('')}</ul>`;
    case 'orderedList':
      return `<ol>${children(node)
        .map((c) => listItem(c, sizes))
        .join('')}</ol>`;
    case 'image':
      return figure(node, sizes);
    case 'horizontalRule':
      return '<hr>';
    case 'text':
      return `<p>${inline(node)}</p>`;
    default: {
      // Unknown block: keep what it says, drop what it is.
      const text = children(node).map(inlineOrBlockText).join(' ');
      return text ? `<p>${text}</p>` : '';
    }
  }
}

function inlineOrBlockText(node: Loose): string {
  if (node.type === 'text' || node.type === 'hardBreak') return inline(node);
  return children(node).map(inlineOrBlockText).join(' ');
}

function listItem(node: Loose, sizes: string): string {
  if (node.type !== 'listItem') return `<li>${inlineOrBlockText(node)}</li>`;
  const parts = children(node).map((c) => (c.type === 'paragraph' ? inlineOf(c) : block(c, sizes)));
  return `<li>${parts.join('')}</li>`;
}
