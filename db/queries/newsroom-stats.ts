import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, users } from '@/db/schema';

/** Headline numbers for the admin dashboard. */
export async function getNewsroomCounts() {
  const db = await getDb();
  const [row] = await db
    .select({
      published: sql<number>`count(*) filter (where ${articles.status} = 'published' and ${articles.publishedAt} <= now())::int`,
      scheduled: sql<number>`count(*) filter (where ${articles.status} = 'scheduled' or (${articles.status} = 'published' and ${articles.publishedAt} > now()))::int`,
      drafts: sql<number>`count(*) filter (where ${articles.status} = 'draft')::int`,
    })
    .from(articles);
  const [people] = await db
    .select({
      readers: sql<number>`count(*) filter (where ${users.role} = 'reader')::int`,
      staff: sql<number>`count(*) filter (where ${users.role} <> 'reader')::int`,
    })
    .from(users);
  return {
    published: row?.published ?? 0,
    scheduled: row?.scheduled ?? 0,
    drafts: row?.drafts ?? 0,
    readers: people?.readers ?? 0,
    staff: people?.staff ?? 0,
  };
}
