import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openConnection, type Connection } from './client';

/**
 * Databases for integration tests: always a fresh embedded one, and a fresh database on the
 * Postgres server in TEST_DATABASE_URL when it is set. Each test file gets its own, dropped after.
 */
export type TestDatabaseKind = 'pglite' | 'postgres';

export const testDatabaseKinds: TestDatabaseKind[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export async function openTestDatabase(
  kind: TestDatabaseKind,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<Connection & { dispose: () => Promise<void>; location: { dataDir?: string; url?: string } }> {
  if (kind === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
    const conn = await openConnection({ dataDir });
    if (migrate) await conn.migrate();
    return {
      ...conn,
      location: { dataDir },
      dispose: async () => {
        await conn.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `newsroom_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const { Client } = await import('pg');
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const conn = await openConnection({ url: url.toString(), dataDir: '' });
  if (migrate) await conn.migrate();
  return {
    ...conn,
    location: { url: url.toString() },
    dispose: async () => {
      await conn.close();
      const cleanup = new Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
