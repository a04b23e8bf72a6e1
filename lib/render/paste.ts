import { isSafeImageSrc, isSafeLinkHref } from '@/domain/articles/body-doc-schema';

/**
 * Cleans HTML pasted from a word processor or a web page before the editor reads it. What a
 * body can hold survives (paragraphs, subheadings, quotes, lists, bold, italic, links, dividers,
 * and pictures already on this site); everything else is rebuilt from scratch, so no style,
 * class, script, event handler, tracking pixel or Word markup gets through. The editor's schema
 * filters a second time.
 */
export function cleanPastedHtml(html: string): string {
  const source = new DOMParser().parseFromString(html, 'text/html');
  const out = source.createElement('div');
  new Cleaner(source).blocks(Array.from(source.body.childNodes), out);
  return out.innerHTML;
}

/** Dropped with everything inside them. */
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'area',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'datalist',
  'output',
  'progress',
  'meter',
  'dialog',
  'xml',
  'o:p',
]);
/** Namespaced Word and VML elements that hold drawing or layout, not words (st1: smart tags hold words). */
const DROP_PREFIXES = ['v:', 'w:', 'o:', 'm:'];

/** Elements that start a new block. Containers among them are unwrapped; their text becomes paragraphs. */
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'hr',
  'figure',
  'figcaption',
  'aside',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'pre',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'center',
  'address',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'form',
  'fieldset',
  'legend',
  'body',
  'html',
  'menu',
  'hgroup',
  'search',
]);

/** Query parameters that only tell an advertiser who clicked. */
const TRACKING_PARAM =
  /^(utm_.*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|ref_src)$/i;

type Marks = { bold: boolean; italic: boolean };

class Cleaner {
  constructor(private readonly doc: Document) {}

  private el(tag: string): HTMLElement {
    return this.doc.createElement(tag);
  }

