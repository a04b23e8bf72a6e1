import { listLatestArticles } from '@/lib/content/reads';
import { ArticleCard } from './article-card';
import { SearchForm } from './search-form';

/** Kept light: Next.js carries this fallback in the payload of every page of the segments that use it. */
export async function NotFoundContent() {
  const latest = await listLatestArticles({ limit: 5 });
  return (
    <div className="wrap page-narrow not-found">
      <p className="kicker">Error 404</p>
      <h1 className="page-title">We couldn’t find that page</h1>
      <p className="lede">
        The link may be old, or the story may have moved. Try a search, or start from our latest reporting.
      </p>
      <SearchForm id="not-found-search" />
      <h2 className="section-heading">Latest stories</h2>
      <ul className="latest-list">
        {latest.map((article) => (
          <li key={article.id}>
            <ArticleCard article={article} variant="compact" />
          </li>
        ))}
      </ul>
    </div>
  );
}
