import { Lexer, type Token, type Tokens } from 'marked';
import type { BodyDoc, BodyNode, Mark, TextNode } from '@/domain/articles/body-doc';

/**
 * Converts the Markdown subset used in content/ (see content/README.md) into the editor's
 * JSON document. Inline images on a line of their own become figures: ![alt](src "caption|credit").
 */
export function markdownToDoc(markdown: string, options: { imageBase?: string } = {}): BodyDoc {
  const imageBase = options.imageBase ?? '/images/articles/';
  const tokens = new Lexer().lex(markdown);
  return { type: 'doc', content: tokens.flatMap((token) => blockNodes(token, imageBase)) };
}

function blockNodes(token: Token, imageBase: string): BodyNode[] {
  switch (token.type) {
    case 'paragraph': {
      const p = token as Tokens.Paragraph;
      const only = p.tokens.length === 1 ? p.tokens[0] : undefined;
      if (only?.type === 'image') return [imageNode(only as Tokens.Image, imageBase)];
      return [{ type: 'paragraph', content: inlineNodes(p.tokens, []) }];
    }
    case 'heading': {
      const h = token as Tokens.Heading;
      return [{ type: 'heading', attrs: { level: h.depth >= 3 ? 3 : 2 }, content: inlineNodes(h.tokens, []) }];
    }
    case 'blockquote': {
      const q = token as Tokens.Blockquote;
      return [{ type: 'blockquote', content: q.tokens.flatMap((t) => blockNodes(t, imageBase)) }];
    }
    case 'list': {
      const list = token as Tokens.List;
      return [
        {
          type: list.ordered ? 'orderedList' : 'bulletList',
          content: list.items.map((item) => ({
            type: 'listItem' as const,
            content: item.tokens.flatMap((t) =>
              t.type === 'text'
                ? [{ type: 'paragraph' as const, content: inlineNodes((t as Tokens.Text).tokens ?? [t], []) }]
                : blockNodes(t, imageBase),
            ),
          })),
        },
      ];
    }
    case 'hr':
      return [{ type: 'horizontalRule' }];
    case 'space':
      return [];
    default:
      return 'text' in token && typeof token.text === 'string' && token.text.trim()
        ? [{ type: 'paragraph', content: [{ type: 'text', text: token.text.trim() }] }]
        : [];
  }
}

function imageNode(token: Tokens.Image, imageBase: string): BodyNode {
  const [caption = '', credit = ''] = (token.title ?? '').split('|').map((s) => s.trim());
  const src = /^(https?:)?\//.test(token.href) ? token.href : imageBase + token.href;
  return { type: 'image', attrs: { src, alt: token.text, caption, credit } };
}

function inlineNodes(tokens: Token[], marks: Mark[]): TextNode[] {
  const out: TextNode[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
        out.push(...inlineNodes((token as Tokens.Strong).tokens, [...marks, { type: 'bold' }]));
        break;
      case 'em':
        out.push(...inlineNodes((token as Tokens.Em).tokens, [...marks, { type: 'italic' }]));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        out.push(...inlineNodes(link.tokens, [...marks, { type: 'link', attrs: { href: link.href } }]));
        break;
      }
      case 'text':
      case 'escape':
      case 'codespan': {
        const t = token as Tokens.Text;
        if (t.tokens?.length) out.push(...inlineNodes(t.tokens, marks));
        else if (t.text) out.push(textNode(decodeEntities(t.text), marks));
        break;
      }
      case 'br':
        break;
      default:
        if ('text' in token && typeof token.text === 'string') out.push(textNode(token.text, marks));
    }
  }
  return mergeAdjacent(out);
}

function textNode(text: string, marks: Mark[]): TextNode {
  return marks.length ? { type: 'text', text, marks } : { type: 'text', text };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function mergeAdjacent(nodes: TextNode[]): TextNode[] {
  const out: TextNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (last && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) last.text += node.text;
    else out.push({ ...node });
  }
  return out;
}
