import type { Metadata } from 'next';
import Link from 'next/link';
import { listArticlesForAdmin } from '@/db/queries/admin-articles';
import { listAuthors, listSections } from '@/db/queries/taxonomy';
import { accessLabel } from '@/domain/articles/members-first';
import { formatNewsroomTime } from '@/domain/articles/newsroom-time';
import { requirePermission } from '@/lib/auth/viewer';
import { getNewsroom } from '@/lib/newsroom';
import { createArticleAction } from '@/features/articles/actions';
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES } from '@/domain/i18n/locales';
import '@/components/admin/articles/articles.css';
import { DataTable } from '@/components/ui/data-table';
import { Field } from '@/components/ui/field';
import { FilterBar, FilterSelect } from '@/components/ui/filter-bar';
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
        <form action={createArticleAction} className="admin-new-article">
          <label htmlFor="new-article-language" className="visually-hidden">
            Language of the new article
          </label>
          <select id="new-article-language" name="language" defaultValue={DEFAULT_LOCALE}>
            {LOCALE_CODES.map((code) => (
              <option key={code} value={code}>
                {LOCALES[code].name}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--primary">
            New article
          </button>
        </form>
      </div>

      <FilterBar label="Filter articles" className="admin-filters" submitLabel="Filter">
        <Field
          id="filter-q"
          label="Headline"
          name="q"
          type="search"
          defaultValue={filter.q ?? ''}
          placeholder="Search headlines"
        />
        <FilterSelect
          id="filter-status"
          label="Status"
          name="status"
          defaultValue={filter.status ?? ''}
          anyLabel="Any"
          options={ARTICLE_LIST_STATUSES}
        />
        <FilterSelect
          id="filter-language"
          label="Language"
          name="language"
          defaultValue={filter.language ?? ''}
          anyLabel="Any"
          options={LOCALE_CODES.map((code) => ({ value: code, label: LOCALES[code].name }))}
        />
        <FilterSelect
          id="filter-section"
          label="Section"
          name="section"
          defaultValue={filter.sectionId ?? ''}
          anyLabel="Any"
          options={sectionList.map((s) => ({ value: s.id, label: s.name }))}
        />
        <FilterSelect
          id="filter-author"
          label="Author"
          name="author"
          defaultValue={filter.authorId ?? ''}
          anyLabel="Any"
          options={authorList.map((a) => ({ value: a.id, label: a.name }))}
        />
      </FilterBar>

      <p className="admin-count" aria-live="polite">
        {list.total === 1 ? '1 article' : `${list.total} articles`}
      </p>

      <DataTable
        className="admin-articles"
        scroll
        rows={list.items}
        rowKey={(article) => article.id}
        empty="No articles match. Change the filter, or start a new article."
        columns={[
          {
            heading: 'Headline',
            cell: (article) => (
              <>
                <Link
                  href={`/admin/articles/${article.id}`}
                  className="admin-articles__headline"
                  lang={article.language === DEFAULT_LOCALE ? undefined : article.language}
                >
                  {article.headline}
                </Link>
                {article.access === 'members' && (
                  <span className="pill pill--quiet">{accessLabel(article, timeZone)}</span>
                )}
                {article.emailOnly && <span className="pill pill--quiet">Email only</span>}
                {article.language !== DEFAULT_LOCALE && (
                  <span className="pill pill--quiet" lang={article.language}>
                    {LOCALES[article.language].name}
                  </span>
                )}
              </>
            ),
          },
          {
            heading: 'Status',
            cell: (article) => (
              <>
                <span className={`pill pill--${article.status}`}>
                  {article.submittedAt && article.status === 'draft' ? 'Submitted' : STATUS_LABEL[article.status]}
                </span>
                {article.status === 'scheduled' && article.publishedAt && (
                  <span className="admin-articles__when">{formatNewsroomTime(article.publishedAt, timeZone)}</span>
                )}
              </>
            ),
          },
          { heading: 'Section', cell: (article) => article.sectionName ?? '—' },
          { heading: 'Authors', cell: (article) => article.authors.join(', ') || '—' },
          {
            heading: 'Last edited',
            cell: (article) => (
              <>
                <time dateTime={article.editedAt.toISOString()}>{formatNewsroomTime(article.editedAt, timeZone)}</time>
                {article.editedBy && <span className="admin-articles__when">by {article.editedBy}</span>}
              </>
            ),
          },
        ]}
      />

      <Pagination
        basePath="/admin/articles"
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(base, page) => `${base}?${articleQueryString(filter, page)}`}
      />
    </>
  );
}
