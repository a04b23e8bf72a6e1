/**
 * The stored shape of an article body: a ProseMirror/Tiptap JSON document. The admin editor
 * writes it, content/ Markdown is converted to it, and lib/render/body-html.ts renders it.
 * Stored documents are untrusted: the renderer checks every node and attribute itself.
 */
export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'link'; attrs: { href: string } };

export type TextNode = { type: 'text'; text: string; marks?: Mark[] };

export type BodyNode =
  | TextNode
  | { type: 'paragraph'; content?: BodyNode[] }
  | { type: 'heading'; attrs: { level: 2 | 3 }; content?: BodyNode[] }
  | { type: 'blockquote'; content?: BodyNode[] }
  | { type: 'pullQuote'; content?: BodyNode[] }
  | { type: 'bulletList'; content?: BodyNode[] }
  | { type: 'orderedList'; content?: BodyNode[] }
  | { type: 'listItem'; content?: BodyNode[] }
  | { type: 'image'; attrs: { src: string; alt: string; caption?: string; credit?: string; width?: number; height?: number } }
  | { type: 'horizontalRule' }
  | { type: 'hardBreak' };

export type BodyDoc = { type: 'doc'; content: BodyNode[] };

export const emptyDoc = (): BodyDoc => ({ type: 'doc', content: [] });

/** Loose view of a node as it may arrive from storage or a client. */
type UnknownNode = { type?: unknown; text?: unknown; content?: unknown };

function childrenOf(node: UnknownNode): UnknownNode[] {
  return Array.isArray(node.content) ? (node.content as UnknownNode[]) : [];
}

/** Plain text of a document, blocks separated by blank lines; feeds search and descriptions. */
export function bodyToText(doc: BodyDoc): string {
  const blocks: string[] = [];
  const inline = (node: UnknownNode): string => {
    if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
    if (node.type === 'hardBreak') return ' ';
    return childrenOf(node).map(inline).join('');
  };
  const walk = (node: UnknownNode) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        blocks.push(inline(node));
        return;
      case 'image':
        return;
      default:
        childrenOf(node).forEach(walk);
    }
  };
  childrenOf(doc as UnknownNode).forEach(walk);
  return blocks
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * Cuts a document after its n-th top-level paragraph. The appeal goes between the halves;
 * the paywall keeps only the head.
 */
export function splitAfterParagraphs(doc: BodyDoc, n: number): [BodyDoc, BodyDoc] {
  const nodes = Array.isArray(doc.content) ? doc.content : [];
  let seen = 0;
  let cut = nodes.length;
  for (let i = 0; i < nodes.length; i++) {
    if (nodes[i]?.type === 'paragraph') seen++;
    if (seen === n) {
      cut = i + 1;
      break;
    }
  }
  return [
    { type: 'doc', content: nodes.slice(0, cut) },
    { type: 'doc', content: nodes.slice(cut) },
  ];
}

export function countWords(doc: BodyDoc): number {
  return bodyToText(doc).split(/\s+/).filter(Boolean).length;
}
