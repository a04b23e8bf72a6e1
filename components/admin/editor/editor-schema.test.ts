// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { BodyDoc } from '@/domain/articles/body-doc';
import { parseBodyDoc } from '@/domain/articles/body-doc-schema';
import { renderBodyHtml } from '@/lib/render/body-html';
import { bodyEditorProps, bodyExtensions } from './extensions';
import { normaliseHref, toBodyDoc } from './to-body-doc';

const editors: Editor[] = [];
afterEach(() => {
  while (editors.length) editors.pop()!.destroy();
});

function editorWith(content: BodyDoc | JSONContent = { type: 'doc', content: [] }): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: bodyExtensions(),
    content: content as JSONContent,
    editorProps: bodyEditorProps,
  });
  editors.push(editor);
  return editor;
}

const text = (value: string, marks?: Array<{ type: string; attrs?: Record<string, string> }>) =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

const everyNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        text('Plain '),
        text('bold', [{ type: 'bold' }]),
        text(' and '),
        text('italic', [{ type: 'italic' }]),
        { type: 'hardBreak' },
        text('a link', [{ type: 'link', attrs: { href: 'https://example.org/a' } }]),
      ],
    },
    { type: 'heading', attrs: { level: 2 }, content: [text('A subheading')] },
    { type: 'heading', attrs: { level: 3 }, content: [text('A smaller one')] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Quoted')] }] },
    { type: 'pullQuote', content: [text('It is a village, not a museum')] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('one')] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [text('two')] }] },
      ],
    },
    {
      type: 'orderedList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('first')] }] }],
    },
    {
      type: 'image',
      attrs: {
        src: '/media/abc/1600x900.jpg',
        alt: 'Towers',
        caption: 'Ushguli in June',
        credit: 'Photo: Ridgeline',
        width: 1600,
        height: 900,
      },
    },
    { type: 'horizontalRule' },
    { type: 'paragraph', content: [text('The end.')] },
  ],
} as BodyDoc;

describe('the body editor schema', () => {
  it('loads every stored node and gives back exactly the stored shape', () => {
    const doc = toBodyDoc(editorWith(everyNode).getJSON());
    expect(doc).toEqual(everyNode);
    expect(parseBodyDoc(doc)).toEqual({ ok: true, doc: everyNode });
  });

  it('reads a published article pasted back in as the same document', () => {
    const editor = editorWith();
    editor.view.pasteHTML(`<div class="article__body prose">${renderBodyHtml(everyNode)}</div>`);
    expect(toBodyDoc(editor.getJSON())).toEqual(everyNode);
  });

  it('round-trips its own HTML, so copy and paste inside the editor loses nothing', () => {
    const source = editorWith(everyNode);
    const target = editorWith();
    target.view.pasteHTML(source.getHTML());
    expect(toBodyDoc(target.getJSON())).toEqual(everyNode);
  });

  it('turns pasted Word HTML into stored nodes only', () => {
    const editor = editorWith();
    editor.view.pasteHTML(
      `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{mso-style-parent:"";}</style></head><body>
      <h1>Heading one</h1><h4>Heading four</h4>
      <p class=MsoNormal style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span>First<o:p></o:p></p>
      <p class=MsoNormal><span style='color:red;font-family:Calibri'>Red <u>underlined</u> <s>struck</s> <code>code</code> text</span><o:p></o:p></p>
      <pre><code>const x = 1;</code></pre></body></html>`,
    );
    const doc = toBodyDoc(editor.getJSON());
    expect(doc.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [text('Heading one')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('Heading four')] },
      {
        type: 'orderedList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('First')] }] }],
      },
      { type: 'paragraph', content: [text('Red underlined struck code text')] },
      { type: 'paragraph', content: [text('const x = 1;')] },
    ]);
    expect(parseBodyDoc(doc).ok).toBe(true);
  });

  it('has no nodes or marks the stored body lacks', () => {
    const { nodes, marks } = editorWith().schema.spec;
    const nodeNames: string[] = [];
    nodes.forEach((name) => nodeNames.push(name));
    const markNames: string[] = [];
    marks.forEach((name) => markNames.push(name));
    expect(nodeNames.sort()).toEqual(
      [
        'blockquote',
        'bulletList',
        'doc',
        'hardBreak',
        'heading',
        'horizontalRule',
        'image',
        'listItem',
        'orderedList',
        'paragraph',
        'pullQuote',
        'text',
      ].sort(),
    );
    expect(markNames.sort()).toEqual(['bold', 'italic', 'link']);
  });

  it('drops unsafe links and foreign pictures that arrive in stored JSON', () => {
    const doc = toBodyDoc(
      editorWith({
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
              text('y', [{ type: 'link', attrs: { href: 'example.org/page' } }]),
            ],
          },
          { type: 'image', attrs: { src: 'javascript:alert(1)', alt: '' } },
          {
            type: 'orderedList',
            attrs: { start: 5 },
            content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('five')] }] }],
          },
        ],
      }).getJSON(),
    );
    expect(doc.content).toEqual([
      {
        type: 'paragraph',
        content: [text('x'), text('y', [{ type: 'link', attrs: { href: 'https://example.org/page' } }])],
      },
      {
        type: 'orderedList',
        content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('five')] }] }],
      },
    ]);
  });

  it('toggles a paragraph into a pull quote and back', () => {
    const editor = editorWith({ type: 'doc', content: [{ type: 'paragraph', content: [text('Said loudly')] }] });
    editor.chain().setTextSelection(3).togglePullQuote().run();
    expect(toBodyDoc(editor.getJSON()).content).toEqual([{ type: 'pullQuote', content: [text('Said loudly')] }]);
    // The empty paragraph the editor keeps after a last block is for typing into, not stored.
    expect(editor.getJSON().content?.at(-1)).toEqual({ type: 'paragraph' });
    editor.chain().togglePullQuote().run();
    expect(toBodyDoc(editor.getJSON()).content).toEqual([{ type: 'paragraph', content: [text('Said loudly')] }]);
  });

  it('ends a document on a picture without storing the paragraph after it', () => {
    const picture = { type: 'image', attrs: { src: '/images/articles/a.jpg', alt: 'A lake' } } as const;
    expect(toBodyDoc(editorWith({ type: 'doc', content: [picture] }).getJSON())).toEqual({
      type: 'doc',
      content: [picture],
    });
  });

  it('refuses links the stored body cannot hold through setLink', () => {
    const editor = editorWith({ type: 'doc', content: [{ type: 'paragraph', content: [text('click')] }] });
    expect(editor.chain().setTextSelection({ from: 1, to: 6 }).setLink({ href: 'javascript:alert(1)' }).run()).toBe(
      false,
    );
    expect(editor.chain().setTextSelection({ from: 1, to: 6 }).setLink({ href: 'data:text/html,x' }).run()).toBe(false);
    expect(toBodyDoc(editor.getJSON()).content).toEqual([{ type: 'paragraph', content: [text('click')] }]);
  });
});

