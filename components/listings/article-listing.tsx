import { ArticleCard } from '@/components/article-card';
import { Pagination } from '@/components/ui/pagination';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import type { ArticleCardPage } from '@/lib/content/reads';
import { translator } from '@/lib/i18n/messages';

/** The body of every paginated list of stories: section, region, tag and author pages. */
export function ArticleListing({
  header,
  result,
  basePath,
  locale = DEFAULT_LOCALE,
}: {
  header: React.ReactNode;
  result: ArticleCardPage;
  basePath: string;
  locale?: Locale;
}) {
  const t = translator(locale, 'listings');
  return (
    <div className="wrap listing">
      <header className="listing__header">{header}</header>
      {result.items.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <div>
          {result.items.map((article, i) => (
            <ArticleCard
              key={article.id}
              article={article}
              variant="row"
              headingLevel={2}
              priority={i === 0 && result.page === 1}
              locale={locale}
            />
          ))}
        </div>
      )}
      <Pagination basePath={basePath} page={result.page} pageCount={result.pageCount} locale={locale} />
    </div>
  );
}
