import type { JSONContent } from '@tiptap/core';
import type { BodyDoc, BodyNode, Mark } from '@/domain/articles/body-doc';
import { isSafeImageSrc, isSafeLinkHref } from '@/domain/articles/body-doc-schema';

/**
 * The editor's JSON in exactly the stored shape: only the stored nodes, marks and attributes,
 * no nulls, no empty `content` or `marks`. Whatever the schema let through that the stored body
 * cannot hold (an unsafe link, a picture from elsewhere) is dropped here, keeping its words.
 */
export function toBodyDoc(json: JSONContent): BodyDoc {
  const content = children(json);
  // The editor keeps an empty paragraph at the end to type into; it is not part of the story.
  while (
    content.length &&
    content[content.length - 1]!.type === 'paragraph' &&
    !('content' in content[content.length - 1]!)
  )
    content.pop();
  return { type: 'doc', content };
}

function children(node: JSONContent): BodyNode[] {
  return (node.content ?? []).flatMap(convert);
}

function withContent<T extends { type: string }>(base: T, content: BodyNode[]): T & { content?: BodyNode[] } {
  return content.length ? { ...base, content } : base;
}

function convert(node: JSONContent): BodyNode[] {
  switch (node.type) {
    case 'text': {
      if (!node.text) return [];
      const marks = (node.marks ?? []).flatMap(mark);
      return [marks.length ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text }];
    }
    case 'hardBreak':
    case 'horizontalRule':
      return [{ type: node.type }];
    case 'heading':
      return [
        withContent({ type: 'heading', attrs: { level: node.attrs?.level === 3 ? 3 : 2 } } as const, children(node)),
      ];
    case 'paragraph':
    case 'blockquote':
    case 'pullQuote':
    case 'bulletList':
    case 'orderedList':
    case 'listItem':
      return [withContent({ type: node.type }, children(node))];
    case 'image': {
      const attrs = node.attrs ?? {};
      const src = typeof attrs.src === 'string' ? attrs.src : '';
      if (!isSafeImageSrc(src)) return [];
      const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
      const side = (value: unknown) =>
        typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
      const caption = text(attrs.caption);
      const credit = text(attrs.credit);
      const width = side(attrs.width);
      const height = side(attrs.height);
      return [
        {
          type: 'image',
          attrs: {
            src,
            alt: text(attrs.alt),
            ...(caption ? { caption } : {}),
            ...(credit ? { credit } : {}),
            ...(width && height ? { width, height } : {}),
          },
        },
      ];
    }
    default:
      // Not a stored node: keep what it says.
      return children(node);
  }
}

function mark(value: { type: string; attrs?: Record<string, unknown> }): Mark[] {
  if (value.type === 'bold' || value.type === 'italic') return [{ type: value.type }];
  if (value.type !== 'link') return [];
  const href = normaliseHref(typeof value.attrs?.href === 'string' ? value.attrs.href : '');
  return href ? [{ type: 'link', attrs: { href } }] : [];
}

/** An address as a writer types it, made into one the stored body accepts, or null. */
export function normaliseHref(raw: string): string | null {
  const href = raw.trim();
  if (!href) return null;
  if (isSafeLinkHref(href)) return href;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(href)) return `mailto:${href}`;
  if (/^[\w-]+(\.[\w-]+)+([/?#:]|$)/.test(href) && !/^[a-z][a-z0-9+.-]*:[^0-9]/i.test(href)) {
    const withScheme = `https://${href}`;
    return isSafeLinkHref(withScheme) ? withScheme : null;
  }
  return null;
}
