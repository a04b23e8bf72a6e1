// What each formatting button does to the document (the link and picture buttons open their own ways in instead).
import type { Editor } from '@tiptap/react';
import type { Command } from './toolbar-tools';

export type FormatCommand = Exclude<Command, 'link' | 'picture'>;

export function runFormatCommand(editor: Editor, command: FormatCommand) {
  const chain = editor.chain().focus();
  const commands: Record<FormatCommand, () => typeof chain> = {
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
