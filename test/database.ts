import { afterAll, beforeAll } from 'vitest';
import { useConnection as connectApp } from '@/db';
import { openTestDatabase, type TestDatabaseKind } from '@/db/testing';

type TestDatabase = Awaited<ReturnType<typeof openTestDatabase>>;

/**
 * For a describe block: a fresh database of this kind, made the app's connection before its
 * tests and dropped after them. Returns the connection's getter, for tests that read tables.
 */
export function useTestDatabase(kind: TestDatabaseKind): () => TestDatabase {
  let conn: TestDatabase | undefined;
  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    connectApp(conn);
  });
  afterAll(() => conn?.dispose());
  return () => {
    if (!conn) throw new Error('the test database is opened in beforeAll: read it inside a test');
    return conn;
  };
}
