// The toolbar's buttons in order, with their shortcuts and when each is pressed or unavailable.
import type { ShortcutLabels } from './shortcuts';
import type { ToolbarState } from './use-toolbar-state';

export type Command =
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

export type Tool = {
  name: string;
  command: Command;
  keys?: string;
  hint?: string;
  pressed?: boolean;
  disabled?: boolean;
};

/** `pictures`: whether the editor takes pictures (it was given somewhere to upload them). */
export function toolbarTools(
  state: ToolbarState | null | undefined,
  keys: ShortcutLabels,
  pictures: boolean,
): Array<Tool | 'separator'> {
  return [
    { name: 'Paragraph', keys: keys.paragraph, pressed: state?.paragraph, command: 'paragraph' },
    { name: 'Subheading', keys: keys.h2, pressed: state?.h2, disabled: !state?.canHeading, command: 'h2' },
    { name: 'Small subheading', keys: keys.h3, pressed: state?.h3, disabled: !state?.canHeading, command: 'h3' },
    'separator',
    { name: 'Bold', keys: keys.bold, pressed: state?.bold, disabled: !state?.canBold, command: 'bold' },
    { name: 'Italic', keys: keys.italic, pressed: state?.italic, disabled: !state?.canItalic, command: 'italic' },
    { name: 'Link', keys: keys.link, pressed: state?.link, disabled: !state?.canLink && !state?.link, command: 'link' },
    'separator',
    {
      name: 'Block quote',
      keys: keys.blockquote,
      pressed: state?.blockquote,
      disabled: !state?.canQuote && !state?.blockquote,
      command: 'blockquote',
    },
    { name: 'Pull quote', pressed: state?.pullQuote, disabled: !state?.canPullQuote, command: 'pullQuote' },
    {
      name: 'Bulleted list',
      keys: keys.bulletList,
      pressed: state?.bulletList,
      disabled: !state?.canBulletList,
      command: 'bulletList',
    },
    {
      name: 'Numbered list',
      keys: keys.orderedList,
      pressed: state?.orderedList,
      disabled: !state?.canOrderedList,
      command: 'orderedList',
    },
    'separator',
    ...(pictures
      ? [{ name: 'Picture', hint: 'choose a file, or drop or paste one into the text', command: 'picture' as const }]
      : []),
    { name: 'Divider', hint: 'type --- on an empty line', command: 'divider' },
    'separator',
    { name: 'Undo', keys: keys.undo, disabled: !state?.canUndo, command: 'undo' },
    { name: 'Redo', keys: keys.redo, disabled: !state?.canRedo, command: 'redo' },
  ];
}

/** The button's tooltip: its name with its shortcut, or with a hint of another way to do it. */
export const toolTitle = (tool: Tool) =>
  tool.keys ? `${tool.name} (${tool.keys})` : tool.hint ? `${tool.name}: ${tool.hint}` : tool.name;
