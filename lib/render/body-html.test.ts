import { describe, expect, it } from 'vitest';
import type { BodyDoc } from '@/domain/articles/body-doc';
import { renderBodyHtml, safeHref } from './body-html';

const doc = (...content: unknown[]) => ({ type: 'doc', content }) as unknown as BodyDoc;
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, marks });

describe('renderBodyHtml', () => {
  it('renders paragraphs, headings, quotes, lists, rules and figures', () => {
    const html = renderBodyHtml(
      doc(
        p(text('Plain '), text('bold', [{ type: 'bold' }]), text(' and '), text('italic', [{ type: 'italic' }])),
        { type: 'heading', attrs: { level: 2 }, content: [text('A subheading')] },
        { type: 'blockquote', content: [p(text('Quoted'))] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('one'))] }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [p(text('first'))] }] },
        { type: 'horizontalRule' },
        {
          type: 'image',
          attrs: { src: '/images/a.jpg', alt: 'A lake', caption: 'The lake', credit: 'Photo: Ridgeline' },
        },
      ),
    );
    expect(html).toContain('<p>Plain <strong>bold</strong> and <em>italic</em></p>');
    expect(html).toContain('<h2>A subheading</h2>');
    expect(html).toContain('<blockquote><p>Quoted</p></blockquote>');
    expect(html).toContain('<ul><li>one</li></ul>');
    expect(html).toContain('<ol><li>first</li></ol>');
    expect(html).toContain('<hr>');
    expect(html).toMatch(
      /<figure class="body-figure"><img src="\/images\/a.jpg" srcset="[^"]+" sizes="[^"]+" alt="A lake"/,
    );
    expect(html).toContain('<figcaption>The lake <span class="credit">Photo: Ridgeline</span></figcaption>');
  });

  it('escapes script tags written as text', () => {
    const html = renderBodyHtml(doc(p(text('<script>alert(1)</script><img src=x onerror=alert(1)>'))));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps only the text of unknown or dangerous node types', () => {
    const html = renderBodyHtml(
      doc({ type: 'script', content: [text('alert(1)')] }, { type: 'iframe', attrs: { src: 'https://evil.example' } }),
    );
    expect(html).toBe('<p>alert(1)</p>');
  });

  it('never renders event-handler attributes or lets attributes break out of quotes', () => {
    const html = renderBodyHtml(
      doc(
        {
          type: 'image',
          attrs: { src: '/images/a.jpg', alt: '" onerror="alert(1)', onerror: 'alert(1)', caption: '<b>x</b>' },
        },
        { type: 'heading', attrs: { level: '2 onclick=alert(1)' }, content: [text('Title')] },
        { type: 'paragraph', attrs: { onclick: 'alert(1)' }, content: [text('Hi')] },
      ),
    );
    // With every quoted attribute value removed, no event-handler attribute may remain.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/\son\w+=/);
    expect(html).toContain('alt="&quot; onerror=&quot;alert(1)"');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('<h2>Title</h2>');
  });

  it('drops javascript:, data: and protocol-relative links but keeps their text', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//evil.example/x',
      '/\\evil.example/x',
      'vbscript:x',
    ]) {
      const html = renderBodyHtml(doc(p(text('click', [{ type: 'link', attrs: { href } }]))));
      expect(html, href).toBe('<p>click</p>');
    }
  });

  it('keeps http, https, mailto and site-relative links, marking external ones noopener', () => {
    const html = renderBodyHtml(
      doc(
        p(
          text('OSCE', [{ type: 'link', attrs: { href: 'https://www.osce.org' } }]),
          text(' '),
          text('home', [{ type: 'link', attrs: { href: '/sections/news' } }]),
        ),
      ),
    );
    expect(html).toBe(
      '<p><a href="https://www.osce.org/" rel="noopener noreferrer">OSCE</a> <a href="/sections/news">home</a></p>',
    );
    expect(safeHref('mailto:desk@ridgeline.example')).toBe('mailto:desk@ridgeline.example');
  });

  it('refuses images from javascript:, data: or plain http sources', () => {
    for (const src of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'http://tracker.example/p.gif',
    ]) {
      expect(renderBodyHtml(doc({ type: 'image', attrs: { src, alt: 'x' } }))).toBe('');
    }
  });

  it('renders an upload as a picture with AVIF and WebP sources and a JPEG srcset, sized by its URL', () => {
    const src = '/media/AbCdEfGhIjKlMnOp/1200x800.jpg';
    const html = renderBodyHtml(
      doc({
        type: 'image',
        attrs: { src, alt: 'Tbilisi at dusk', caption: 'Old town', credit: 'Photo: N. Beridze', width: 10, height: 10 },
      }),
      { imageSizes: '100vw' },
    );
    const base = '/media/AbCdEfGhIjKlMnOp';
    const set = (ext: string) => [320, 640, 960, 1200].map((w) => `${base}/${w}.${ext} ${w}w`).join(', ');
    expect(html).toBe(
      '<figure class="body-figure"><picture>' +
        `<source type="image/avif" srcset="${set('avif')}" sizes="100vw">` +
        `<source type="image/webp" srcset="${set('webp')}" sizes="100vw">` +
        `<img src="${base}/1200.jpg" srcset="${set('jpg')}" sizes="100vw" alt="Tbilisi at dusk" width="1200" height="800" loading="lazy" decoding="async">` +
        '</picture><figcaption>Old town <span class="credit">Photo: N. Beridze</span></figcaption></figure>',
    );
  });

  it('keeps the optimiser for other site images and refuses look-alike media URLs from elsewhere', () => {
    expect(renderBodyHtml(doc({ type: 'image', attrs: { src: '/images/a.jpg', alt: 'x' } }))).not.toContain(
      '<picture>',
    );
    expect(
      renderBodyHtml(
        doc({ type: 'image', attrs: { src: '//evil.example/media/AbCdEfGhIjKlMnOp/10x10.jpg', alt: 'x' } }),
      ),
    ).toBe('');
    // A malformed /media/ path is not treated as an upload; it is only ever a same-site URL.
    const odd = renderBodyHtml(
      doc({ type: 'image', attrs: { src: '/media/AbCdEfGhIjKlMnOp/10x10.jpg" onerror="x', alt: 'x' } }),
    );
    expect(odd).not.toContain('<picture>');
    expect(odd.replace(/="[^"]*"/g, '=""')).not.toMatch(/\son\w+=/);
  });

  it('survives broken nesting and malformed documents', () => {
    const broken = [
      doc(null, 42, 'text', { type: 'paragraph', content: 'not an array' }, { content: [text('orphan')] }),
      doc({
        type: 'paragraph',
        content: [{ type: 'paragraph', content: [{ type: 'bulletList', content: [text('deep')] }] }],
      }),
      doc({ type: 'bulletList', content: [text('loose'), { type: 'heading', content: [text('h')] }] }),
      doc(
        p(
          { type: 'text', text: 42, marks: 'bold' },
          { type: 'text', text: 'ok', marks: [null, { type: 'link' }, { type: 'evil' }] },
        ),
      ),
      { type: 'doc' } as unknown as BodyDoc,
    ];
    const outputs = broken.map((d) => renderBodyHtml(d));
    expect(outputs[0]).toBe('<p>orphan</p>');
    expect(outputs[1]).toBe('<p>deep</p>');
    expect(outputs[2]).toBe('<ul><li>loose</li><li>h</li></ul>');
    expect(outputs[3]).toBe('<p>ok</p>');
    expect(outputs[4]).toBe('');
  });
});
