import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getAuthorById } from '@/db/queries/admin-authors';
import { requirePermission } from '@/lib/auth/viewer';
import { AuthorForm } from '../author-form';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export const metadata: Metadata = { title: 'Author' };

export default async function EditAuthorPage({ params, searchParams }: Props) {
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  await requirePermission('authors:manage', `/admin/authors/${id}`);
  const authorId = Number(id);
  const author = /^\d{1,9}$/.test(id) ? await getAuthorById({ id: authorId }) : null;
  if (!author) notFound();
  return (
    <>
      <p className="admin-back">
        <Link href="/admin/authors">← Authors</Link>
      </p>
      <div className="admin-heading">
        <h1 className="page-title">{author.name}</h1>
        <Link href={`/authors/${author.slug}`}>View the author’s page</Link>
      </div>
      {created && (
        <p className="notice" role="status">
          Author added. Their page is live at /authors/{author.slug}.
        </p>
      )}
      <AuthorForm
        author={{
          id: author.id,
          name: author.name,
          slug: author.slug,
          role: author.role,
          bio: author.bio,
          photoUrl: author.photoUrl,
          translations: author.translations,
        }}
      />
    </>
  );
}
