import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { DiffList } from '@/components/admin/articles/diff-text';
import { RestoreButton } from '@/components/admin/articles/restore-button';
import { getArticleForEdit, getSnapshotNames, listRevisions } from '@/db/queries/admin-articles';
import { diffSnapshots } from '@/domain/articles/diff';
import { formatNewsroomTime } from '@/domain/articles/newsroom-time';
import { emptySnapshot, snapshotFromStored } from '@/domain/articles/snapshot';
import { mayEditArticle } from '@/domain/articles/access';
import { requirePermission } from '@/lib/auth/viewer';
import { getNewsroom } from '@/lib/newsroom';
import '@/components/admin/articles/articles.css';

export const metadata: Metadata = { title: 'History' };

const EVENT_LABEL = {
  save: 'Saved',
  publish: 'Published',
  schedule: 'Scheduled',
  unpublish: 'Unpublished',
  restore: 'Restored an earlier version',
} as const;

/** Every kept version of an article, newest first, each compared with the one before it. */
export default async function ArticleHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const viewer = await requirePermission('articles:write', `/admin/articles/${raw}/history`);
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const [article, revisions, names] = await Promise.all([
    getArticleForEdit({ id }),
    listRevisions({ articleId: id }),
    getSnapshotNames(),
  ]);
  if (!article) notFound();
  if (!mayEditArticle(viewer, article)) forbidden();
  const { timeZone } = getNewsroom();

  return (
    <>
      <p className="admin-breadcrumb">
        <Link href={`/admin/articles/${id}`}>← Back to the editor</Link>
      </p>
      <h1 className="page-title">History of “{article.snapshot.headline || 'Untitled'}”</h1>
      <p className="lede">
        Every publish, and every save of a published story, is kept here. Restoring a version keeps the current one in
        the history too.
      </p>
      {revisions.length === 0 ? (
        <p className="notice">
          No versions kept yet: a draft’s history starts when it is first published or scheduled.
        </p>
      ) : (
        <ol className="revision-list">
          {revisions.map((revision, index) => {
            const snapshot = snapshotFromStored(revision.snapshot);
            const older = revisions[index + 1];
            const changes = diffSnapshots(older ? snapshotFromStored(older.snapshot) : emptySnapshot(), snapshot, {
              ...names,
              timeZone,
            });
            // The members-first job writes a save with no author when the story opens to everyone.
            const opened =
              revision.event === 'save' &&
              snapshot.access === 'public' &&
              older !== undefined &&
              snapshotFromStored(older.snapshot).opensToAll !== null;
            return (
              <li key={revision.id} className="revision" id={`revision-${revision.id}`}>
                <div className="revision__head">
                  <h2>
                    {EVENT_LABEL[revision.event]}{' '}
                    <time dateTime={revision.createdAt.toISOString()}>
                      {formatNewsroomTime(revision.createdAt, timeZone)}
                    </time>
                  </h2>
                  <p className="revision__who">
                    {revision.authorName ||
                      revision.authorEmail ||
                      (revision.event === 'publish'
                        ? 'Scheduled publishing'
                        : opened
                          ? 'Opened to everyone (members first)'
                          : 'Someone no longer on staff')}
                  </p>
                  {index > 0 && (
                    <RestoreButton
                      articleId={id}
                      baseVersion={article.version}
                      revisionId={revision.id}
                      published={article.status === 'published'}
                    />
                  )}
                  {index === 0 && <p className="revision__current">The latest kept version</p>}
                </div>
                <details open={index === 0}>
                  <summary>
                    {older
                      ? `${changes.length === 1 ? '1 field' : `${changes.length} fields`} changed from the version before`
                      : 'First kept version'}
                  </summary>
                  {changes.length === 0 ? <p>No changes to the content.</p> : <DiffList changes={changes} />}
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