describe('the picture in the editor', () => {
  it('edits caption, credit and alt text in place, one attribute change per keystroke', () => {
    const picture = {
      type: 'image',
      attrs: { src: '/media/abc/1600x900.jpg', alt: '', width: 1600, height: 900 },
    } as const;
    const editor = editorWith({ type: 'doc', content: [picture] });
    const figure = editor.view.dom.querySelector('figure.body-figure')!;
    expect(figure.querySelector('img')!.getAttribute('src')).toBe('/media/abc/1600x900.jpg');
    expect(figure.classList.contains('body-editor__figure--no-alt')).toBe(true);
    const field = (name: string) => {
      const label = Array.from(figure.querySelectorAll('label')).find((l) => l.textContent?.startsWith(name))!;
      return label.querySelector('input, textarea') as HTMLInputElement | HTMLTextAreaElement;
    };
    for (const [name, value] of [
      ['Caption', 'The lake\nat dawn'],
      ['Credit', 'Photo: Ridgeline'],
      ['Alt text', 'A fisherman in a boat'],
    ] as const) {
      const input = field(name);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    expect(toBodyDoc(editor.getJSON()).content).toEqual([
      {
        type: 'image',
        attrs: {
          src: '/media/abc/1600x900.jpg',
          alt: 'A fisherman in a boat',
          caption: 'The lake at dawn',
          credit: 'Photo: Ridgeline',
          width: 1600,
          height: 900,
        },
      },
    ]);
    expect(figure.classList.contains('body-editor__figure--no-alt')).toBe(false);
    editor.commands.undo();
    expect(toBodyDoc(editor.getJSON()).content).toEqual([picture]);
  });

  it('removes the picture with its button', () => {
    const editor = editorWith({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('Before')] },
        { type: 'image', attrs: { src: '/images/a.jpg', alt: 'x' } },
      ],
    });
    (editor.view.dom.querySelector('.body-editor__figure-remove') as HTMLButtonElement).click();
    expect(toBodyDoc(editor.getJSON()).content).toEqual([{ type: 'paragraph', content: [text('Before')] }]);
  });
});

describe('normaliseHref', () => {
  it('completes what writers type and refuses what is unsafe', () => {
    expect(normaliseHref('example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(normaliseHref('desk@ridgeline.example')).toBe('mailto:desk@ridgeline.example');
    expect(normaliseHref(' /articles/x ')).toBe('/articles/x');
    expect(normaliseHref('https://example.org')).toBe('https://example.org');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'not a link', '', 'tel:123'])
      expect(normaliseHref(bad), bad).toBeNull();
  });
});
