/**
 * The stored shape of an article body: a ProseMirror/Tiptap JSON document. The admin editor
 * writes it, content/ Markdown is converted to it, and lib/render/body-html.ts renders it.
 * Stored documents are untrusted: the renderer checks every node and attribute itself.
 */
export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

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
  | {
      type: 'image';
      attrs: { src: string; alt: string; caption?: string; credit?: string; width?: number; height?: number };
    }
  | { type: 'horizontalRule' }
  | { type: 'hardBreak' };

export type BodyDoc = { type: 'doc'; content: BodyNode[] };

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
  childrenOf(doc).forEach(walk);
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

/** How much of a members-only story a non-member sees: whichever limit comes first. */
export const PREVIEW_LIMITS = { blocks: 2, words: 120, share: 0.3 } as const;

const WORD = /\S+\s*/g;
const wordsIn = (text: string) => text.match(WORD)?.length ?? 0;

/** Words of running text anywhere in a node, however deeply it is nested. */
function wordsOf(node: UnknownNode): number {
  if (node.type === 'text') return typeof node.text === 'string' ? wordsIn(node.text) : 0;
  if (node.type === 'image') return 0;
  return childrenOf(node).reduce((sum, child) => sum + wordsOf(child), 0);
}

/** The node cut down to at most `budget` words, or null when nothing of it fits. */
function takeWords(node: BodyNode, budget: number): { node: BodyNode | null; used: number; cut: boolean } {
  if (budget <= 0) return { node: null, used: 0, cut: true };
  switch (node.type) {
    case 'text': {
      const words = node.text.match(WORD) ?? [];
      if (words.length <= budget) return { node, used: words.length, cut: false };
      const lead = /^\s*/.exec(node.text)?.[0] ?? '';
      return {
        node: { ...node, text: `${lead}${words.slice(0, budget).join('').trimEnd()}…` },
        used: budget,
        cut: true,
      };
    }
    case 'hardBreak':
      return { node, used: 0, cut: false };
    // Pictures and rules carry no words to count and are part of what members pay for.
    case 'image':
    case 'horizontalRule':
      return { node: null, used: 0, cut: true };
    default: {
      const kept: BodyNode[] = [];
      let used = 0;
      let cut = false;
      for (const child of node.content ?? []) {
        const taken = takeWords(child, budget - used);
        used += taken.used;
        if (taken.node) kept.push(taken.node);
        if (taken.cut) {
          cut = true;
          if (budget - used <= 0) break;
        }
      }
      if (wordsOf({ content: kept }) === 0) return { node: null, used, cut: true };
      return { node: { ...node, content: kept }, used, cut };
    }
  }
}

/**
 * What a reader who may not read the whole story sees of it. It fails closed whatever the
 * body's shape: at most two blocks, at most 120 words counted through lists, quotes and every
 * other nesting, never more than 30% of the body's words (so never the whole of it, and
 * nothing of a body that is only pictures), no images, a cut block ending in "…".
 */
export function previewOf(
  doc: BodyDoc,
  limits: { blocks: number; words: number; share: number } = PREVIEW_LIMITS,
): BodyDoc {
  const nodes = Array.isArray(doc.content) ? doc.content : [];
  const total = wordsOf(doc);
  let budget = Math.min(limits.words, Math.floor(total * limits.share));
  const kept: BodyNode[] = [];
  for (const node of nodes) {
    if (kept.length >= limits.blocks || budget <= 0) break;
    const taken = takeWords(node, budget);
    budget -= taken.used;
    if (taken.node) kept.push(taken.node);
    if (taken.cut && taken.node) break;
  }
  return { type: 'doc', content: kept };
}

export function countWords(doc: BodyDoc): number {
  return bodyToText(doc).split(/\s+/).filter(Boolean).length;
}

/** The plain-text columns stored beside a body on every write: search reads them. */
export function derivedTextColumns(doc: BodyDoc): { bodyText: string; previewText: string } {
  return { bodyText: bodyToText(doc), previewText: bodyToText(previewOf(doc)) };
}
