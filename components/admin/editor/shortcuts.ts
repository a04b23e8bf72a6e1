// The editor's keyboard shortcuts: as people read them (⌘B, Ctrl+B), as aria-keyshortcuts wants them, and answered.
import { useEffect, useSyncExternalStore, type RefObject } from 'react';
import { SHORTCUT_EVENTS } from './extensions';

export type ShortcutLabels = ReturnType<typeof shortcutLabels>;

const subscribeNever = () => () => {};

export function useIsMac(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent),
    () => false,
  );
}

export function shortcutLabels(mac: boolean) {
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
export function ariaKeys(label: string): string {
  return label.replace('⌘', 'Meta+').replace('⌥', 'Alt+').replace('⇧', 'Shift+').replace('Ctrl+', 'Control+');
}

/** Answers the shortcuts extensions.ts raises as events on the editor's surface: the link panel, the toolbar. */
export function useShortcutEvents(
  surfaceRef: RefObject<HTMLElement | null>,
  { link, toolbar }: { link: () => void; toolbar: () => void },
) {
  useEffect(() => {
    const surface = surfaceRef.current;
    if (!surface) return;
    surface.addEventListener(SHORTCUT_EVENTS.link, link);
    surface.addEventListener(SHORTCUT_EVENTS.toolbar, toolbar);
    return () => {
      surface.removeEventListener(SHORTCUT_EVENTS.link, link);
      surface.removeEventListener(SHORTCUT_EVENTS.toolbar, toolbar);
    };
  });
}
