// Under the body editor: the word count and the list of keyboard shortcuts.
import type { ShortcutLabels } from './shortcuts';

export function EditorFooter({ id, words, keys }: { id: string; words: number; keys: ShortcutLabels }) {
  return (
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
  );
}
