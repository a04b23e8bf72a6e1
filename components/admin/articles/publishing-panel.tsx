// The Publishing panel: where the story stands, the save, publish, schedule and submit buttons, previews and history.
import Link from 'next/link';
import { useState } from 'react';
import type { ArticleIntent } from '@/features/articles/actions';
import { ConfirmSend } from './confirm-send';
import type { EditorNewsletter } from './email-panel';
import { describedBy, FieldError } from './form-fields';
import { formatNewsroomDate } from '@/domain/articles/newsroom-time';
import type { SaveOptions } from './save-controller';
import { useHydrated } from '@/components/ui/use-hydrated';
import { autosaves, type SaveState } from './save-state';

type Props = {
  state: SaveState;
  canPublish: boolean;
  timeZone: string;
  /** Wall-clock "YYYY-MM-DDTHH:mm" in the newsroom's zone, the default for "Schedule". */
  suggestedScheduleAt: string;
  publicPath: string;
  newsletters: EditorNewsletter[];
  onSave: (intent: ArticleIntent, options?: SaveOptions) => void;
};

/** "Publish now", or what publishing also does: "Publish and email to …", "Send to …" for an email-only issue. */
function publishLabel(emailOnly: boolean, emailing: EditorNewsletter | null): string {
  if (emailOnly) return emailing ? `Send to ${emailing.name}` : 'Send now';
  return emailing ? `Publish and email to ${emailing.name}` : 'Publish now';
}

export function PublishingPanel({
  state,
  canPublish,
  timeZone,
  suggestedScheduleAt,
  publicPath,
  newsletters,
  onSave,
}: Props) {
  const [scheduleAt, setScheduleAt] = useState(suggestedScheduleAt);
  const [confirming, setConfirming] = useState(false);
  // The buttons act through JavaScript only: until the editor is interactive they are disabled.
  const ready = useHydrated();
  const { meta, status, busy, fieldErrors, snapshot } = state;
  const { emailOnly } = snapshot;
  // The newsletter this publish sends to: none once the story has been emailed.
  const emailing = meta.issue ? null : (newsletters.find((n) => n.id === snapshot.newsletterId) ?? null);
  const sent = emailOnly && meta.issue !== null;
  const zone = timeZone.split('/').pop()?.replace(/_/g, ' ');
  return (
    <section className="editor-panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{emailOnly ? 'Sending' : 'Publishing'}</h2>
      {meta.status === 'published' && meta.publishedAt && !emailOnly && (
        <p className="editor-panel__fact">
          Live since {formatNewsroomDate(meta.publishedAt, timeZone)}.{' '}
          <Link href={publicPath} target="_blank">
            View on the site
          </Link>
        </p>
      )}
      {sent && meta.issue && (
        <p className="editor-panel__fact">
          Sent {formatNewsroomDate(meta.issue.sentAt, timeZone)}. An email-only issue: it is not on the site.
        </p>
      )}
      {meta.status === 'scheduled' && meta.publishedAt && (
        <p className="editor-panel__fact">
          {`${emailOnly ? 'Goes out' : 'Goes live'} ${formatNewsroomDate(meta.publishedAt, timeZone)} (${zone} time)`}
          {emailing ? `${emailOnly ? ' to' : ', and is emailed to'} ${emailing.name}.` : '.'}
        </p>
      )}
      <div className="article-editor__buttons">
        {autosaves(state) ? (
          <button
            type="button"
            className="button"
            onClick={() => onSave('save')}
            disabled={!ready || status === 'saving'}
          >
            Save draft
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => onSave('save')}
            disabled={!ready || status === 'saving' || status === 'saved'}
          >
            Update
          </button>
        )}
        {canPublish && meta.status !== 'published' && (
          <button
            type="button"
            className="button button--primary"
            // A sent email cannot be taken back: ask first, saying how many it reaches.
            onClick={() => (emailing ? setConfirming(true) : onSave('publish'))}
            disabled={!ready || busy !== null}
          >
            {busy === 'publish' ? (emailOnly ? 'Sending…' : 'Publishing…') : publishLabel(emailOnly, emailing)}
          </button>
        )}
        {canPublish && meta.status !== 'draft' && !sent && (
          <button
            type="button"
            className="button"
            onClick={() => onSave('unpublish')}
            disabled={!ready || busy !== null}
          >
            Unpublish
          </button>
        )}
        {!canPublish && meta.status === 'draft' && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => onSave('submit')}
            disabled={!ready || busy !== null}
          >
            {meta.submittedAt ? 'Submit again' : 'Submit for review'}
          </button>
        )}
      </div>
      {!canPublish && <p className="field__hint">An editor reviews and publishes submitted stories.</p>}
      {canPublish && meta.status !== 'published' && (
        <div className="field">
          <label htmlFor="schedule-at">
            {emailOnly ? 'Send' : 'Publish'} at ({zone} time)
          </label>
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
              disabled={!ready || busy !== null}
            >
              {meta.status === 'scheduled' ? 'Reschedule' : 'Schedule'}
            </button>
          </div>
          <FieldError id="scheduleAt-error" errors={fieldErrors.scheduleAt} />
          {emailing && (
            <p className="field__hint">
              {emailOnly ? `Sent to ${emailing.name} at that time.` : `Emailed to ${emailing.name} as it goes live.`}
            </p>
          )}
        </div>
      )}
      <p className="article-editor__links">
        {emailOnly ? (
          <Link href={`/admin/articles/${meta.id}/email`}>Preview the email</Link>
        ) : (
          <>
            <Link href={`/preview/articles/${meta.id}?as=reader`} target="_blank">
              Preview as a reader
            </Link>
            <Link href={`/preview/articles/${meta.id}?as=member`} target="_blank">
              Preview as a member
            </Link>
          </>
        )}
        <Link href={`/admin/articles/${meta.id}/history`}>History</Link>
      </p>
      <p className="field__hint">Previews show the last saved version.</p>
      <ConfirmSend
        newsletter={confirming ? emailing : null}
        headline={snapshot.headline}
        emailOnly={emailOnly}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onSave('publish');
        }}
      />
    </section>
  );
}
