import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { savedArticles } from '@/db/schema';
import { listArticleCardsByIds } from './articles';

export async function isArticleSaved({ userId, articleId }: { userId: string; articleId: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ id: savedArticles.articleId })
    .from(savedArticles)
    .where(and(eq(savedArticles.userId, userId), eq(savedArticles.articleId, articleId)));
  return Boolean(row);
}

export async function setArticleSaved({
  userId,
  articleId,
  saved,
}: {
  userId: string;
  articleId: number;
  saved: boolean;
}) {
  const db = await getDb();
  if (saved) await db.insert(savedArticles).values({ userId, articleId }).onConflictDoNothing();
  else
    await db.delete(savedArticles).where(and(eq(savedArticles.userId, userId), eq(savedArticles.articleId, articleId)));
}

/** The reader's saved stories, most recently saved first (published ones only). */
export async function listSavedArticles({ userId }: { userId: string }) {
  const db = await getDb();
  const rows = await db
    .select({ articleId: savedArticles.articleId })
    .from(savedArticles)
    .where(eq(savedArticles.userId, userId))
    .orderBy(desc(savedArticles.createdAt));
  const cards = await listArticleCardsByIds({ ids: rows.map((r) => r.articleId) });
  const byId = new Map(cards.map((c) => [c.id, c]));
  return rows.flatMap((r) => byId.get(r.articleId) ?? []);
}
