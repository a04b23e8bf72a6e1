import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { toggleSavedAction } from '@/features/account/saved-actions';
import { translator } from '@/lib/i18n/core';

/** A member's bookmark: a plain form, so it works without JavaScript. */
export function SaveButton({
  articleId,
  saved,
  locale = DEFAULT_LOCALE,
}: {
  articleId: number;
  saved: boolean;
  locale?: Locale;
}) {
  const t = translator(locale, 'saveButton');
  return (
    <form action={toggleSavedAction} className="save-form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="saved" value={saved ? 'false' : 'true'} />
      <button type="submit" className="button button--small" aria-pressed={saved}>
        {saved ? t('saved') : t('save')}
      </button>
    </form>
  );
}
