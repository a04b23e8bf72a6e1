import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/admin/articles/article-editor';
import {
  countNewsletterRecipients,
  getArticleForEdit,
  getArticleIssue,
  listTagNames,
  listTranslationsOf,
} from '@/db/queries/admin-articles';
import { TranslationOriginal, TranslationsPanel } from '@/components/admin/articles/translations-panel';
import { getArticleRecording } from '@/db/queries/article-audio';
import { listNewsletters } from '@/db/queries/newsletters';
import { listAuthors, listRegions, listSections } from '@/db/queries/taxonomy';
import { utcToZonedWallTime } from '@/domain/articles/newsroom-time';
import { can } from '@/domain/auth/permissions';
import { mayEditArticle } from '@/domain/articles/access';
import { requirePermission } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { audioSrc } from '@/lib/media/audio';
import { getNewsroom } from '@/lib/newsroom';
import '@/components/admin/articles/articles.css';

export const metadata: Metadata = { title: 'Edit article' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ restored?: string }> };

/** The default for "Schedule": the first full hour at least half an hour away. */
function nextFullHour(): Date {
  return new Date(Math.ceil((Date.now() + 30 * 60_000) / 3_600_000) * 3_600_000);
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const viewer = await requirePermission('articles:write', `/admin/articles/${raw}`);
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const [
    article,
    sections,
    regions,
    authors,
    tagNames,
    newsletters,
    recipients,
    issue,
    recording,
    siblings,
    { restored },
  ] = await Promise.all([
    getArticleForEdit({ id }),
    listSections(),
    listRegions(),
    listAuthors(),
    listTagNames(),
    listNewsletters(),
    countNewsletterRecipients(),
    getArticleIssue({ articleId: id }),
    getArticleRecording({ articleId: id }),
    listTranslationsOf({ articleId: id }),
    searchParams,
  ]);
  if (!article) notFound();
  const canPublish = can(viewer.role, 'articles:publish');
  if (!mayEditArticle(viewer, article)) forbidden();

  // A translation in progress shows the text it translates (the default language's, if any).
  const translating = article.status === 'draft' ? siblings[0] : undefined;
  const newsroom = getNewsroom();
  const suggested = utcToZonedWallTime(
    article.status === 'scheduled' && article.publishedAt ? article.publishedAt : nextFullHour(),
    newsroom.timeZone,
  );

  const editor = (
    <ArticleEditor
      article={{
        id: article.id,
        language: article.language,
        status: article.status,
        version: article.version,
        slug: article.slug,
        publishedAt: article.publishedAt?.toISOString() ?? null,
        editedAt: article.editedAt.toISOString(),
        editedBy: article.editedBy,
        submittedAt: article.submittedAt?.toISOString() ?? null,
        issue: issue && { ...issue, sentAt: issue.sentAt.toISOString() },
      }}
      initial={article.snapshot}
      recording={
        recording && {
          src: audioSrc(recording.storageKey),
          mimeType: recording.mimeType,
          bytes: recording.bytes,
          durationSeconds: recording.durationSeconds,
        }
      }
      options={{
        sections: sections.map(({ id: sid, name }) => ({ id: sid, name })),
        regions: regions.map(({ id: rid, name }) => ({ id: rid, name })),
        authors: authors.map(({ id: aid, name }) => ({ id: aid, name })),
        tagNames,
        newsletters: newsletters.map((n) => ({
          id: n.id,
          name: n.name,
          audience: n.audience,
          recipients: recipients.get(n.id) ?? 0,
        })),
      }}
      canPublish={canPublish}
      timeZone={newsroom.timeZone}
      siteName={newsroom.name}
      siteUrl={env.SITE_URL}
      suggestedScheduleAt={suggested}
      notice={restored ? 'Restored the earlier version. The version it replaced is kept in the history.' : undefined}
    />
  );
  return (
    <>
      <p className="admin-breadcrumb">
        <Link href="/admin/articles">← All articles</Link>
      </p>
      <h1 className="visually-hidden">Edit “{article.snapshot.headline || 'Untitled'}”</h1>
      <TranslationsPanel article={article} siblings={siblings} />
      {translating ? (
        <div className="translation-layout">
          <TranslationOriginal original={translating} />
          <div className="translation-layout__editor">{editor}</div>
        </div>
      ) : (
        editor
      )}
    </>
  );
}
