import { toggleSavedAction } from '@/features/account/saved-actions';

/** A member's bookmark: a plain form, so it works without JavaScript. */
export function SaveButton({ articleId, saved }: { articleId: number; saved: boolean }) {
  return (
    <form action={toggleSavedAction} className="save-form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="saved" value={saved ? 'false' : 'true'} />
      <button type="submit" className="button button--small" aria-pressed={saved}>
        {saved ? 'Saved ✓' : 'Save for later'}
      </button>
    </form>
  );
}
