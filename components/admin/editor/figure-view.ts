import type { NodeViewRenderer } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';

type FigureAttrs = {
  src: string | null;
  alt: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
};

const FIELDS = [
  {
    name: 'caption',
    label: 'Caption',
    placeholder: 'Caption: what the picture shows, and why it matters',
    multiline: true,
  },
  { name: 'credit', label: 'Credit', placeholder: 'Credit, e.g. Photo: Nino Beridze', multiline: false },
  {
    name: 'alt',
    label: 'Alt text',
    placeholder: 'Describe the picture for readers who cannot see it',
    multiline: true,
  },
] as const;

/**
 * A figure that looks like the reader's (picture, then caption and credit), with the caption,
 * credit and alt text edited in place. The fields are plain inputs outside ProseMirror's
 * content, so every keystroke there becomes one attribute change on the node.
 */
export const figureNodeView: NodeViewRenderer = ({ node: initialNode, getPos, editor }) => {
  let node = initialNode;
  const dom = document.createElement('figure');
  dom.className = 'body-figure body-editor__figure';

  const img = document.createElement('img');
  img.className = 'body-editor__figure-img';
  dom.append(img);

  const panel = document.createElement('div');
  panel.className = 'body-editor__figure-fields';
  dom.append(panel);

  const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  for (const field of FIELDS) {
    const label = document.createElement('label');
    label.className = `body-editor__field body-editor__field--${field.name}`;
    const name = document.createElement('span');
    name.className = 'body-editor__field-name';
    name.textContent = field.label;
    const input = field.multiline ? document.createElement('textarea') : document.createElement('input');
    if (input instanceof HTMLTextAreaElement) input.rows = 1;
    else input.type = 'text';
    input.placeholder = field.placeholder;
    input.spellcheck = true;
    input.addEventListener('input', () => {
      // Captions and alt text are one line each for readers; a pasted line break becomes a space.
      const value = input.value.replace(/[\r\n]+/g, ' ');
      if (value !== input.value) input.value = value;
      grow(input);
      setAttrs({ [field.name]: value });
    });
    input.addEventListener('keydown', (event) => {
      const { key } = event as KeyboardEvent;
      // Enter would submit the article form around the editor; both keys go back to the text.
      if (key === 'Enter' || key === 'Escape') {
        event.preventDefault();
        selectFigure();
      }
    });
    label.append(name, input);
    panel.append(label);
    inputs.set(field.name, input);
  }

  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'body-editor__figure-remove button button--small';
  remove.textContent = 'Remove picture';
  remove.addEventListener('click', () => {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    editor
      .chain()
      .focus()
      .deleteRange({ from: pos, to: pos + node.nodeSize })
      .run();
  });
  panel.append(remove);

  function attrs(): FigureAttrs {
    return node.attrs as FigureAttrs;
  }

  function setAttrs(change: Partial<FigureAttrs>) {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    editor.view.dispatch(editor.state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...change }));
  }

  function selectFigure() {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, pos)));
    editor.view.focus();
  }

  function render() {
    const { src, alt, caption, credit, width, height } = attrs();
    if (src && img.getAttribute('src') !== src) img.setAttribute('src', src);
    img.alt = alt ?? '';
    if (width && height) {
      img.width = width;
      img.height = height;
    }
    const values: Record<string, string> = { caption: caption ?? '', credit: credit ?? '', alt: alt ?? '' };
    for (const [name, input] of inputs) {
      // Never rewrite a field under the writer's cursor; its value is the source of the change.
      if (input.ownerDocument.activeElement !== input && input.value !== values[name]) input.value = values[name] ?? '';
      grow(input);
    }
    dom.classList.toggle('body-editor__figure--no-alt', !alt?.trim());
  }

  render();
  // Textareas can only measure themselves once they are in the page.
  requestAnimationFrame(() => inputs.forEach(grow));

  return {
    dom,
    update(next) {
      if (next.type !== node.type) return false;
      node = next;
      render();
      return true;
    },
    selectNode() {
      dom.classList.add('ProseMirror-selectednode');
    },
    deselectNode() {
      dom.classList.remove('ProseMirror-selectednode');
    },
    // Typing, clicking and selecting text in the fields is theirs, not the editor's.
    stopEvent(event) {
      return event.target instanceof Node && panel.contains(event.target);
    },
    ignoreMutation() {
      return true;
    },
  };
};

function grow(input: HTMLInputElement | HTMLTextAreaElement) {
  if (!(input instanceof HTMLTextAreaElement)) return;
  input.style.height = 'auto';
  if (input.scrollHeight) input.style.height = `${input.scrollHeight}px`;
}
