'use client';

import { saveArticleAction } from '@/features/articles/actions';
import type { ArticleSnapshot } from '@/domain/articles/snapshot';
import { AudioPanel, type EditorRecording } from './audio-panel';
import { BackupOffer } from './backup-offer';
import { ConflictPanel } from './conflict-panel';
import { DetailsPanel, type EditorOptions } from './details-panel';
import { EditorsNotePanel } from './editors-note-panel';
import { EmailPanel } from './email-panel';
import { LeadImagePanel } from './lead-image-panel';
import { PublishingPanel } from './publishing-panel';
import type { EditorArticle } from './save-state';
import { SaveNotice } from './save-notice';
import { SaveStatus } from './save-status';
import { SearchPanel } from './search-panel';
import { StoryFields } from './story-fields';
import { useArticleSave } from './use-article-save';
import { useLeaveGuard } from './use-leave-guard';
import { localePath } from '@/lib/i18n/paths';

export type { EditorArticle } from './save-state';
export type { EditorOptions } from './details-panel';
export type { EditorNewsletter } from './email-panel';
export type { EditorRecording } from './audio-panel';

type Props = {
  article: EditorArticle;
  initial: ArticleSnapshot;
  /** The story's recording as it is now; the Audio version panel changes it at once. */
  recording: EditorRecording | null;
  options: EditorOptions;
  canPublish: boolean;
  timeZone: string;
  siteName: string;
  siteUrl: string;
  /** Wall-clock "YYYY-MM-DDTHH:mm" in the newsroom's zone, the default for "Schedule". */
  suggestedScheduleAt: string;
  /** Set when the history page sent the editor back after a restore. */
  notice?: string;
};

const LEAVE_QUESTION = 'This article has changes that are not saved yet. Leave anyway?';

/**
 * The article editor. Drafts save themselves a moment after typing stops; published and
 * scheduled stories change only when the editor presses Update. Every save names the version
 * it started from, so a save over someone else's newer work is refused and both are shown.
 * Unsaved work is also kept in this browser until the server has it.
 */
export function ArticleEditor({
  article,
  initial,
  recording,
  options,
  canPublish,
  timeZone,
  siteName,
  siteUrl,
  suggestedScheduleAt,
  notice,
}: Props) {
  const editor = useArticleSave({ article, initial, notice, saveArticle: saveArticleAction });
  useLeaveGuard(editor.hasUnsavedWork, LEAVE_QUESTION);
  const { state, edit } = editor;
  const { snapshot, meta, status, message, fieldErrors, conflict, backup } = state;

  // A refusal is news even when the draft itself was saved.
  const messageIsAlert = status === 'error' || status === 'conflict' || Object.keys(fieldErrors).length > 0;
  const articlesFolder = localePath(meta.language, '/articles/');
  const publicPath = `${articlesFolder}${snapshot.slug || meta.slug}`;
  const fields = { snapshot, fieldErrors, onChange: edit };

  return (
    <div className="article-editor">
      <SaveStatus state={state} timeZone={timeZone} />
      {message && <SaveNotice message={message} alert={messageIsAlert} fieldErrors={fieldErrors} />}
      {backup && (
        <BackupOffer
          offer={backup}
          timeZone={timeZone}
          onRestore={editor.restoreBackup}
          onDiscard={editor.discardBackup}
        />
      )}
      {conflict && (
        <ConflictPanel
          changes={conflict.changes}
          theirs={conflict.theirs}
          timeZone={timeZone}
          onKeepMine={() => void editor.keepMine()}
          onTakeTheirs={editor.takeTheirs}
        />
      )}

      <div className="article-editor__grid">
        <StoryFields {...fields} bodyKey={state.replacements} />
        <aside className="article-editor__side" aria-label="Publishing, email and details">
          <PublishingPanel
            state={state}
            canPublish={canPublish}
            timeZone={timeZone}
            suggestedScheduleAt={suggestedScheduleAt}
            publicPath={publicPath}
            newsletters={options.newsletters}
            onSave={(intent, saveOptions) => void editor.save(intent, saveOptions)}
          />
          <EmailPanel {...fields} meta={meta} newsletters={options.newsletters} timeZone={timeZone} />
          <DetailsPanel
            {...fields}
            articlesFolder={articlesFolder}
            options={options}
            published={meta.status === 'published'}
            status={meta.status}
            publishedAt={meta.publishedAt}
            timeZone={timeZone}
            slugTouched={state.slugTouched}
            onSlugTyped={editor.typeSlug}
          />
          <LeadImagePanel {...fields} />
          <AudioPanel articleId={article.id} initial={recording} />
          <EditorsNotePanel {...fields} />
          <SearchPanel
            snapshot={snapshot}
            onChange={edit}
            siteName={siteName}
            siteUrl={siteUrl}
            publicPath={publicPath}
          />
        </aside>
      </div>
    </div>
  );
}
