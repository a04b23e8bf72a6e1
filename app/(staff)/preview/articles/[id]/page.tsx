import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { ArticleView } from '@/components/pages/article-page';
import { SiteChrome } from '@/components/site-chrome';
import { getArticleForEdit } from '@/db/queries/admin-articles';
import { getArticleForPreview } from '@/db/queries/articles';
import { mayEditArticle } from '@/domain/articles/access';
import { requirePermission } from '@/lib/auth/viewer';
import type { Viewer } from '@/domain/auth/viewer';
import '@/components/admin/articles/preview.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ as?: string }> };

/**
 * A story exactly as a reader, or a member, would see it, whatever its status. Staff only: the
 * URL is private because the role is checked here, not because it is hard to guess.
 */
export default async function ArticlePreviewPage({ params, searchParams }: Props) {
  const [{ id: raw }, { as }] = await Promise.all([params, searchParams]);
  const staff = await requirePermission(
    'articles:write',
    `/preview/articles/${raw}?as=${as === 'member' ? 'member' : 'reader'}`,
  );
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const [editable, article] = await Promise.all([getArticleForEdit({ id }), getArticleForPreview({ id })]);
  if (!editable || !article) notFound();
  if (!mayEditArticle(staff, editable)) forbidden();

  const asMember = as === 'member';
  // The preview's reader: nobody signed in, or a member with a live subscription.
  const viewer: Viewer = asMember
    ? {
        kind: 'signed-in',
        userId: staff.userId,
        email: staff.email,
        name: staff.name,
        role: 'reader',
        membership: { status: 'active', pastDueSince: null, pausedUntil: null },
        complimentaryUntil: null,
        asOf: new Date(),
      }
    : { kind: 'anonymous' };
  const status = editable.snapshot.emailOnly
    ? 'an email-only issue: readers never see it on the site'
    : editable.status === 'published'
      ? 'published'
      : editable.status === 'scheduled'
        ? 'scheduled, not yet public'
        : 'a draft, not public';

  return (
    <>
      <div className="preview-bar" role="region" aria-label="Preview">
        <p>
          <strong>Preview</strong> as {asMember ? 'a member' : 'a reader who is not a member'}. This story is {status}.
        </p>
        <p className="preview-bar__links">
          {asMember ? (
            <Link href={`/preview/articles/${id}?as=reader`}>See it as a reader</Link>
          ) : (
            <Link href={`/preview/articles/${id}?as=member`}>See it as a member</Link>
          )}
          {editable.snapshot.newsletterId !== null && (
            <Link href={`/admin/articles/${id}/email`}>Preview the email</Link>
          )}
          <Link href={`/admin/articles/${id}`}>Back to the editor</Link>
        </p>
      </div>
      <SiteChrome viewer={viewer}>
        <ArticleView article={article} viewer={viewer} />
      </SiteChrome>
    </>
  );
}
