'use client';

import type { FieldChange } from '@/domain/articles/diff';
import { formatNewsroomClock } from '@/domain/articles/newsroom-time';
import { DiffList } from './diff-text';

/**
 * Shown when someone else saved first: what differs between their saved version and this
 * screen, and the two ways out. Nothing is saved until one is chosen.
 */
export function ConflictPanel({
  changes,
  theirs,
  timeZone,
  onKeepMine,
  onTakeTheirs,
}: {
  changes: FieldChange[];
  theirs: { editedAt: string; editedBy: string | null };
  timeZone: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const at = formatNewsroomClock(theirs.editedAt, timeZone);
  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Two versions of this article</h2>
      <p>
        {theirs.editedBy ?? 'Someone'} saved at {at}. Below, <del>struck-through text</del> is only in their version and{' '}
        <ins>underlined text</ins> only in yours.
      </p>
      {changes.length === 0 ? <p>The two versions have the same content.</p> : <DiffList changes={changes} />}
      <div className="article-editor__row">
        <button type="button" className="button button--primary" onClick={onKeepMine}>
          Keep my version
        </button>
        <button type="button" className="button" onClick={onTakeTheirs}>
          Take their version
        </button>
      </div>
    </section>
  );
}