  /** Emits `children` as blocks; runs of loose inline content become paragraphs. */
  blocks(children: Node[], out: HTMLElement): void {
    let paragraph: HTMLElement | null = null;
    const flush = () => {
      if (paragraph && hasWords(paragraph)) out.append(paragraph);
      paragraph = null;
    };
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === 1 && isWordListParagraph(child as Element)) {
        flush();
        const run: Element[] = [child as Element];
        // A Word list is a run of sibling paragraphs; whitespace between them does not break it.
        while (i + 1 < children.length) {
          const next = children[i + 1]!;
          if (next.nodeType === 3 && !next.textContent?.trim()) i++;
          else if (next.nodeType === 1 && isWordListParagraph(next as Element)) {
            run.push(next as Element);
            i++;
          } else break;
        }
        this.wordList(run, out);
      } else if (child.nodeType === 1 && this.isBlock(child as Element)) {
        flush();
        this.block(child as Element, out);
      } else {
        paragraph ??= this.el('p');
        this.inline(child, paragraph, { bold: false, italic: false });
      }
    }
    flush();
  }

  private isBlock(element: Element): boolean {
    const tag = tagOf(element);
    if (isDropped(tag)) return false;
    if (BLOCKS.has(tag)) return true;
    if (tag === 'img') return isSiteImage(element.getAttribute('src'));
    // Google Docs wraps a whole copy in one <b>; an inline element holding blocks is a container.
    return Array.from(element.children).some((child) => this.isBlock(child));
  }

  private containsBlock(element: Element): boolean {
    return Array.from(element.children).some((child) => this.isBlock(child));
  }

  private block(element: Element, out: HTMLElement): void {
    const tag = tagOf(element);
    const slice = element.getAttribute('data-pm-slice');
    const emit = (node: HTMLElement | null) => {
      if (!node) return;
      if (slice && /^\d+ \d+ /.test(slice)) node.setAttribute('data-pm-slice', slice);
      out.append(node);
    };
    if (
      tag !== 'figure' &&
      tag !== 'img' &&
      this.containsBlock(element) &&
      !['blockquote', 'ul', 'ol', 'li', 'aside'].includes(tag)
    ) {
      this.blocks(Array.from(element.childNodes), out);
      return;
    }
    switch (tag) {
      case 'p': {
        const wordClass = element.getAttribute('class') ?? '';
        if (/\bMsoTitle\b/i.test(wordClass)) return emit(this.textBlock('h2', element));
        if (/\bMso(Intense)?Quote\b/i.test(wordClass)) {
          const paragraph = this.textBlock('p', element);
          if (!paragraph) return;
          const quote = this.el('blockquote');
          quote.append(paragraph);
          return emit(quote);
        }
        return emit(this.textBlock('p', element));
      }
      case 'h1':
      case 'h2':
        return emit(this.textBlock('h2', element));
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        return emit(this.textBlock('h3', element));
      case 'blockquote': {
        const quote = this.el('blockquote');
        this.blocks(Array.from(element.childNodes), quote);
        return emit(quote.childNodes.length ? quote : null);
      }
      case 'aside': {
        if (element.classList.contains('pull-quote')) {
          const quote = this.el('aside');
          quote.className = 'pull-quote';
          const words = this.textBlock('p', element);
          if (!words) return;
          quote.append(words);
          return emit(quote);
        }
        return this.blocks(Array.from(element.childNodes), out);
      }
      case 'ul':
      case 'ol':
        return emit(this.list(element));
      case 'li': {
        // A list item without its list: keep the words as a paragraph.
        return this.blocks(Array.from(element.childNodes), out);
      }
      case 'hr':
        return emit(this.el('hr'));
      case 'figure':
      case 'img':
        return emit(this.figure(element));
      case 'pre': {
        const paragraph = this.el('p');
        const lines = (element.textContent ?? '').replace(/\n$/, '').split('\n');
        lines.forEach((line, index) => {
          if (index) paragraph.append(this.el('br'));
          paragraph.append(this.doc.createTextNode(line));
        });
        return emit(hasWords(paragraph) ? paragraph : null);
      }
      case 'td':
      case 'th':
      case 'dt':
      case 'dd':
      case 'figcaption':
      case 'caption':
      case 'summary':
      case 'legend':
        return emit(this.textBlock('p', element));
      default:
        return this.blocks(Array.from(element.childNodes), out);
    }
  }

  private textBlock(tag: string, element: Element): HTMLElement | null {
    const node = this.el(tag);
    for (const child of Array.from(element.childNodes)) this.inline(child, node, { bold: false, italic: false });
    trimBreaks(node);
    return hasWords(node) ? node : null;
  }

  private list(element: Element): HTMLElement | null {
    const list = this.el(tagOf(element) === 'ol' ? 'ol' : 'ul');
    let last: HTMLElement | null = null;
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === 3 && !child.textContent?.trim()) continue;
      const tag = child.nodeType === 1 ? tagOf(child as Element) : '';
      if (tag === 'ul' || tag === 'ol') {
        // Some editors nest a list directly in a list; it belongs to the item before it.
        const nested = this.list(child as Element);
        if (!nested) continue;
        if (!last) {
          last = this.el('li');
          list.append(last);
        }
        last.append(nested);
        continue;
      }
      const item = this.el('li');
      this.blocks(tag === 'li' ? Array.from(child.childNodes) : [child], item);
      if (!item.childNodes.length) continue;
      list.append(item);
      last = item;
    }
    return list.childNodes.length ? list : null;
  }

  /** Word writes lists as paragraphs with `mso-list: l0 level2 lfo1` and a typed-out marker. */
  private wordList(paragraphs: Element[], out: HTMLElement): void {
    const stack: Array<{ level: number; list: HTMLElement; ordered: boolean; item: HTMLElement | null }> = [];
    for (const paragraph of paragraphs) {
      const style = paragraph.getAttribute('style') ?? '';
      const level = Number(/level(\d+)/i.exec(style)?.[1] ?? '1');
      const marker = Array.from(paragraph.querySelectorAll('span'))
        .filter((span) => /mso-list:\s*Ignore/i.test(span.getAttribute('style') ?? ''))
        .map((span) => {
          const text = span.textContent ?? '';
          span.remove();
          return text;
        })
        .join('')
        .replace(/[\s\u00a0]+/g, '');
      const ordered = /^(\(?[0-9]+|\(?[a-z]{1,3})[.)]$/i.test(marker);
      while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
      let top = stack[stack.length - 1];
      if (top && top.level === level && top.ordered !== ordered) {
        stack.pop();
        top = stack[stack.length - 1];
      }
      if (!top || top.level < level) {
        const list = this.el(ordered ? 'ol' : 'ul');
        if (top?.item) top.item.append(list);
        else out.append(list);
        top = { level, list, ordered, item: null };
        stack.push(top);
      }
      const item = this.el('li');
      const words = this.textBlock('p', paragraph);
      if (words) item.append(words);
      top.list.append(item);
      top.item = item;
    }
  }

  private figure(element: Element): HTMLElement | null {
    const img = tagOf(element) === 'img' ? element : element.querySelector('img');
    const src = img?.getAttribute('src') ?? null;
    if (!img || !isSiteImage(src)) return null;
    const figure = this.el('figure');
    figure.className = 'body-figure';
    const image = this.el('img');
    image.setAttribute('src', src!);
    image.setAttribute('alt', img.getAttribute('alt') ?? '');
    for (const side of ['width', 'height']) {
      const value = img.getAttribute(side);
      if (value && /^[1-9]\d{0,4}$/.test(value)) image.setAttribute(side, value);
    }
    figure.append(image);
    const caption = tagOf(element) === 'figure' ? element.querySelector('figcaption') : null;
    if (caption) {
      const creditElement = caption.querySelector('.credit');
      const credit = creditElement?.textContent?.trim() ?? '';
      creditElement?.remove();
      const words = caption.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (words || credit) {
        const figcaption = this.el('figcaption');
        figcaption.textContent = words;
        if (credit) {
          const span = this.el('span');
          span.className = 'credit';
          span.textContent = credit;
          figcaption.append(words ? ' ' : '', span);
        }
        figure.append(figcaption);
      }
    }
    return figure;
  }

  /** Appends the inline content of `node` to `target`, keeping bold, italic, links and line breaks. */
  private inline(node: Node, target: HTMLElement, marks: Marks): void {
    if (node.nodeType === 3) {
      target.append(this.doc.createTextNode(node.textContent ?? ''));
      return;
    }
    if (node.nodeType !== 1) return; // comments, Word's <![if !supportLists]>, processing instructions
    const element = node as Element;
    const tag = tagOf(element);
    if (isDropped(tag) || tag === 'img') return;
    if (tag === 'br') {
      target.append(this.el('br'));
      return;
    }
    const style = element.getAttribute('style') ?? '';
    if (/mso-list:\s*Ignore/i.test(style) || /display:\s*none/i.test(style)) return;

    const next = { ...marks };
    const weight = /(?:^|;)\s*font-weight:\s*([a-z0-9]+)/i.exec(style)?.[1]?.toLowerCase();
    const fontStyle = /(?:^|;)\s*font-style:\s*([a-z]+)/i.exec(style)?.[1]?.toLowerCase();
    // Google Docs says bold with a style on a <span>, and "not bold" with a style on its wrapping <b>.
    const bold = weight
      ? weight === 'bold' || weight === 'bolder' || Number(weight) >= 600
      : tag === 'b' || tag === 'strong';
    const italic = fontStyle
      ? fontStyle === 'italic' || fontStyle === 'oblique'
      : tag === 'i' || tag === 'em' || tag === 'cite';
    const chain: HTMLElement[] = [];
    if (tag === 'a') {
      const href = cleanHref(element.getAttribute('href'));
      if (href) {
        const link = this.el('a');
        link.setAttribute('href', href);
        chain.push(link);
      }
    }
    if (bold && !marks.bold) {
      chain.push(this.el('strong'));
      next.bold = true;
    }
    if (italic && !marks.italic) {
      chain.push(this.el('em'));
      next.italic = true;
    }
    if (!chain.length) {
      for (const child of Array.from(element.childNodes)) this.inline(child, target, next);
      return;
    }
    chain.reduce((outer, inner) => (outer.append(inner), inner));
    const innermost = chain[chain.length - 1]!;
    for (const child of Array.from(element.childNodes)) this.inline(child, innermost, next);
    if (innermost.childNodes.length) target.append(chain[0]!);
  }
}

