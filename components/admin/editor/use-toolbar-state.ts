// What the toolbar shows at the cursor: which formats are on, and which commands can run.
import { useEditorState, type Editor } from '@tiptap/react';

export type ToolbarState = NonNullable<ReturnType<typeof useToolbarState>>;

export function useToolbarState(editor: Editor | null) {
  return useEditorState({
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
}
