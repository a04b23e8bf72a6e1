// The Publishing panel: where the story stands, the save, publish, schedule and submit buttons, previews and history.
import Link from 'next/link';
import { useState } from 'react';
import type { ArticleIntent } from '@/features/articles/actions';
import { describedBy, FieldError } from './form-fields';
import { formatNewsroomDate } from '@/domain/articles/newsroom-time';
import type { SaveOptions } from './save-controller';
import { autosaves, type SaveState } from './save-state';

type Props = {
  state: SaveState;
  canPublish: boolean;
  timeZone: string;
  /** Wall-clock "YYYY-MM-DDTHH:mm" in the newsroom's zone, the default for "Schedule". */
  suggestedScheduleAt: string;
  publicPath: string;
  onSave: (intent: ArticleIntent, options?: SaveOptions) => void;
};

export function PublishingPanel({ state, canPublish, timeZone, suggestedScheduleAt, publicPath, onSave }: Props) {
  const [scheduleAt, setScheduleAt] = useState(suggestedScheduleAt);
  const { meta, status, busy, fieldErrors } = state;
  return (
    <section className="editor-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">Publishing</h2>
      {meta.status === 'published' && meta.publishedAt && (
        <p className="editor-panel__fact">
          Live since {formatNewsroomDate(meta.publishedAt, timeZone)}.{' '}
          <Link href={publicPath} target="_blank">
            View on the site
          </Link>
        </p>
      )}
      {meta.status === 'scheduled' && meta.publishedAt && (
        <p className="editor-panel__fact">
          Goes live {formatNewsroomDate(meta.publishedAt, timeZone)} ({timeZone.split('/').pop()} time).
        </p>
      )}
      <div className="article-editor__buttons">
        {autosaves(state) ? (
          <button type="button" className="button" onClick={() => onSave('save')} disabled={status === 'saving'}>
            Save draft
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => onSave('save')}
            disabled={status === 'saving' || status === 'saved'}
          >
            Update
          </button>
        )}
        {canPublish && meta.status !== 'published' && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => onSave('publish')}
            disabled={busy !== null}
          >
            {busy === 'publish' ? 'Publishing…' : 'Publish now'}
          </button>
        )}
        {canPublish && meta.status !== 'draft' && (
          <button type="button" className="button" onClick={() => onSave('unpublish')} disabled={busy !== null}>
            Unpublish
          </button>
        )}
        {!canPublish && meta.status === 'draft' && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => onSave('submit')}
            disabled={busy !== null}
          >
            {meta.submittedAt ? 'Submit again' : 'Submit for review'}
          </button>
        )}
      </div>
      {!canPublish && <p className="field__hint">An editor reviews and publishes submitted stories.</p>}
      {canPublish && meta.status !== 'published' && (
        <div className="field">
          <label htmlFor="schedule-at">Publish at ({timeZone.split('/').pop()?.replace(/_/g, ' ')} time)</label>
          <div className="article-editor__row">
            <input
              id="schedule-at"
              type="datetime-local"
              value={scheduleAt}
              onChange={(e) => setScheduleAt(e.target.value)}
              aria-invalid={fieldErrors.scheduleAt ? true : undefined}
              aria-describedby={describedBy(fieldErrors, 'scheduleAt')}
            />
            <button
              type="button"
              className="button"
              onClick={() => onSave('schedule', { scheduleAt })}
              disabled={busy !== null}
            >
              {meta.status === 'scheduled' ? 'Reschedule' : 'Schedule'}
            </button>
          </div>
          <FieldError id="scheduleAt-error" errors={fieldErrors.scheduleAt} />
        </div>
      )}
      <p className="article-editor__links">
        <Link href={`/preview/articles/${meta.id}?as=reader`} target="_blank">
          Preview as a reader
        </Link>
        <Link href={`/preview/articles/${meta.id}?as=member`} target="_blank">
          Preview as a member
        </Link>
        <Link href={`/admin/articles/${meta.id}/history`}>History</Link>
      </p>
      <p className="field__hint">Previews show the last saved version.</p>
    </section>
  );
}
