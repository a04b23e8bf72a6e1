import type { Locale } from '@/domain/i18n/locales';
import { listLatestArticles } from '@/lib/content/reads';
import { translator } from '@/lib/i18n/messages';
import { ArticleCard } from './article-card';
import { SearchForm } from './search-form';
import { editionLocale } from '@/lib/i18n/edition';

/** Kept light: Next.js carries this fallback in the payload of every page of the segments that use it. */
export async function NotFoundContent({ locale: given }: { locale?: Locale }) {
  const locale = given ?? (await editionLocale());
  const latest = await listLatestArticles({ limit: 5, locale });
  const t = translator(locale, 'notFound');
  return (
    <div className="wrap page-narrow not-found">
      <p className="kicker">{t('kicker')}</p>
      <h1 className="page-title">{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <SearchForm id="not-found-search" locale={locale} />
      <h2 className="section-heading">{t('latest')}</h2>
      <ul className="latest-list">
        {latest.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} variant="compact" locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  );
}
