import { eq, isNull } from 'drizzle-orm';
import { derivedTextColumns } from '@/domain/articles/body-doc';
import type { Database } from './client';
import { articles } from './schema';

/**
 * Data the SQL migrations cannot derive: the preview text of articles written before the
 * column existed (migration 0005). Runs after every migration; a no-op once all are derived.
 */
export async function backfillDerivedText(db: Database) {
  const missing = await db
    .select({ id: articles.id, body: articles.body })
    .from(articles)
    .where(isNull(articles.previewText));
  for (const row of missing) {
    await db
      .update(articles)
      .set({ previewText: derivedTextColumns(row.body).previewText })
      .where(eq(articles.id, row.id));
  }
  return missing.length;
}
