import type { Metadata } from 'next';
import Link from 'next/link';
import { listArticlesForAdmin } from '@/db/queries/admin-articles';
import { listAuthors, listSections } from '@/db/queries/taxonomy';
import { formatNewsroomTime } from '@/domain/articles/newsroom-time';
import { requirePermission } from '@/lib/auth/viewer';
import { getNewsroom } from '@/lib/newsroom';
import { createArticleAction } from '@/features/articles/actions';
import '@/components/admin/articles/articles.css';
import { Pagination } from '@/components/ui/pagination';
import { ARTICLE_LIST_STATUSES, articleQueryString, parseArticleQuery } from '@/features/articles/filter';

export const metadata: Metadata = { title: 'Articles' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const STATUS_LABEL: Record<string, string> = Object.fromEntries(ARTICLE_LIST_STATUSES.map((s) => [s.value, s.label]));

export default async function AdminArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePermission('articles:write', '/admin/articles');
  const filter = parseArticleQuery(await searchParams);
  const [list, sectionList, authorList] = await Promise.all([
    listArticlesForAdmin(filter),
    listSections(),
    listAuthors(),
  ]);
  const { timeZone } = getNewsroom();
  return (
    <>
      <div className="admin-heading">
        <h1 className="page-title">Articles</h1>
        <form action={createArticleAction}>
          <button type="submit" className="button button--primary">
            New article
          </button>
        </form>
      </div>

      <form className="admin-filters" role="search" aria-label="Filter articles">
        <div className="field">
          <label htmlFor="filter-q">Headline</label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ''} placeholder="Search headlines" />
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" name="status" defaultValue={filter.status ?? ''}>
            <option value="">Any</option>
            {ARTICLE_LIST_STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-section">Section</label>
          <select id="filter-section" name="section" defaultValue={filter.sectionId ?? ''}>
            <option value="">Any</option>
            {sectionList.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-author">Author</label>
          <select id="filter-author" name="author" defaultValue={filter.authorId ?? ''}>
            <option value="">Any</option>
            {authorList.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Filter
        </button>
      </form>

      <p className="admin-count" aria-live="polite">
        {list.total === 1 ? '1 article' : `${list.total} articles`}
      </p>

      {list.items.length === 0 ? (
        <p className="notice">No articles match. Change the filter, or start a new article.</p>
      ) : (
        <div className="admin-table-scroll">
          <table className="admin-table admin-articles">
            <thead>
              <tr>
                <th scope="col">Headline</th>
                <th scope="col">Status</th>
                <th scope="col">Section</th>
                <th scope="col">Authors</th>
                <th scope="col">Last edited</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((article) => (
                <tr key={article.id}>
                  <td>
                    <Link href={`/admin/articles/${article.id}`} className="admin-articles__headline">
                      {article.headline}
                    </Link>
                    {article.access === 'members' && <span className="pill pill--quiet">Members</span>}
                  </td>
                  <td>
                    <span className={`pill pill--${article.status}`}>
                      {article.submittedAt && article.status === 'draft' ? 'Submitted' : STATUS_LABEL[article.status]}
                    </span>
                    {article.status === 'scheduled' && article.publishedAt && (
                      <span className="admin-articles__when">{formatNewsroomTime(article.publishedAt, timeZone)}</span>
                    )}
                  </td>
                  <td>{article.sectionName ?? '—'}</td>
                  <td>{article.authors.join(', ') || '—'}</td>
                  <td>
                    <time dateTime={article.editedAt.toISOString()}>
                      {formatNewsroomTime(article.editedAt, timeZone)}
                    </time>
                    {article.editedBy && <span className="admin-articles__when">by {article.editedBy}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Pagination
        basePath="/admin/articles"
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(base, page) => `${base}?${articleQueryString(filter, page)}`}
      />
    </>
  );
}