/** tagName, not localName: parsers disagree on the localName of Word's prefixed tags like <o:p>. */
function tagOf(element: Element): string {
  return element.tagName.toLowerCase();
}

function isDropped(tag: string): boolean {
  return DROP.has(tag) || DROP_PREFIXES.some((prefix) => tag.startsWith(prefix));
}

function isWordListParagraph(element: Element): boolean {
  return tagOf(element) === 'p' && /mso-list:\s*l\d+/i.test(element.getAttribute('style') ?? '');
}

/** Only pictures already on this site come along; others would be hotlinks or tracking pixels. */
function isSiteImage(src: string | null): boolean {
  return Boolean(src && src.startsWith('/') && isSafeImageSrc(src));
}

function hasWords(element: HTMLElement): boolean {
  return Boolean(element.textContent?.trim()) || element.querySelector('img') !== null;
}

function trimBreaks(element: HTMLElement): void {
  while (element.lastChild?.nodeName === 'BR') element.lastChild.remove();
  while (element.firstChild?.nodeName === 'BR') element.firstChild.remove();
}

/**
 * A link worth keeping, without its tracking: http(s), mailto and site paths only; Google's
 * redirect wrapper is unwrapped; links to a place inside the copied page are dropped.
 */
export function cleanHref(raw: string | null): string | null {
  const href = raw?.trim();
  if (!href || href.startsWith('#')) return null;
  if (href.startsWith('/')) return isSafeLinkHref(href) ? stripTracking(href, true) : null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (/^(www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname === '/url') {
    const target = url.searchParams.get('q') ?? url.searchParams.get('url');
    return target && /^https?:/i.test(target) ? cleanHref(target) : null;
  }
  if (url.protocol === 'mailto:') return isSafeLinkHref(url.href) ? url.href : null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const clean = stripTracking(url.href, false);
  return isSafeLinkHref(clean) ? clean : null;
}

function stripTracking(href: string, relative: boolean): string {
  const url = new URL(href, 'https://relative.invalid');
  const tracking = Array.from(url.searchParams.keys()).filter((key) => TRACKING_PARAM.test(key));
  if (!tracking.length) return relative ? href : url.href;
  for (const key of tracking) url.searchParams.delete(key);
  const search = url.searchParams.toString();
  const rest = `${url.pathname}${search ? `?${search}` : ''}${url.hash}`;
  return relative ? rest : `${url.origin}${rest}`;
}
