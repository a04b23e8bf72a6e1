import type { Metadata } from 'next';
import { Kicker } from '@/components/kicker';
import { Pagination } from '@/components/ui/pagination';
import { SearchForm } from '@/components/search-form';
import { searchArticles } from '@/db/queries/search';
import { parseSearchRequest } from '@/lib/content/search-query';
import type { Viewer } from '@/domain/auth/viewer';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { canReadFullText } from '@/domain/membership/entitlement';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { editionLocale } from '@/lib/i18n/edition';

/** The search page's head in an edition's language. */
export function searchMetadataIn(locale: Locale): Metadata {
  return {
    title: translator(locale, 'searchPage')('title'),
    robots: { index: false, follow: true },
    alternates: { canonical: localePath(locale, '/search') },
  };
}

export const searchMetadata: Metadata = searchMetadataIn(DEFAULT_LOCALE);

/** The route's edition unless a `locale` is given. */
export type SearchRouteProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
  locale?: Locale;
};

/** Search results as this viewer may see them: only members match members-only text. */
export async function SearchPage({ searchParams, viewer, locale: given }: SearchRouteProps & { viewer: Viewer }) {
  const locale = given ?? (await editionLocale());
  const params = await searchParams;
  const t = translator(locale, 'searchPage');
  const request = parseSearchRequest(params.q, params.page);
  const query = request.kind === 'empty' ? '' : request.query;
  const results =
    request.kind === 'search'
      ? await searchArticles({
          query: request.query,
          page: request.page,
          mayReadMembersText: canReadFullText({ access: 'members' }, viewer),
          locale,
        })
      : null;

  return (
    <div className="wrap page-narrow listing">
      <header className="listing__header">
        <h1 className="page-title">{t('title')}</h1>
        <SearchForm defaultValue={query} id="search-page-q" locale={locale} />
      </header>

      {request.kind === 'empty' && <p className="notice">{t('hint')}</p>}
      {request.kind === 'too-short' && <p className="notice">{t('tooShort')}</p>}
      {request.kind === 'no-words' && <p className="notice">{t('noWords')}</p>}
      {request.kind === 'search' && request.truncated && <p className="notice">{t('truncated')}</p>}

      {results && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden">
            {t('resultsHeading')}
          </h2>
          <p role="status">
            {results.total === 0 ? t('noMatches', { query }) : t('matches', { count: results.total, query })}
          </p>
          {results.hits.map((hit) => (
            <article key={hit.slug} className="search-hit">
              <Kicker
                region={hit.regionName ? { slug: '', name: hit.regionName } : null}
                section={hit.sectionName ? { slug: '', name: hit.sectionName } : null}
                access={hit.access}
                membersFirst={hit.membersFirst}
                linked={false}
                locale={locale}
              />
              <h2>
                <a href={localePath(locale, `/articles/${hit.slug}`)}>{hit.headline}</a>
              </h2>
              <p className="search-hit__snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
              <p className="card__meta">
                <time dateTime={hit.publishedAt.toISOString()}>{formatter(locale).date(hit.publishedAt)}</time>
              </p>
            </article>
          ))}
          <Pagination
            basePath={`${localePath(locale, '/search')}?q=${encodeURIComponent(query)}`}
            page={results.page}
            pageCount={results.pageCount}
            hrefFor={(base, page) => (page <= 1 ? base : `${base}&page=${page}`)}
            locale={locale}
          />
        </section>
      )}
    </div>
  );
}
