import type { Metadata } from 'next';
import Link from 'next/link';
import { DataTable } from '@/components/ui/data-table';
import { listAuthorsForAdmin } from '@/db/queries/admin-authors';
import { requirePermission } from '@/lib/auth/viewer';
import '@/components/admin/authors/authors.css';

export const metadata: Metadata = { title: 'Authors' };

export default async function AuthorsPage() {
  await requirePermission('authors:manage', '/admin/authors');
  const authors = await listAuthorsForAdmin();
  return (
    <>
      <div className="admin-heading">
        <h1 className="page-title">Authors</h1>
        <Link href="/admin/authors/new" className="button button--primary">
          Add an author
        </Link>
      </div>
      <p className="lede">The people on the bylines: their names, pages, bios and photos.</p>
      <DataTable
        className="author-list"
        rows={authors}
        rowKey={(author) => author.id}
        empty="No authors yet. Add the first one."
        columns={[
          {
            heading: 'Author',
            cell: (author) => (
              <div className="author-list__person">
                {author.photoUrl ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a 40 px thumbnail in the admin
                  <img src={author.photoUrl} alt="" width={40} height={40} loading="lazy" />
                ) : (
                  <span className="author-list__initial" aria-hidden="true">
                    {author.name.slice(0, 1)}
                  </span>
                )}
                <div>
                  <Link href={`/admin/authors/${author.id}`}>{author.name}</Link>
                  {author.role && <div className="author-list__role">{author.role}</div>}
                </div>
              </div>
            ),
          },
          {
            heading: 'Page',
            className: 'author-list__hide-narrow',
            cell: (author) => <Link href={`/authors/${author.slug}`}>/authors/{author.slug}</Link>,
          },
          { heading: 'Stories', cell: (author) => author.stories },
        ]}
      />
    </>
  );
}
