import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Connection = {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Applies the committed drizzle-kit migrations. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/**
 * Opens the database: a Postgres server when a URL is given, otherwise the embedded PGlite in
 * `<dataDir>/pg`. PGlite has no cross-process locking, so the folder is claimed with a lock file
 * holding the owner's pid; a second opener gets a sentence saying who holds it.
 */
export async function openConnection(options: {
  url?: string;
  dataDir: string;
  readOnlyCopy?: boolean;
}): Promise<Connection> {
  if (options.url) return openPostgres(options.url);
  return openPglite(options.dataDir, options.readOnlyCopy ?? false);
}

async function openPostgres(url: string): Promise<Connection> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new Pool({ connectionString: url, max: 10 });
  // An idle client whose backend goes away (a server restart, a dropped test database) emits
  // 'error' on the pool; unhandled, that would crash the process. The pool discards the client
  // and the next query opens a new one.
  pool.on('error', (error) => console.error(`Postgres: an idle connection closed (${error.message})`));
  const db = drizzle({ client: pool, schema });
  return {
    db: db as unknown as Database,
    kind: 'postgres',
    migrate: () => migrate(db, { migrationsFolder }),
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string, readOnlyCopy: boolean): Promise<Connection> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const folder = path.join(dataDir, 'pg');
  let release = () => {};
  let openFolder = folder;
  if (readOnlyCopy) {
    // `next build` renders pages in several worker processes at once; each reads its own
    // copy of the folder so that none of them touches the real one.
    assertNotLocked(dataDir);
    if (!fs.existsSync(folder))
      throw new Error(`No database at ${folder}: run "npm start" or "npm run db:migrate" first.`);
    openFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-build-db-'));
    fs.cpSync(folder, openFolder, { recursive: true });
    release = () => fs.rmSync(openFolder, { recursive: true, force: true });
  } else {
    fs.mkdirSync(dataDir, { recursive: true });
    release = claimFolder(dataDir);
  }
  // The WASM Postgres lives in the app's own memory: small shared buffers keep the server's RSS
  // in check (the demo newsroom's data is a few MB; 128 MB, the default, is mostly empty).
  const client = new PGlite(openFolder, { postgresqlconf: ['shared_buffers = 16MB'] });
  try {
    await client.waitReady;
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzle({ client, schema });
  return {
    db: db as unknown as Database,
    kind: 'pglite',
    migrate: () => migrate(db, { migrationsFolder }),
    close: async () => {
      await client.close();
      release();
    },
  };
}

const lockPath = (dataDir: string) => path.join(dataDir, 'db.lock');

function ownerOf(dataDir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(lockPath(dataDir), 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return null;
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it still holds the folder.
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return Number(fs.readFileSync(lockPath(dataDir), 'utf8'));
    return null;
  }
}

function inUseMessage(dataDir: string, pid: number) {
  return (
    `The embedded database in ${dataDir} is in use by process ${pid}. ` +
    'PGlite allows one process per data folder: stop that process first, use another DATA_DIR, ' +
    'or set DATABASE_URL to use a Postgres server.'
  );
}

function assertNotLocked(dataDir: string) {
  const owner = ownerOf(dataDir);
  if (owner !== null && owner !== process.pid) throw new Error(inUseMessage(dataDir, owner));
}

function claimFolder(dataDir: string): () => void {
  const file = lockPath(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      const release = () => {
        try {
          if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.rmSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = ownerOf(dataDir);
      if (owner !== null) throw new Error(inUseMessage(dataDir, owner));
      fs.rmSync(file, { force: true }); // left behind by a process that died; take it over
    }
  }
  throw new Error(`Could not claim ${file}.`);
}
