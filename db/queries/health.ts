import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db';

export async function pingDatabase() {
  const db = await getDb();
  await db.execute(sql`select 1`);
}
