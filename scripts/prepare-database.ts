import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { committedMigrations, embeddedSchemaLooksCurrent } from '@/db/schema-state';
import { env } from '@/lib/env';

/**
 * Migrates the database and seeds the demo newsroom when it has no articles yet, then closes
 * it again so that the next step (build, server) can open the embedded folder alone.
 *
 * The database modules are loaded only here, so that `npm start` can ask
 * embeddedDatabaseIsPrepared without loading them, and runs this in a child process that exits
 * afterwards (PGlite's WASM memory, about 300 MB after seeding, is never given back).
 */
export async function prepareDatabase(options: { seedWhenEmpty: boolean } = { seedWhenEmpty: true }) {
  const [
    { count },
    { backfillDerivedText },
    { openConnection },
    { writeMigrationStamp },
    { refreshDueHint },
    { articles },
    { seed, seedAppeals, seedNewsletters },
  ] = await Promise.all([
    import('drizzle-orm'),
    import('@/db/backfill'),
    import('@/db/client'),
    import('@/db/schema-state'),
    import('@/db/job-hint'),
    import('@/db/schema'),
    import('@/lib/content/seed'),
  ]);
  const conn = await openConnection({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    await conn.migrate();
    await backfillDerivedText(conn.db);
    if (conn.kind === 'pglite') writeMigrationStamp(env.DATA_DIR);
    const [row] = await conn.db.select({ n: count() }).from(articles);
    const empty = (row?.n ?? 0) === 0;
    if (empty && options.seedWhenEmpty) await seed(conn.db);
    else if (!empty) {
      await seedAppeals(conn.db);
      await seedNewsletters(conn.db);
    }
    await refreshDueHint(conn.db);
    if (conn.kind === 'pglite' && !(empty && !options.seedWhenEmpty)) writePreparedStamp(env.DATA_DIR);
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

/**
 * Whether prepareDatabase would find nothing to do in this embedded data folder, answered from
 * files alone: the migration stamp is current, and the stamp prepareDatabase leaves after it
 * migrated and seeded still names this very database folder (a replaced or re-created folder
 * has a new PG_VERSION file) and the appeal copy it seeded from (content/newsroom.yaml).
 * The due-job hint it would refresh is kept current by the server itself. A folder that
 * another live process holds is never "prepared", so that opening it gives the usual sentence.
 */
export function embeddedDatabaseIsPrepared(dataDir: string, contentDir = path.join(process.cwd(), 'content')): boolean {
  if (!embeddedSchemaLooksCurrent(dataDir) || lockedByLiveProcess(dataDir)) return false;
  try {
    return fs.readFileSync(preparedFile(dataDir), 'utf8') === preparedStamp(dataDir, contentDir);
  } catch {
    return false;
  }
}

const preparedFile = (dataDir: string) => path.join(dataDir, 'prepared');

/** Written by prepareDatabase once the embedded database is migrated and seeded. */
export function writePreparedStamp(dataDir: string, contentDir = path.join(process.cwd(), 'content')) {
  fs.writeFileSync(preparedFile(dataDir), preparedStamp(dataDir, contentDir));
}

function preparedStamp(dataDir: string, contentDir = path.join(process.cwd(), 'content')): string {
  const folder = fs.statSync(path.join(dataDir, 'pg', 'PG_VERSION'));
  const appealCopy = fs.statSync(path.join(contentDir, 'newsroom.yaml'));
  return JSON.stringify({
    database: `${folder.dev}:${folder.ino}`,
    appealCopy: `${appealCopy.mtimeMs}:${appealCopy.size}`,
    migrations: committedMigrations().latest,
  });
}

function lockedByLiveProcess(dataDir: string): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'db.lock'), 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Run as a program by scripts/start.ts: prepares the database, reports over IPC, and exits.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  prepareDatabase().then(
    (result) => process.send?.(result, () => process.exit(0)) ?? process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
