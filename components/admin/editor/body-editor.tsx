'use client';

import './body-editor.css';
import type { EditorView } from '@tiptap/pm/view';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { countWords, type BodyDoc } from '@/domain/articles/body-doc';
import { bodyEditorProps, bodyExtensions, SHORTCUT_EVENTS } from './extensions';
import { normaliseHref, toBodyDoc } from './to-body-doc';

export type UploadedImage = { src: string; width: number; height: number };

export type BodyEditorProps = {
  /** Id of the editable area; `${id}-label` labels it. */
  id: string;
  label: string;
  /** Read once, when the editor starts. */
  initialDoc: BodyDoc;
  /** Called on every change with the whole document in the stored shape. */
  onChange: (doc: BodyDoc) => void;
  /** Stores a picture and answers its stored size; without it the editor takes no pictures. */
  uploadImage?: (file: File) => Promise<UploadedImage | { error: string }>;
  /** Ids of messages about the body (a field error from the form), read out with the text area. */
  describedBy?: string;
  /** Marks the text area invalid, as a form does for a field with an error. */
  invalid?: boolean;
};

type Message = { kind: 'error' | 'status'; text: string };
type LinkPanel = { href: string; from: number; to: number; existing: boolean; error?: string };

const IMAGE_TYPES = /^image\/(jpeg|png|webp|avif|gif)$/;

/**
 * The article body editor. It shows the body as readers will see it (the public article's
 * serif and measure) and writes exactly the stored shape of domain/articles/body-doc.ts.
 */
