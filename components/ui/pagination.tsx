/** Stable page URLs: /sections/news, /sections/news/page/2, … */
export function pageHref(basePath: string, page: number) {
  return page <= 1 ? basePath : `${basePath}/page/${page}`;
}

export function Pagination({
  basePath,
  page,
  pageCount,
  hrefFor = pageHref,
}: {
  basePath: string;
  page: number;
  pageCount: number;
  hrefFor?: (basePath: string, page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <a href={hrefFor(basePath, page - 1)} rel="prev">
          ← Newer
        </a>
      ) : (
        <span />
      )}
      <span className="pagination__where">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a href={hrefFor(basePath, page + 1)} rel="next">
          Older →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
