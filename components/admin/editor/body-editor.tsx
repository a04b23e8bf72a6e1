'use client';

import './body-editor.css';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { countWords, type BodyDoc } from '@/domain/articles/body-doc';
import { EditorFooter } from './editor-footer';
import { bodyEditorProps, bodyExtensions } from './extensions';
import { runFormatCommand } from './format-commands';
import { LinkPanel } from './link-panel';
import { PictureInput, UploadMessage } from './picture-input';
import { shortcutLabels, useIsMac, useShortcutEvents } from './shortcuts';
import { toolbarButtons, Toolbar } from './toolbar';
import { toolbarTools, type Command } from './toolbar-tools';
import { toBodyDoc } from './to-body-doc';
import { pictureHandlers, useImageUploads, type UploadImage } from './use-image-uploads';
import { useLinkPanel } from './use-link-panel';
import { useToolbarState } from './use-toolbar-state';

export type { UploadedImage } from './use-image-uploads';

export type BodyEditorProps = {
  /** Id of the editable area; `${id}-label` labels it. */
  id: string;
  label: string;
  /** Read once, when the editor starts. */
  initialDoc: BodyDoc;
  /** Called on every change with the whole document in the stored shape. */
  onChange: (doc: BodyDoc) => void;
  /** Stores a picture and answers its stored size; without it the editor takes no pictures. */
  uploadImage?: UploadImage;
  /** Ids of messages about the body (a field error from the form), read out with the text area. */
  describedBy?: string;
  /** Marks the text area invalid, as a form does for a field with an error. */
  invalid?: boolean;
};

/**
 * The article body editor. It shows the body as readers will see it (the public article's
 * serif and measure) and writes exactly the stored shape of domain/articles/body-doc.ts.
 */
export function BodyEditor({ id, label, initialDoc, onChange, uploadImage, describedBy, invalid }: BodyEditorProps) {
  const onChangeRef = useRef(onChange);
  const describedRef = useRef({ describedBy, invalid });
  const toolbarRef = useRef<HTMLDivElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const [words, setWords] = useState(() => countWords(initialDoc));
  const { message, dismissMessage, uploadFiles } = useImageUploads(uploadImage);
  const keys = shortcutLabels(useIsMac());

  useEffect(() => {
    onChangeRef.current = onChange;
  });

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
      ...pictureHandlers(uploadFiles),
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

  const state = useToolbarState(editor);
  const linkPanel = useLinkPanel(editor);

  function focusToolbar() {
    const buttons = toolbarButtons(toolbarRef.current);
    (buttons.find((button) => button.tabIndex === 0) ?? buttons[0])?.focus();
  }

  useShortcutEvents(surfaceRef, { link: linkPanel.open, toolbar: focusToolbar });

  function perform(command: Command) {
    if (command === 'link') return linkPanel.open();
    if (command === 'picture') return fileInputRef.current?.click();
    if (editor) runFormatCommand(editor, command);
  }

  return (
    <div className="body-editor">
      <span className="body-editor__label" id={`${id}-label`}>
        {label}
      </span>
      <div className="body-editor__frame">
        {/* Toolbar, link panel and messages stay in view while a long story scrolls. */}
        <div className="body-editor__bar">
          <Toolbar
            controls={id}
            label={label}
            tools={toolbarTools(state, keys, Boolean(uploadImage))}
            ready={Boolean(editor && state)}
            toolbarRef={toolbarRef}
            onCommand={perform}
            onEscape={() => editor?.commands.focus()}
          />
          {uploadImage && (
            <PictureInput
              inputRef={fileInputRef}
              onFiles={(files) => {
                if (editor && files.length) void uploadFiles(editor.view, files);
              }}
            />
          )}
          {linkPanel.link && (
            <LinkPanel
              id={id}
              link={linkPanel.link}
              onType={linkPanel.type}
              onApply={linkPanel.apply}
              onRemove={linkPanel.remove}
              onClose={linkPanel.close}
            />
          )}
          <UploadMessage message={message} onDismiss={dismissMessage} />
        </div>
        <div className="body-editor__surface" ref={surfaceRef}>
          <EditorContent editor={editor} />
        </div>
      </div>
      <EditorFooter id={id} words={words} keys={keys} />
    </div>
  );
}
