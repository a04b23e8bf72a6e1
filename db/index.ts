import { env } from '@/lib/env';
import { openConnection, type Connection, type Database } from './client';

/**
 * The app's one database handle. Opened on first use and shared by the whole server process
 * (kept on globalThis so that dev-mode reloads do not open the embedded folder twice).
 */
const holder = globalThis as typeof globalThis & { __newsroomDb?: Promise<Connection> };

export function connection(): Promise<Connection> {
  holder.__newsroomDb ??= openConnection({
    url: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    readOnlyCopy: env.isBuilding,
  });
  return holder.__newsroomDb;
}

export async function getDb(): Promise<Database> {
  return (await connection()).db;
}

export type { Database };

/** Scripts and tests that opened a connection themselves hand it to the queries here. */
export function useConnection(conn: Connection) {
  holder.__newsroomDb = Promise.resolve(conn);
}
