import { z } from 'zod';
import type { BodyDoc } from './body-doc';

/**
 * Validates a body document that arrives from a client (the admin editor posts it to server
 * actions). Only the stored shape of domain/articles/body-doc.ts passes: known nodes in their places,
 * known marks and attributes, safe links and image sources, bounded size and depth. The renderer
 * still trusts nothing; this keeps junk out of the database and tells the writer what is wrong.
 */

export const BODY_LIMITS = {
  depth: 20,
  nodes: 20_000,
  textNode: 50_000,
  characters: 1_000_000,
  href: 2_048,
  src: 2_048,
  alt: 1_000,
  caption: 2_000,
  credit: 300,
  imageSide: 20_000,
} as const;

const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

/** Where a link in a body may point: http(s), mailto, or a path or fragment on this site. */
export function isSafeLinkHref(href: string): boolean {
  if (!href || href !== href.trim() || CONTROL_OR_BACKSLASH.test(href)) return false;
  // "//host" and "/\host" are other sites in a browser's eyes, not paths on this one.
  if (href.startsWith('/')) return !href.startsWith('//');
  if (href.startsWith('#')) return true;
  try {
    const url = new URL(href);
    if (url.protocol === 'mailto:') return url.pathname.length > 0;
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Where a body image may come from: an upload (/media/…), the bundled images (/images/…), or http(s). */
export function isSafeImageSrc(src: string): boolean {
  if (!src || src !== src.trim() || CONTROL_OR_BACKSLASH.test(src)) return false;
  if (src.startsWith('/')) return /^\/(media|images)\/[^/]/.test(src) && !/(^|\/)\.\.?(\/|$)/.test(src);
  try {
    const url = new URL(src);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const text = z
  .string()
  .min(1, 'A text node is empty.')
  .max(BODY_LIMITS.textNode, `A run of text is longer than ${BODY_LIMITS.textNode.toLocaleString('en')} characters.`);

const markSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('bold') }),
  z.strictObject({ type: z.literal('italic') }),
  z.strictObject({
    type: z.literal('link'),
    attrs: z.strictObject({
      href: z
        .string()
        .max(BODY_LIMITS.href, 'A link address is too long.')
        .refine(isSafeLinkHref, 'A link must start with https://, http://, mailto: or / (a page on this site).'),
    }),
  }),
]);

const textNode = z.strictObject({ type: z.literal('text'), text, marks: z.array(markSchema).max(3).optional() });
const hardBreak = z.strictObject({ type: z.literal('hardBreak') });
const inline = z.discriminatedUnion('type', [textNode, hardBreak]);
const inlineContent = z.array(inline).optional();

const side = z.number().int().positive().max(BODY_LIMITS.imageSide);

const imageNode = z.strictObject({
  type: z.literal('image'),
  attrs: z.strictObject({
    src: z
      .string()
      .max(BODY_LIMITS.src)
      .refine(
        isSafeImageSrc,
        'A picture must be an upload (/media/…), a bundled image (/images/…) or an http(s) address.',
      ),
    alt: z.string().max(BODY_LIMITS.alt, 'A picture’s alt text is too long.'),
    caption: z.string().max(BODY_LIMITS.caption, 'A caption is too long.').optional(),
    credit: z.string().max(BODY_LIMITS.credit, 'A picture credit is too long.').optional(),
    width: side.optional(),
    height: side.optional(),
  }),
});

type BlockSchema = z.ZodType<BodyDoc['content'][number]>;

// Blocks nest (quotes and lists hold blocks), so the union refers to itself through getters.
const blockContent = (): z.ZodOptional<z.ZodArray<BlockSchema>> => z.array(block).optional();

const listItem = z.strictObject({
  type: z.literal('listItem'),
  get content() {
    return blockContent();
  },
});
const listContent = z.array(listItem).optional();

const block: BlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), content: inlineContent }),
  z.strictObject({
    type: z.literal('heading'),
    attrs: z.strictObject({ level: z.literal([2, 3], 'A subheading must be level 2 or 3.') }),
    content: inlineContent,
  }),
  z.strictObject({
    type: z.literal('blockquote'),
    get content() {
      return blockContent();
    },
  }),
  // A pull quote holds its words directly; paragraphs inside one are accepted as the renderer flattens them.
  z.strictObject({
    type: z.literal('pullQuote'),
    content: z
      .array(z.union([inline, z.strictObject({ type: z.literal('paragraph'), content: inlineContent })]))
      .optional(),
  }),
  z.strictObject({ type: z.literal('bulletList'), content: listContent }),
  z.strictObject({ type: z.literal('orderedList'), content: listContent }),
  imageNode,
  z.strictObject({ type: z.literal('horizontalRule') }),
]);

