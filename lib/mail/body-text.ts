import type { BodyDoc } from '@/domain/articles/body-doc';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { translator } from '@/lib/i18n/core';
import { absoluteHref, attrOf, childrenOf, type Loose } from './body-links';

/**
 * A stored body as the plain-text part of a mail: paragraphs between blank lines, a heading
 * underlined, lists with "-" or numbers, quotes with "> ", a link's address after its words, a
 * picture as its description ("[Picture: …]", in the mail's language). Same trust rules as the
 * HTML: unsafe links keep only their words.
 */
export function bodyToMailText(doc: BodyDoc, ctx: { siteUrl: string; webUrl: string; locale?: Locale }): string {
  const t = translator(ctx.locale ?? DEFAULT_LOCALE, 'mail');
  const inline = (node: Loose): string => {
    if (node.type === 'hardBreak') return '\n';
    if (node.type !== 'text') return childrenOf(node).map(inline).join('');
    const words = typeof node.text === 'string' ? node.text : '';
    const marks = Array.isArray(node.marks) ? (node.marks as Loose[]) : [];
    const linkMark = marks.find((m) => m && typeof m === 'object' && m.type === 'link');
    const href = linkMark ? absoluteHref(attrOf(linkMark, 'href'), ctx) : null;
    return href && href !== words.trim() ? `${words} (${href.replace(/^mailto:/, '')})` : words;
  };
  const inlineOf = (node: Loose) =>
    childrenOf(node)
      .map(inline)
      .join('')
      .replace(/[ \t]+/g, ' ')
      .trim();
  const flat = (node: Loose): string =>
    node.type === 'text' || node.type === 'hardBreak' ? inline(node) : childrenOf(node).map(flat).join(' ');

  const indent = (textBlock: string, first: string, rest: string) =>
    textBlock
      .split('\n')
      .map((line, i) => (line ? `${i === 0 ? first : rest}${line}` : line))
      .join('\n');

  const block = (node: Loose): string => {
    switch (node.type) {
      case 'paragraph':
        return inlineOf(node);
      case 'heading': {
        const words = inlineOf(node);
        return attrOf(node, 'level') === '3' ? words : `${words}\n${'-'.repeat(Math.min(words.length, 60))}`;
      }
      case 'blockquote':
      case 'pullQuote': {
        const inner = node.type === 'pullQuote' ? flat(node).replace(/\s+/g, ' ').trim() : blocks(childrenOf(node));
        return inner
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n');
      }
      case 'bulletList':
      case 'orderedList':
        return childrenOf(node)
          .map((item, i) => {
            const marker = node.type === 'bulletList' ? '- ' : `${i + 1}. `;
            const inner =
              item.type === 'listItem'
                ? childrenOf(item)
                    .map((c) => (c.type === 'paragraph' ? inlineOf(c) : block(c)))
                    .filter(Boolean)
                    .join('\n')
                : flat(item).trim();
            return indent(inner, marker, ' '.repeat(marker.length));
          })
          .join('\n');
      case 'image': {
        const described = (attrOf(node, 'alt') || attrOf(node, 'caption')).trim();
        const credit = attrOf(node, 'credit').trim();
        if (!described) return credit ? `[${t('picture')} (${credit})]` : '';
        return `[${t('picture')}: ${described}${credit ? ` (${credit})` : ''}]`;
      }
      case 'horizontalRule':
        return '* * *';
      case 'text':
        return inline(node).trim();
      default:
        return flat(node).replace(/\s+/g, ' ').trim();
    }
  };
  const blocks = (nodes: Loose[]) => nodes.map(block).filter(Boolean).join('\n\n');
  return blocks(childrenOf(doc));
}
