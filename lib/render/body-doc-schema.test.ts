import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, isSafeImageSrc, isSafeLinkHref, parseBodyDoc } from '@/domain/articles/body-doc-schema';
import { markdownToDoc } from './markdown';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const link = (href: string) => ({ type: 'link', attrs: { href } });

function rejected(input: unknown): string {
  const result = parseBodyDoc(input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input).slice(0, 200)} to be rejected`);
  return result.message;
}

const everyNode = doc(
  p(
    text('Plain '),
    text('bold', [{ type: 'bold' }]),
    text(' and '),
    text('both', [{ type: 'bold' }, { type: 'italic' }]),
    { type: 'hardBreak' },
    text('linked', [link('https://example.org/a?b=1')]),
  ),
  { type: 'heading', attrs: { level: 2 }, content: [text('A subheading')] },
  { type: 'heading', attrs: { level: 3 }, content: [text('A smaller one')] },
  { type: 'blockquote', content: [p(text('Quoted'))] },
  { type: 'pullQuote', content: [text('A short, large quotation')] },
  {
    type: 'bulletList',
    content: [
      {
        type: 'listItem',
        content: [
          p(text('one')),
          { type: 'orderedList', content: [{ type: 'listItem', content: [p(text('nested'))] }] },
        ],
      },
    ],
  },
  {
    type: 'image',
    attrs: {
      src: '/media/abc123/1600x900.jpg',
      alt: 'A lake',
      caption: 'The lake',
      credit: 'Photo: Ridgeline',
      width: 1600,
      height: 900,
    },
  },
  { type: 'image', attrs: { src: '/images/articles/sevan.jpg', alt: '' } },
  { type: 'horizontalRule' },
  { type: 'paragraph' },
  p(
    text('Mail us', [link('mailto:desk@ridgeline.example')]),
    text(' or read ', []),
    text('this', [link('/articles/lake-sevan-shoreline')]),
  ),
);

describe('parseBodyDoc', () => {
  it('accepts every node type, mark and attribute of the stored shape', () => {
    const result = parseBodyDoc(everyNode);
    expect(result).toEqual({ ok: true, doc: everyNode });
  });

  it('accepts every article of the demo newsroom as converted from content/', () => {
    const dir = path.resolve(import.meta.dirname, '../../content/articles');
    const files = fs.readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) {
      const source = fs.readFileSync(path.join(dir, name), 'utf8');
      const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
      const result = parseBodyDoc(markdownToDoc(body));
      expect(result.ok ? 'ok' : `${name}: ${result.message}`).toBe('ok');
    }
  });

  it('refuses script and iframe nodes, naming the offending node', () => {
    expect(rejected(doc(p(text('Hi')), { type: 'script', content: [text('alert(1)')] }))).toBe(
      'The body contains a “script”, which a body cannot hold (at block 2).',
    );
    expect(rejected(doc({ type: 'iframe', attrs: { src: 'https://evil.example' } }))).toMatch(/iframe/);
  });

  it('refuses javascript:, data:, protocol-relative and backslash links', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//evil.example/x',
      '/\\evil.example',
      'vbscript:msgbox(1)',
      ' https://example.org',
      '',
    ]) {
      const message = rejected(doc(p(text('click', [link(href)]))));
      expect(message).toMatch(/link must start with https:\/\//);
      expect(message).toContain('(at paragraph 1 › text 1 › formatting 1, href)');
    }
  });

  it('refuses event-handler and other unknown attributes on any node or mark', () => {
    expect(rejected(doc({ type: 'image', attrs: { src: '/media/a/1x1.jpg', alt: 'x', onerror: 'alert(1)' } }))).toMatch(
      /attribute that is not allowed \(onerror\)/,
    );
    expect(rejected(doc({ type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [text('Hi')] }))).toMatch(
      /not allowed \(attrs\)/,
    );
    expect(rejected(doc(p(text('x', [{ type: 'link', attrs: { href: '/a', target: '_blank' } }]))))).toMatch(
      /not allowed \(target\)/,
    );
    expect(rejected(doc(p({ type: 'text', text: 'x', style: 'color:red' })))).toMatch(/not allowed \(style\)/);
  });

  it('refuses unknown marks', () => {
    for (const type of ['underline', 'strike', 'code', 'textStyle', 'highlight']) {
      expect(rejected(doc(p(text('x', [{ type }]))))).toBe(
        `Only bold, italic and links can format text, not “${type}” (at paragraph 1 › text 1 › formatting 1).`,
      );
    }
  });

  it('refuses headings other than levels 2 and 3', () => {
    for (const level of [1, 4, 6, '2', '2 onclick=alert(1)', null]) {
      expect(rejected(doc({ type: 'heading', attrs: { level }, content: [text('Title')] }))).toBe(
        'A subheading must be level 2 or 3 (at subheading 1, level).',
      );
    }
  });

  it('refuses images from anywhere but uploads, bundled images and http(s)', () => {
    for (const src of [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      '//evil.example/a.png',
      '/admin/secret',
      '/media/../admin',
      'file:///C:/x.png',
      '',
    ]) {
      expect(rejected(doc({ type: 'image', attrs: { src, alt: '' } }))).toMatch(/picture must be an upload/);
    }
    expect(rejected(doc({ type: 'image', attrs: { src: '/media/a/1x1.jpg' } }))).toMatch(/\(at picture 1, alt\)/);
    expect(rejected(doc({ type: 'image', attrs: { src: '/media/a/1x1.jpg', alt: '', width: -5 } }))).toMatch(
      /picture 1/,
    );
  });

  it('refuses text outside a paragraph and blocks inside one', () => {
    expect(rejected(doc(text('loose')))).toMatch(/block 1|text 1/);
    expect(rejected(doc(p({ type: 'heading', attrs: { level: 2 }, content: [text('x')] })))).toMatch(/paragraph 1/);
    expect(rejected(doc({ type: 'bulletList', content: [p(text('not an item'))] }))).toMatch(/bulleted list 1/);
  });

  it('refuses documents nested deeper than the limit without overflowing the stack', () => {
    let node: unknown = p(text('deep'));
    for (let i = 0; i < 200_000; i++) node = { type: 'blockquote', content: [node] };
    expect(rejected(doc(node))).toBe(`The body is nested more than ${BODY_LIMITS.depth} levels deep.`);

    let ok: unknown = p(text('fine'));
    for (let i = 0; i < BODY_LIMITS.depth - 3; i++) ok = { type: 'blockquote', content: [ok] };
    expect(parseBodyDoc(doc(ok)).ok).toBe(true);
  });

  it('refuses too many nodes and too much text', () => {
    const many = doc(...Array.from({ length: BODY_LIMITS.nodes }, () => p(text('x'))));
    expect(rejected(many)).toMatch(/more than 20,000 parts/);
    expect(rejected(doc(p(text('x'.repeat(BODY_LIMITS.textNode + 1)))))).toMatch(
      /longer than 50,000 characters.*paragraph 1/,
    );
    const long = doc(...Array.from({ length: 25 }, () => p(text('x'.repeat(BODY_LIMITS.textNode)))));
    expect(rejected(long)).toMatch(/longer than 1,000,000 characters/);
  });

  it('refuses things that are not documents at all', () => {
    for (const input of [
      null,
      undefined,
      'doc',
      42,
      [],
      { type: 'doc' },
      { type: 'paragraph', content: [] },
      { type: 'doc', content: 'text' },
    ]) {
      expect(parseBodyDoc(input).ok).toBe(false);
    }
    expect(rejected({ type: 'doc', content: [p({ type: 'text', text: '' })] })).toMatch(/text node is empty/);
  });
});

describe('isSafeLinkHref and isSafeImageSrc', () => {
  it('allow the web, mail and this site only', () => {
    expect(
      ['https://a.example/x', 'http://a.example', 'mailto:a@b.example', '/about', '#notes'].every(isSafeLinkHref),
    ).toBe(true);
    expect(['tel:+1', 'ftp://a.example', 'example.org', 'https://', 'mailto:'].some(isSafeLinkHref)).toBe(false);
    expect(
      ['/media/x/1x1.jpg', '/images/a.jpg', 'https://cdn.example/a.jpg', 'http://cdn.example/a.jpg'].every(
        isSafeImageSrc,
      ),
    ).toBe(true);
    expect(['/media/', '/images//evil', '/uploads/a.jpg', 'blob:https://a.example/x'].some(isSafeImageSrc)).toBe(false);
  });
});
