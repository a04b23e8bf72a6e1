import { Extension, Node, mergeAttributes, type Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import { OrderedList } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import { isSafeImageSrc, isSafeLinkHref } from '@/domain/articles/body-doc-schema';
import { cleanPastedHtml } from '@/lib/render/paste';
import { figureNodeView } from './figure-view';

/**
 * The editor's schema: exactly the nodes and marks of the stored body (domain/articles/body-doc.ts),
 * each parsed from and rendered to the HTML the public renderer writes, so a paste from a
 * published article comes back as the same nodes.
 */

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      /** Turns the current paragraph into a pull quote, or a pull quote back into a paragraph. */
      togglePullQuote: () => ReturnType;
    };
  }
}

/** A short, large quotation set apart from the text; it holds words, not paragraphs. */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'inline*',
  defining: true,
  parseHTML() {
    return [{ tag: 'aside.pull-quote', contentElement: (dom: HTMLElement) => dom.querySelector('p') ?? dom }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes(HTMLAttributes, { class: 'pull-quote' }), ['p', 0]];
  },
  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleNode(this.name, 'paragraph'),
    };
  },
});

const textAttr = (name: string) => ({
  default: '',
  parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) ?? '',
  renderHTML: () => ({}),
});

const sideAttr = (name: 'width' | 'height') => ({
  default: null,
  parseHTML: (element: HTMLElement) => {
    const value = Number((element.querySelector('img') ?? element).getAttribute(name));
    return Number.isInteger(value) && value > 0 ? value : null;
  },
  renderHTML: () => ({}),
});

/** A picture as a block figure with alt text, caption and credit, like the renderer's <figure class="body-figure">. */
export const BodyImage = Image.extend({
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      src: {
        default: null,
        parseHTML: (element) => (element.querySelector('img') ?? element).getAttribute('src'),
        renderHTML: () => ({}),
      },
      alt: {
        default: '',
        parseHTML: (element) => (element.querySelector('img') ?? element).getAttribute('alt') ?? '',
        renderHTML: () => ({}),
      },
      caption: {
        ...textAttr('caption'),
        parseHTML: (element) => {
          const caption = element.querySelector('figcaption')?.cloneNode(true) as HTMLElement | undefined;
          caption?.querySelector('.credit')?.remove();
          return caption?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        },
      },
      credit: {
        ...textAttr('credit'),
        parseHTML: (element) => element.querySelector('figcaption .credit')?.textContent?.trim() ?? '',
      },
      width: sideAttr('width'),
      height: sideAttr('height'),
    };
  },
  parseHTML() {
    const safe = (element: HTMLElement) => {
      const src = (element.querySelector('img') ?? element).getAttribute('src');
      return src && isSafeImageSrc(src) ? null : false;
    };
    return [
      { tag: 'figure.body-figure', getAttrs: safe },
      { tag: 'img[src]', getAttrs: safe },
    ];
  },
  renderHTML({ node }) {
    const { src, alt, caption, credit, width, height } = node.attrs as Record<string, string | number | null>;
    const img = ['img', { src, alt: alt ?? '', ...(width && height ? { width, height } : {}) }];
    if (!caption && !credit) return ['figure', { class: 'body-figure' }, img];
    const figcaption = credit
      ? ['figcaption', {}, `${caption ?? ''} `, ['span', { class: 'credit' }, credit]]
      : ['figcaption', {}, caption];
    return ['figure', { class: 'body-figure' }, img, figcaption] as never;
  },
  addInputRules() {
    return [];
  },
  addNodeView() {
    return figureNodeView;
  },
});

/** Links keep only their address; where they may point is the stored body's rule. */
export const BodyLink = Link.extend({
  inclusive: false,
  addAttributes() {
    return { href: { default: null, parseHTML: (element) => element.getAttribute('href') } };
  },
}).configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  HTMLAttributes: { rel: 'noopener noreferrer', target: null, class: null },
  // Bare domains ("example.org") are allowed while typing: autolink and the link panel add https://.
  isAllowedUri: (url) => isSafeLinkHref(url) || /^[\w-]+(\.[\w-]+)+([/?#]|$)/.test(url),
});

/** A numbered list always counts from one, as it does for readers. */
const BodyOrderedList = OrderedList.extend({
  addAttributes() {
    return {};
  },
});

/** DOM events the editable element raises for the component around it: Mod-K, Alt-F10. */
export const SHORTCUT_EVENTS = { link: 'body-editor:link', toolbar: 'body-editor:toolbar' } as const;

export const EditorShortcuts = Extension.create({
  name: 'bodyEditorShortcuts',
  addKeyboardShortcuts() {
    const raise = (name: string) => () => {
      this.editor.view.dom.dispatchEvent(new CustomEvent(name, { bubbles: true }));
      return true;
    };
    return { 'Mod-k': raise(SHORTCUT_EVENTS.link), 'Alt-F10': raise(SHORTCUT_EVENTS.toolbar) };
  },
});

export function bodyExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      link: false,
      orderedList: false,
    }),
    BodyOrderedList,
    BodyLink,
    PullQuote,
    BodyImage,
    EditorShortcuts,
  ];
}

/** Every paste and drop of HTML is cleaned before the schema reads it. */
export const bodyEditorProps = {
  transformPastedHTML: (html: string) => cleanPastedHtml(html),
};