export function BodyEditor({ id, label, initialDoc, onChange, uploadImage, describedBy, invalid }: BodyEditorProps) {
  const onChangeRef = useRef(onChange);
  const uploadRef = useRef(uploadImage);
  const describedRef = useRef({ describedBy, invalid });
  const toolbarRef = useRef<HTMLDivElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const linkInputRef = useRef<HTMLInputElement>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [linkPanel, setLinkPanel] = useState<LinkPanel | null>(null);
  const [words, setWords] = useState(() => countWords(initialDoc));
  const [tabStop, setTabStop] = useState(0);
  const mac = useIsMac();

  useEffect(() => {
    onChangeRef.current = onChange;
    uploadRef.current = uploadImage;
  });

  async function uploadFiles(view: EditorView, files: File[], at?: number) {
    const upload = uploadRef.current;
    if (!upload) {
      setMessage({ kind: 'error', text: 'Pictures cannot be added here.' });
      return;
    }
    for (const file of files) {
      if (!IMAGE_TYPES.test(file.type)) {
        setMessage({
          kind: 'error',
          text: `“${file.name}” is not a picture the site can show: use a JPEG, PNG, WebP, AVIF or GIF file.`,
        });
        continue;
      }
      setMessage({ kind: 'status', text: `Uploading “${file.name}”…` });
      let result: UploadedImage | { error: string };
      try {
        result = await upload(file);
      } catch {
        result = { error: `“${file.name}” could not be uploaded. Check your connection and try again.` };
      }
      if (view.isDestroyed) return;
      if ('error' in result) {
        setMessage({ kind: 'error', text: result.error });
        continue;
      }
      const image = view.state.schema.nodes.image!.create({
        src: result.src,
        alt: '',
        width: result.width,
        height: result.height,
      });
      const { state } = view;
      const tr =
        at === undefined
          ? state.tr.replaceSelectionWith(image)
          : state.tr.insert(Math.min(at, state.doc.content.size), image);
      view.dispatch(tr.scrollIntoView());
      setMessage({ kind: 'status', text: `“${file.name}” added. Describe it in its alt text.` });
    }
  }

  const editor = useEditor({
    immediatelyRender: false,
    extensions: bodyExtensions(),
    content: initialDoc,
    editorProps: {
      ...bodyEditorProps,
      attributes: (): Record<string, string> => ({
        id,
        class: 'body-editor__content article__body prose',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        'aria-describedby': [describedRef.current.describedBy, `${id}-help`].filter(Boolean).join(' '),
        ...(describedRef.current.invalid ? { 'aria-invalid': 'true' } : {}),
        spellcheck: 'true',
      }),
      handlePaste: (view, event) => {
        const files = imageFiles(event.clipboardData);
        // Word and some browsers put a picture of copied text next to its HTML; the words win.
        const html = event.clipboardData?.getData('text/html') ?? '';
        if (!files.length || /\S/.test(html.replace(/<[^>]*>|&nbsp;/g, ''))) return false;
        event.preventDefault();
        void uploadFiles(view, files);
        return true;
      },
      handleDrop: (view, event, _slice, moved) => {
        if (moved) return false;
        const files = imageFiles(event.dataTransfer);
        if (!files.length) return false;
        event.preventDefault();
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        void uploadFiles(view, files, at === undefined ? undefined : blockBoundary(view, at));
        return true;
      },
    },
    onUpdate: ({ editor: current }) => {
      const doc = toBodyDoc(current.getJSON());
      setWords(countWords(doc));
      onChangeRef.current(doc);
    },
  });

  useEffect(() => {
    describedRef.current = { describedBy, invalid };
    // The editable element's attributes are recomputed on every view update; ask for one now.
    if (editor && !editor.isDestroyed) editor.view.setProps({});
  }, [editor, describedBy, invalid]);

  const state = useEditorState({
    editor,
    // The snapshot's editor stays null until the first transaction; the hook's own value is current.
    selector: ({ editor: snapshot }) => {
      const e = snapshot ?? editor;
      return e
        ? {
            paragraph: e.isActive('paragraph') && !e.isActive('listItem') && !e.isActive('blockquote'),
            h2: e.isActive('heading', { level: 2 }),
            h3: e.isActive('heading', { level: 3 }),
            bold: e.isActive('bold'),
            italic: e.isActive('italic'),
            link: e.isActive('link'),
            blockquote: e.isActive('blockquote'),
            pullQuote: e.isActive('pullQuote'),
            bulletList: e.isActive('bulletList'),
            orderedList: e.isActive('orderedList'),
            canBold: e.can().toggleBold(),
            canItalic: e.can().toggleItalic(),
            canLink: e.can().setMark('link', { href: '/' }),
            canQuote: e.can().toggleBlockquote(),
            canPullQuote: e.can().togglePullQuote(),
            canBulletList: e.can().toggleBulletList(),
            canOrderedList: e.can().toggleOrderedList(),
            canHeading: e.can().toggleHeading({ level: 2 }),
            canUndo: e.can().undo(),
            canRedo: e.can().redo(),
          }
        : null;
    },
  });

  function focusToolbar() {
    const buttons = toolbarButtons(toolbarRef.current);
    (buttons.find((button) => button.tabIndex === 0) ?? buttons[0])?.focus();
  }

  function openLinkPanel() {
    if (!editor) return;
    const { from, to } = editor.state.selection;
    const href = (editor.getAttributes('link').href as string | undefined) ?? '';
    setLinkPanel({ href, from, to, existing: Boolean(href) });
  }

  useEffect(() => {
    const surface = surfaceRef.current;
    if (!surface) return;
    surface.addEventListener(SHORTCUT_EVENTS.link, openLinkPanel);
    surface.addEventListener(SHORTCUT_EVENTS.toolbar, focusToolbar);
    return () => {
      surface.removeEventListener(SHORTCUT_EVENTS.link, openLinkPanel);
      surface.removeEventListener(SHORTCUT_EVENTS.toolbar, focusToolbar);
    };
  });

  useEffect(() => {
    if (linkPanel && document.activeElement !== linkInputRef.current) linkInputRef.current?.focus();
  }, [linkPanel]);

  function applyLink() {
    if (!editor || !linkPanel) return;
    const href = normaliseHref(linkPanel.href);
    if (!href) {
      setLinkPanel({
        ...linkPanel,
        error: 'Use a web address (https://…), an email address, or a page on this site (/…).',
      });
      return;
    }
    const chain = editor.chain().focus().setTextSelection({ from: linkPanel.from, to: linkPanel.to });
    if (linkPanel.from !== linkPanel.to) chain.setLink({ href });
    else if (linkPanel.existing) chain.extendMarkRange('link').setLink({ href });
    else chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] });
    chain.run();
    setLinkPanel(null);
  }

  function removeLink() {
    if (!editor || !linkPanel) return;
    editor
      .chain()
      .focus()
      .setTextSelection({ from: linkPanel.from, to: linkPanel.to })
      .extendMarkRange('link')
      .unsetLink()
      .run();
    setLinkPanel(null);
  }

  function closeLinkPanel() {
    setLinkPanel(null);
    editor?.commands.focus();
  }

  const keys = shortcutLabels(mac);
  function perform(command: Command) {
    if (command === 'link') return openLinkPanel();
    if (command === 'picture') return fileInputRef.current?.click();
    if (!editor) return;
    const chain = editor.chain().focus();
    const commands: Record<typeof command, () => typeof chain> = {
      paragraph: () => chain.setParagraph(),
      h2: () => chain.toggleHeading({ level: 2 }),
      h3: () => chain.toggleHeading({ level: 3 }),
      bold: () => chain.toggleBold(),
      italic: () => chain.toggleItalic(),
      blockquote: () => chain.toggleBlockquote(),
      pullQuote: () => chain.togglePullQuote(),
      bulletList: () => chain.toggleBulletList(),
      orderedList: () => chain.toggleOrderedList(),
      divider: () => chain.setHorizontalRule(),
      undo: () => chain.undo(),
      redo: () => chain.redo(),
    };
    commands[command]().run();
  }
  const ready = Boolean(editor && state);

  const tools: Array<Tool | 'separator'> = [
    {
      name: 'Paragraph',
      icon: <span className="body-editor__glyph">¶</span>,
      keys: keys.paragraph,
      pressed: state?.paragraph,
      command: 'paragraph',
    },
    {
      name: 'Subheading',
      icon: <span className="body-editor__glyph">H2</span>,
      keys: keys.h2,
      pressed: state?.h2,
      disabled: !state?.canHeading,
      command: 'h2',
    },
    {
      name: 'Small subheading',
      icon: <span className="body-editor__glyph">H3</span>,
      keys: keys.h3,
      pressed: state?.h3,
      disabled: !state?.canHeading,
      command: 'h3',
    },
    'separator',
    {
      name: 'Bold',
      icon: <span className="body-editor__glyph body-editor__glyph--bold">B</span>,
      keys: keys.bold,
      pressed: state?.bold,
      disabled: !state?.canBold,
      command: 'bold',
    },
    {
      name: 'Italic',
      icon: <span className="body-editor__glyph body-editor__glyph--italic">I</span>,
      keys: keys.italic,
      pressed: state?.italic,
      disabled: !state?.canItalic,
      command: 'italic',
    },
    {
      name: 'Link',
      icon: (
        <Icon d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
      ),
      keys: keys.link,
      pressed: state?.link,
      disabled: !state?.canLink && !state?.link,
      command: 'link',
    },
    'separator',
    {
      name: 'Block quote',
      icon: <Icon d="M5 4v16M10 7h9M10 12h9M10 17h6" />,
      keys: keys.blockquote,
      pressed: state?.blockquote,
      disabled: !state?.canQuote && !state?.blockquote,
      command: 'blockquote',
    },
    {
      name: 'Pull quote',
      icon: <span className="body-editor__glyph body-editor__glyph--quote">“”</span>,
      pressed: state?.pullQuote,
      disabled: !state?.canPullQuote,
      command: 'pullQuote',
    },
    {
      name: 'Bulleted list',
      icon: <Icon d="M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01" />,
      keys: keys.bulletList,
      pressed: state?.bulletList,
      disabled: !state?.canBulletList,
      command: 'bulletList',
    },
    {
      name: 'Numbered list',
      icon: (
        <Icon d="M10 6h10M10 12h10M10 18h10M4 4.5 5 4v4M3.8 10.5c.3-.6 1.9-.8 1.9.3 0 .9-1.9 1.6-1.9 3.2h2M3.8 16h1.8l-1 1.2c.7 0 1.2.4 1.2 1s-.5 1-1.2 1H3.8" />
      ),
      keys: keys.orderedList,
      pressed: state?.orderedList,
      disabled: !state?.canOrderedList,
      command: 'orderedList',
    },
    'separator',
    ...(uploadImage
      ? [
          {
            name: 'Picture',
            icon: <Icon d="M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15.5 9.5h.01" />,
            hint: 'choose a file, or drop or paste one into the text',
            command: 'picture' as const,
          },
        ]
      : []),
    {
      name: 'Divider',
      icon: <Icon d="M3 12h18M8 7h8M8 17h8" faint />,
      hint: 'type --- on an empty line',
      command: 'divider',
    },
    'separator',
    {
      name: 'Undo',
      icon: <Icon d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />,
      keys: keys.undo,
      disabled: !state?.canUndo,
      command: 'undo',
    },
    {
      name: 'Redo',
      icon: <Icon d="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />,
      keys: keys.redo,
      disabled: !state?.canRedo,
      command: 'redo',
    },
  ];
  const buttons = tools.filter((tool): tool is Tool => tool !== 'separator');
  const enabled = (index: number) => ready && !buttons[index]?.disabled;
  const stop = enabled(tabStop)
    ? tabStop
    : Math.max(
        0,
        buttons.findIndex((_, index) => enabled(index)),
      );

  function onToolbarKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const focusable = toolbarButtons(toolbarRef.current);
    const current = focusable.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const next =
      event.key === 'ArrowRight'
        ? (current + 1) % focusable.length
        : event.key === 'ArrowLeft'
          ? (current - 1 + focusable.length) % focusable.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? focusable.length - 1
              : -1;
    if (event.key === 'Escape') {
      event.preventDefault();
      editor?.commands.focus();
    } else if (next >= 0) {
      event.preventDefault();
      focusable[next]?.focus();
    }
  }

  let index = -1;
  return (
    <div className="body-editor">
      <span className="body-editor__label" id={`${id}-label`}>
        {label}
      </span>
      <div className="body-editor__frame">
        {/* Toolbar, link panel and messages stay in view while a long story scrolls. */}
        <div className="body-editor__bar">
          <div
            className="body-editor__toolbar"
            role="toolbar"
            aria-label={`${label}: formatting`}
            aria-controls={id}
            ref={toolbarRef}
            onKeyDown={onToolbarKeyDown}
          >
            {tools.map((tool, position) => {
              if (tool === 'separator')
                return <span key={`separator-${position}`} className="body-editor__separator" aria-hidden="true" />;
              const mine = ++index;
              const title = tool.keys
                ? `${tool.name} (${tool.keys})`
                : tool.hint
                  ? `${tool.name}: ${tool.hint}`
                  : tool.name;
              return (
                <button
                  key={tool.name}
                  type="button"
                  className="body-editor__tool"
                  aria-label={tool.name}
                  aria-pressed={tool.pressed === undefined ? undefined : Boolean(tool.pressed)}
                  aria-keyshortcuts={tool.keys ? ariaKeys(tool.keys) : undefined}
                  title={title}
                  tabIndex={mine === stop ? 0 : -1}
                  disabled={!ready || tool.disabled}
                  onFocus={() => setTabStop(mine)}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => perform(tool.command)}
                >
                  {tool.icon}
                </button>
              );
            })}
          </div>
          {uploadImage && (
            <input
              ref={fileInputRef}
              type="file"
              accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
              multiple
              hidden
              tabIndex={-1}
              aria-hidden="true"
              onChange={(event) => {
                const files = Array.from(event.target.files ?? []);
                event.target.value = '';
                if (editor && files.length) void uploadFiles(editor.view, files);
              }}
            />
          )}
          {linkPanel && (
            <div className="body-editor__link-panel" role="group" aria-label="Link">
              <label htmlFor={`${id}-link`}>Link address</label>
              <input
                ref={linkInputRef}
                id={`${id}-link`}
                type="text"
                inputMode="url"
                autoComplete="off"
                placeholder="https://… or /articles/…"
                value={linkPanel.href}
                aria-invalid={linkPanel.error ? true : undefined}
                aria-describedby={linkPanel.error ? `${id}-link-error` : undefined}
                onChange={(event) => setLinkPanel({ ...linkPanel, href: event.target.value, error: undefined })}
                onKeyDown={(event) => {
                  // The editor sits inside the article form: Enter here must not submit it.
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    applyLink();
                  } else if (event.key === 'Escape') {
                    event.preventDefault();
                    closeLinkPanel();
                  }
                }}
              />
              <button type="button" className="button button--small button--primary" onClick={applyLink}>
                {linkPanel.existing ? 'Update link' : 'Add link'}
              </button>
              {linkPanel.existing && (
                <button type="button" className="button button--small" onClick={removeLink}>
                  Remove link
                </button>
              )}
              <button type="button" className="button button--small" onClick={closeLinkPanel}>
                Cancel
              </button>
              {linkPanel.error && (
                <p className="field__error" id={`${id}-link-error`}>
                  {linkPanel.error}
                </p>
              )}
            </div>
          )}
          <div
            className={
              message?.kind === 'error' ? 'body-editor__message body-editor__message--error' : 'body-editor__message'
            }
            role={message?.kind === 'error' ? 'alert' : 'status'}
          >
            {message && (
              <>
                <span>{message.text}</span>
                <button type="button" className="link-button" onClick={() => setMessage(null)}>
                  Dismiss
                </button>
              </>
            )}
          </div>
        </div>
        <div className="body-editor__surface" ref={surfaceRef}>
          <EditorContent editor={editor} />
        </div>
      </div>
      <div className="body-editor__footer">
        <span className="body-editor__words">
          {words.toLocaleString('en-GB')} {words === 1 ? 'word' : 'words'}
        </span>
        <details className="body-editor__help" id={`${id}-help`}>
          <summary>Keyboard shortcuts</summary>
          <dl>
            {[
              [keys.bold, 'bold'],
              [keys.italic, 'italic'],
              [keys.link, 'link'],
              [`${keys.h2}, ${keys.h3}`, 'subheadings'],
              [keys.paragraph, 'paragraph'],
              [`${keys.bulletList}, ${keys.orderedList}`, 'lists'],
              [keys.blockquote, 'block quote'],
              [`${keys.undo}, ${keys.redo}`, 'undo, redo'],
              [keys.lineBreak, 'line break'],
              [keys.toolbar, 'to the toolbar (arrows move, Esc returns)'],
              ['## , ### , > , - , 1. , ---', 'typed at the start of a line'],
            ].map(([combo, what]) => (
              <div key={what}>
                <dt>{combo}</dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
    </div>
  );
}

type Command =
  | 'paragraph'
  | 'h2'
  | 'h3'
  | 'bold'
  | 'italic'
  | 'link'
  | 'blockquote'
  | 'pullQuote'
  | 'bulletList'
  | 'orderedList'
  | 'picture'
  | 'divider'
  | 'undo'
  | 'redo';
type Tool = {
  name: string;
  icon: ReactNode;
  command: Command;
  keys?: string;
  hint?: string;
  pressed?: boolean;
  disabled?: boolean;
};

function Icon({ d, faint }: { d: string; faint?: boolean }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth={faint ? 1.6 : 2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

function toolbarButtons(toolbar: HTMLElement | null): HTMLButtonElement[] {
  return toolbar ? Array.from(toolbar.querySelectorAll<HTMLButtonElement>('button:not([disabled])')) : [];
}

function imageFiles(data: DataTransfer | null | undefined): File[] {
  return Array.from(data?.files ?? []).filter((file) => file.type.startsWith('image/'));
}

/** The position after the block holding `pos`, so a dropped picture never splits a paragraph. */
function blockBoundary(view: EditorView, pos: number): number {
  const $pos = view.state.doc.resolve(pos);
  return $pos.depth === 0 ? pos : $pos.after(1);
}

const subscribeNever = () => () => {};

function useIsMac(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent),
    () => false,
  );
}

function shortcutLabels(mac: boolean) {
  const mod = mac ? '⌘' : 'Ctrl+';
  const alt = mac ? '⌥' : 'Alt+';
  const shift = mac ? '⇧' : 'Shift+';
  return {
    bold: `${mod}B`,
    italic: `${mod}I`,
    link: `${mod}K`,
    paragraph: `${mod}${alt}0`,
    h2: `${mod}${alt}2`,
    h3: `${mod}${alt}3`,
    bulletList: `${mod}${shift}8`,
    orderedList: `${mod}${shift}7`,
    blockquote: `${mod}${shift}B`,
    undo: `${mod}Z`,
    redo: `${mod}${shift}Z`,
    lineBreak: `${shift}Enter`,
    toolbar: `${alt}F10`,
  };
}

/** aria-keyshortcuts wants "Control+Alt+2", not the symbols shown to people. */
function ariaKeys(label: string): string {
  return label.replace('⌘', 'Meta+').replace('⌥', 'Alt+').replace('⇧', 'Shift+').replace('Ctrl+', 'Control+');
}
