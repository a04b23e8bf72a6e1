import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/viewer';
import { AuthorForm } from '../author-form';

export const metadata: Metadata = { title: 'Add an author' };

export default async function NewAuthorPage() {
  await requirePermission('authors:manage', '/admin/authors/new');
  return (
    <>
      <p className="admin-back">
        <Link href="/admin/authors">← Authors</Link>
      </p>
      <h1 className="page-title">Add an author</h1>
      <AuthorForm author={{ name: '', slug: '', role: '', bio: '', photoUrl: null }} />
    </>
  );
}
