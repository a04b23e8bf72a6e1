import type { Metadata } from 'next';
import { Kicker } from '@/components/kicker';
import { Pagination } from '@/components/ui/pagination';
import { SearchForm } from '@/components/search-form';
import { searchArticles } from '@/db/queries/search';
import { parseSearchRequest } from '@/lib/content/search-query';
import { formatDate } from '@/lib/format';
import type { Viewer } from '@/domain/auth/viewer';
import { canReadFullText } from '@/domain/membership/entitlement';

export const searchMetadata: Metadata = {
  title: 'Search',
  robots: { index: false, follow: true },
  alternates: { canonical: '/search' },
};

export type SearchRouteProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Search results as this viewer may see them: only members match members-only text. */
export async function SearchPage({ searchParams, viewer }: SearchRouteProps & { viewer: Viewer }) {
  const params = await searchParams;
  const request = parseSearchRequest(params.q, params.page);
  const query = request.kind === 'empty' ? '' : request.query;
  const results =
    request.kind === 'search'
      ? await searchArticles({
          query: request.query,
          page: request.page,
          mayReadMembersText: canReadFullText({ access: 'members' }, viewer),
        })
      : null;

  return (
    <div className="wrap page-narrow listing">
      <header className="listing__header">
        <h1 className="page-title">Search</h1>
        <SearchForm defaultValue={query} id="search-page-q" />
      </header>

      {request.kind === 'empty' && (
        <p className="notice">
          Search every story we have published: try a place, a person or a subject, such as “Gyumri”, “pipelines” or
          “peace treaty”.
        </p>
      )}
      {request.kind === 'too-short' && (
        <p className="notice">Please type at least two letters or digits to search for.</p>
      )}
      {request.kind === 'no-words' && (
        <p className="notice">That search has no letters or digits in it. Try a word or two.</p>
      )}
      {request.kind === 'search' && request.truncated && (
        <p className="notice">Your search was very long, so we used only its first 200 characters.</p>
      )}

      {results && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden">
            Results
          </h2>
          <p role="status">
            {results.total === 0
              ? `No stories match “${query}”. Try fewer or different words.`
              : `${results.total} ${results.total === 1 ? 'story matches' : 'stories match'} “${query}”.`}
          </p>
          {results.hits.map((hit) => (
            <article key={hit.slug} className="search-hit">
              <Kicker
                region={hit.regionName ? { slug: '', name: hit.regionName } : null}
                section={hit.sectionName ? { slug: '', name: hit.sectionName } : null}
                access={hit.access}
                membersFirst={hit.membersFirst}
                linked={false}
              />
              <h2>
                <a href={`/articles/${hit.slug}`}>{hit.headline}</a>
              </h2>
              <p className="search-hit__snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
              <p className="card__meta">
                <time dateTime={hit.publishedAt.toISOString()}>{formatDate(hit.publishedAt)}</time>
              </p>
            </article>
          ))}
          <Pagination
            basePath={`/search?q=${encodeURIComponent(query)}`}
            page={results.page}
            pageCount={results.pageCount}
            hrefFor={(base, page) => (page <= 1 ? base : `${base}&page=${page}`)}
          />
        </section>
      )}
    </div>
  );
}
