import fs from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { backfillDerivedText } from '@/db/backfill';
import { openConnection } from '@/db/client';
import { writeMigrationStamp } from '@/db/schema-state';
import { refreshDueHint } from '@/db/job-hint';
import { articles } from '@/db/schema';
import { seed, seedAppeals } from '@/db/seed';
import { env } from '@/lib/env';

/**
 * Migrates the database and seeds the demo newsroom when it has no articles yet, then closes
 * it again so that the next step (build, server) can open the embedded folder alone.
 */
export async function prepareDatabase(options: { seedWhenEmpty: boolean } = { seedWhenEmpty: true }) {
  const conn = await openConnection({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await conn.migrate();
    await backfillDerivedText(conn.db);
    if (conn.kind === 'pglite') writeMigrationStamp(env.DATA_DIR);
    const [row] = await conn.db.select({ n: count() }).from(articles);
    const empty = (row?.n ?? 0) === 0;
    if (empty && options.seedWhenEmpty) await seed(conn.db);
    else if (!empty) await seedAppeals(conn.db);
    await refreshDueHint(conn.db);
    return { seeded: empty && options.seedWhenEmpty, kind: conn.kind };
  } finally {
    await conn.close();
  }
}

/**
 * Next's data cache (unstable_cache) outlives builds. It is derived from the database, so when
 * the database is new it must go too, or pages would be rebuilt from another database's rows.
 */
export function clearDataCache(distDir: string) {
  fs.rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true });
}
