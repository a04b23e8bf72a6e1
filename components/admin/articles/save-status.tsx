// The editor's status line: where the story stands (draft, submitted, scheduled, live) and whether it is saved.
import { saveIndicator, type SaveState } from './save-state';

export function SaveStatus({ state, timeZone }: { state: SaveState; timeZone: string }) {
  const { meta, status } = state;
  return (
    <div className="article-editor__status" role="status" aria-live="polite">
      <span className={`pill pill--${meta.status}`}>
        {meta.status === 'draft'
          ? meta.submittedAt
            ? 'Submitted for review'
            : 'Draft'
          : meta.status === 'scheduled'
            ? 'Scheduled'
            : 'Published'}
      </span>
      <span className={`save-indicator save-indicator--${status}`} data-testid="save-indicator">
        {saveIndicator(state, timeZone)}
      </span>
      {meta.editedBy && status === 'saved' && <span className="article-editor__by">by {meta.editedBy}</span>}
    </div>
  );
}