const docShape = z.strictObject({ type: z.literal('doc'), content: z.array(block) });

type Measured = { depth: number; nodes: number; characters: number };

/** Walks without recursion, so a hostile million-deep document cannot overflow the stack. */
function measure(input: unknown): Measured {
  const result: Measured = { depth: 0, nodes: 0, characters: 0 };
  const stack: Array<[unknown, number]> = [[input, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    result.nodes++;
    result.depth = Math.max(result.depth, depth);
    if (result.nodes > BODY_LIMITS.nodes || result.depth > BODY_LIMITS.depth) return result;
    const { text: value, content } = node as { text?: unknown; content?: unknown };
    if (typeof value === 'string') result.characters += value.length;
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
  }
  return result;
}

const limits = z.unknown().superRefine((input, ctx) => {
  const size = measure(input);
  if (size.depth > BODY_LIMITS.depth)
    ctx.addIssue({ code: 'custom', message: `The body is nested more than ${BODY_LIMITS.depth} levels deep.` });
  else if (size.nodes > BODY_LIMITS.nodes)
    ctx.addIssue({
      code: 'custom',
      message: `The body has more than ${BODY_LIMITS.nodes.toLocaleString('en')} parts; split it into several articles.`,
    });
  else if (size.characters > BODY_LIMITS.characters)
    ctx.addIssue({
      code: 'custom',
      message: `The body is longer than ${BODY_LIMITS.characters.toLocaleString('en')} characters.`,
    });
});

/** The size limits are checked first, so the shape check never descends into a hostile tree. */
export const bodyDocSchema = limits.pipe(docShape) as unknown as z.ZodType<BodyDoc>;

const NODE_NAMES: Record<string, string> = {
  paragraph: 'paragraph',
  heading: 'subheading',
  blockquote: 'block quote',
  pullQuote: 'pull quote',
  bulletList: 'bulleted list',
  orderedList: 'numbered list',
  listItem: 'list item',
  image: 'picture',
  horizontalRule: 'divider',
  text: 'text',
  hardBreak: 'line break',
};

/** "(at numbered list 3 › list item 2 › paragraph 1, href)": enough for a writer to find the problem. */
function locate(input: unknown, path: PropertyKey[]): { where: string; node: unknown; mark: boolean } {
  const parts: string[] = [];
  let node: unknown = input;
  let mark = false;
  let rest: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const index = path[i + 1];
    if ((key === 'content' || key === 'marks') && typeof index === 'number' && node && typeof node === 'object') {
      mark = key === 'marks';
      node = (node as Record<string, unknown[] | undefined>)[key]?.[index];
      parts.push(mark ? `formatting ${index + 1}` : `${NODE_NAMES[typeOf(node) ?? ''] ?? 'block'} ${index + 1}`);
      rest = [];
      i++;
    } else if (key !== 'attrs' && key !== 'type') rest.push(String(key));
  }
  const field = rest.length ? `, ${rest.join('.')}` : '';
  return { where: parts.length ? ` (at ${parts.join(' › ')}${field})` : '', node, mark };
}

function typeOf(node: unknown): string | undefined {
  const type = node && typeof node === 'object' ? (node as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : undefined;
}

function explain(issue: z.core.$ZodIssue, input: unknown): string {
  const { where, node, mark } = locate(input, issue.path);
  const sentence = (message: string) => `${message.replace(/\.$/, '')}${where}.`;
  switch (issue.code) {
    case 'invalid_union': {
      const type = typeOf(node);
      if (mark)
        return sentence(`Only bold, italic and links can format text, not “${(type ?? 'nothing').slice(0, 40)}”`);
      if (type && !(type in NODE_NAMES))
        return sentence(`The body contains a “${type.slice(0, 40)}”, which a body cannot hold`);
      if (type === 'text' || type === 'hardBreak')
        return sentence('Text must sit inside a paragraph, subheading or pull quote');
      if (type) return sentence(`A ${NODE_NAMES[type]} cannot go there`);
      return sentence('The body contains a part with no type');
    }
    case 'unrecognized_keys':
      return sentence(`The body contains an attribute that is not allowed (${issue.keys.slice(0, 3).join(', ')})`);
    case 'custom':
      return sentence(issue.message);
    default:
      return issue.message.startsWith('Invalid')
        ? sentence(
            `The body is not in the stored format: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`,
          )
        : sentence(issue.message);
  }
}

export function parseBodyDoc(input: unknown): { ok: true; doc: BodyDoc } | { ok: false; message: string } {
  const result = bodyDocSchema.safeParse(input);
  if (result.success) return { ok: true, doc: result.data };
  const issue = result.error.issues[0];
  return { ok: false, message: issue ? explain(issue, input) : 'The body is not in the stored format.' };
}
