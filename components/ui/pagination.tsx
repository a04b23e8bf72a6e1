import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { translator } from '@/lib/i18n/core';

/** Stable page URLs: /sections/news, /sections/news/page/2, … */
export function pageHref(basePath: string, page: number) {
  return page <= 1 ? basePath : `${basePath}/page/${page}`;
}

export function Pagination({
  basePath,
  page,
  pageCount,
  hrefFor = pageHref,
  locale = DEFAULT_LOCALE,
}: {
  basePath: string;
  page: number;
  pageCount: number;
  hrefFor?: (basePath: string, page: number) => string;
  locale?: Locale;
}) {
  if (pageCount <= 1) return null;
  const t = translator(locale, 'pagination');
  return (
    <nav className="pagination" aria-label={t('label')}>
      {page > 1 ? (
        <a href={hrefFor(basePath, page - 1)} rel="prev">
          {t('newer')}
        </a>
      ) : (
        <span />
      )}
      <span className="pagination__where">{t('where', { page, pageCount })}</span>
      {page < pageCount ? (
        <a href={hrefFor(basePath, page + 1)} rel="next">
          {t('older')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
