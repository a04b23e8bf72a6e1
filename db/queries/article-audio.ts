import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { articleAudio, articles } from '@/db/schema';
import { isPublic } from './articles';

/** What a story's page and its editor show of its recording. */
export type ArticleRecording = {
  storageKey: string;
  mimeType: 'audio/mpeg' | 'audio/mp4';
  bytes: number;
  durationSeconds: number;
};

const recordingColumns = {
  storageKey: articleAudio.storageKey,
  mimeType: articleAudio.mimeType,
  bytes: articleAudio.bytes,
  durationSeconds: articleAudio.durationSeconds,
};

export async function getArticleRecording({ articleId }: { articleId: number }): Promise<ArticleRecording | null> {
  const db = await getDb();
  const [row] = await db
    .select(recordingColumns)
    .from(articleAudio)
    .where(eq(articleAudio.articleId, articleId))
    .limit(1);
  return row ?? null;
}

/**
 * The recording a /media/audio/ URL names, with whether its story is on the site now (a draft's
 * recording is for staff only).
 */
export async function getRecordingByKey({ storageKey }: { storageKey: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ ...recordingColumns, articleId: articleAudio.articleId, onSite: sql<boolean>`${isPublic()}` })
    .from(articleAudio)
    .innerJoin(articles, eq(articles.id, articleAudio.articleId))
    .where(eq(articleAudio.storageKey, storageKey))
    .limit(1);
  return row ?? null;
}

/** What the recording routes need of the story itself: who may change it, and its address to expire. */
export async function getArticleForRecording({ articleId }: { articleId: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ id: articles.id, slug: articles.slug, status: articles.status, createdById: articles.createdById })
    .from(articles)
    .where(eq(articles.id, articleId))
    .limit(1);
  return row ?? null;
}

/**
 * Attaches a recording to a story, replacing the one it had; answers the replaced file's key so
 * the caller can delete it once the row no longer points at it.
 */
export async function attachRecording(
  values: ArticleRecording & { articleId: number; uploadedById: string | null },
): Promise<{ replacedKey: string | null }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [previous] = await tx
      .select({ storageKey: articleAudio.storageKey })
      .from(articleAudio)
      .where(eq(articleAudio.articleId, values.articleId))
      .for('update');
    await tx
      .insert(articleAudio)
      .values(values)
      .onConflictDoUpdate({
        target: articleAudio.articleId,
        set: {
          storageKey: values.storageKey,
          mimeType: values.mimeType,
          bytes: values.bytes,
          durationSeconds: values.durationSeconds,
          uploadedById: values.uploadedById,
          createdAt: sql`now()`,
        },
      });
    return { replacedKey: previous?.storageKey ?? null };
  });
}

/** Detaches a story's recording; answers the removed file's key, or null when it had none. */
export async function removeRecording({ articleId }: { articleId: number }): Promise<{ removedKey: string | null }> {
  const db = await getDb();
  const [row] = await db
    .delete(articleAudio)
    .where(eq(articleAudio.articleId, articleId))
    .returning({ storageKey: articleAudio.storageKey });
  return { removedKey: row?.storageKey ?? null };
}
