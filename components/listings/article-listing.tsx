import { ArticleCard } from '@/components/article-card';
import { Pagination } from '@/components/ui/pagination';
import type { ArticleCardPage } from '@/lib/content/reads';

/** The body of every paginated list of stories: section, region, tag and author pages. */
export function ArticleListing({
  header,
  result,
  basePath,
}: {
  header: React.ReactNode;
  result: ArticleCardPage;
  basePath: string;
}) {
  return (
    <div className="wrap listing">
      <header className="listing__header">{header}</header>
      {result.items.length === 0 ? (
        <p className="empty">No stories here yet.</p>
      ) : (
        <div>
          {result.items.map((article, i) => (
            <ArticleCard
              key={article.id}
              article={article}
              variant="row"
              headingLevel={2}
              priority={i === 0 && result.page === 1}
            />
          ))}
        </div>
      )}
      <Pagination basePath={basePath} page={result.page} pageCount={result.pageCount} />
    </div>
  );
}
