import { describe, expect, it } from 'vitest';
import { bodyToText, splitAfterParagraphs } from '@/domain/articles/body-doc';
import { markdownToDoc } from './markdown';

const markdown = `First paragraph with **bold** and a [link](https://www.osce.org).

## A subheading

Second paragraph.

> A quoted official says something.

- one
- two

Third paragraph.

![A lake at dawn](lake.jpg "The lake at dawn|Illustration: Ridgeline")

Fourth paragraph.`;

describe('markdownToDoc', () => {
  const doc = markdownToDoc(markdown);

  it('turns the content/ Markdown subset into editor nodes', () => {
    expect(doc.content.map((n) => n.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'blockquote',
      'bulletList',
      'paragraph',
      'image',
      'paragraph',
    ]);
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'First paragraph with ' },
        { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' and a ' },
        { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://www.osce.org' } }] },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('makes an image on its own line a figure with caption and credit', () => {
    expect(doc.content[6]).toEqual({
      type: 'image',
      attrs: {
        src: '/images/articles/lake.jpg',
        alt: 'A lake at dawn',
        caption: 'The lake at dawn',
        credit: 'Illustration: Ridgeline',
      },
    });
  });

  it('decodes entities so that text is stored as written', () => {
    const d = markdownToDoc(`"Peace" & 'quiet' <soon>`);
    expect(bodyToText(d)).toBe(`"Peace" & 'quiet' <soon>`);
  });
});

describe('splitAfterParagraphs', () => {
  const doc = markdownToDoc(markdown);

  it('cuts after the n-th top-level paragraph, keeping what lies between', () => {
    const [head, tail] = splitAfterParagraphs(doc, 2);
    expect(head.content.map((n) => n.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(bodyToText(tail)).toContain('Third paragraph.');
    expect(bodyToText(head)).not.toContain('Third paragraph.');
  });

  it('returns everything in the head when there are fewer paragraphs', () => {
    const [head, tail] = splitAfterParagraphs(doc, 10);
    expect(head.content).toHaveLength(doc.content.length);
    expect(tail.content).toHaveLength(0);
  });
});

describe('bodyToText', () => {
  it('joins blocks with blank lines and leaves out images', () => {
    const text = bodyToText(markdownToDoc(markdown));
    expect(text.startsWith('First paragraph with bold and a link.\n\nA subheading\n\nSecond paragraph.')).toBe(true);
    expect(text).not.toContain('A lake at dawn');
  });
});
