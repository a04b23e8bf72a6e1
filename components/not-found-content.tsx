import { listLatestArticles } from '@/lib/content/reads';
import { ArticleCard } from './article-card';
import { SearchForm } from './search-form';

export async function NotFoundContent() {
  const latest = await listLatestArticles({ limit: 4 });
  return (
    <div className="wrap page-narrow not-found">
      <p className="kicker">Error 404</p>
      <h1 className="page-title">We couldn’t find that page</h1>
      <p className="lede">The link may be old, or the story may have moved. Try a search, or start from our latest reporting.</p>
      <SearchForm id="not-found-search" />
      <h2 className="section-heading">Latest stories</h2>
      <div className="card-grid card-grid--2">
        {latest.map((article) => (
          <ArticleCard key={article.id} article={article} />
        ))}
      </div>
    </div>
  );
}
