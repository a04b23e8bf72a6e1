import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { translator } from '@/lib/i18n/core';
import { localePath } from '@/lib/i18n/paths';

/** A plain GET form: works without JavaScript. */
export function SearchForm({
  defaultValue = '',
  id = 'search',
  compact = false,
  locale = DEFAULT_LOCALE,
}: {
  defaultValue?: string;
  id?: string;
  compact?: boolean;
  locale?: Locale;
}) {
  const t = translator(locale, 'searchForm');
  return (
    <form
      action={localePath(locale, '/search')}
      method="get"
      role="search"
      className={compact ? 'search-form search-form--compact' : 'search-form'}
    >
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'search-form__label'}>
        {t('label')}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t('placeholder')}
        maxLength={200}
        autoComplete="off"
      />
      <button type="submit" className="button">
        {t('submit')}
      </button>
    </form>
  );
}
