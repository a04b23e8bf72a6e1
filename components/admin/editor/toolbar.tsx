// The formatting toolbar: one tab stop, arrow keys between its buttons, Escape back to the text.
import { useState, type KeyboardEvent, type RefObject } from 'react';
import { ariaKeys } from './shortcuts';
import { TOOL_ICONS } from './toolbar-icons';
import { toolTitle, type Command, type Tool } from './toolbar-tools';

type Props = {
  /** Id of the editable area the toolbar formats. */
  controls: string;
  label: string;
  tools: Array<Tool | 'separator'>;
  /** False until the editor has started: every button waits for it. */
  ready: boolean;
  toolbarRef: RefObject<HTMLDivElement | null>;
  onCommand: (command: Command) => void;
  onEscape: () => void;
};

export function toolbarButtons(toolbar: HTMLElement | null): HTMLButtonElement[] {
  return toolbar ? Array.from(toolbar.querySelectorAll<HTMLButtonElement>('button:not([disabled])')) : [];
}

export function Toolbar({ controls, label, tools, ready, toolbarRef, onCommand, onEscape }: Props) {
  const [tabStop, setTabStop] = useState(0);
  const buttons = tools.filter((tool): tool is Tool => tool !== 'separator');
  const enabled = (index: number) => ready && !buttons[index]?.disabled;
  const stop = enabled(tabStop)
    ? tabStop
    : Math.max(
        0,
        buttons.findIndex((_, index) => enabled(index)),
      );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
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
      onEscape();
    } else if (next >= 0) {
      event.preventDefault();
      focusable[next]?.focus();
    }
  }

  let index = -1;
  return (
    <div
      className="body-editor__toolbar"
      role="toolbar"
      aria-label={`${label}: formatting`}
      aria-controls={controls}
      ref={toolbarRef}
      onKeyDown={onKeyDown}
    >
      {tools.map((tool, position) => {
        if (tool === 'separator')
          return <span key={`separator-${position}`} className="body-editor__separator" aria-hidden="true" />;
        const mine = ++index;
        return (
          <button
            key={tool.name}
            type="button"
            className="body-editor__tool"
            aria-label={tool.name}
            aria-pressed={tool.pressed === undefined ? undefined : Boolean(tool.pressed)}
            aria-keyshortcuts={tool.keys ? ariaKeys(tool.keys) : undefined}
            title={toolTitle(tool)}
            tabIndex={mine === stop ? 0 : -1}
            disabled={!ready || tool.disabled}
            onFocus={() => setTabStop(mine)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onCommand(tool.command)}
          >
            {TOOL_ICONS[tool.command]}
          </button>
        );
      })}
    </div>
  );
}
