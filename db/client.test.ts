import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openConnection } from './client';

describe('the embedded database folder', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-lock-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a second opener while one process holds it, with a sentence that says why', async () => {
    const first = await openConnection({ dataDir });
    // Another live process (our parent) claims to hold the folder.
    fs.writeFileSync(path.join(dataDir, 'db.lock'), String(process.ppid));
    await expect(openConnection({ dataDir })).rejects.toThrow(/in use by process \d+.*one process per data folder/);
    fs.writeFileSync(path.join(dataDir, 'db.lock'), String(process.pid));
    await first.close();
    expect(fs.existsSync(path.join(dataDir, 'db.lock'))).toBe(false);
  });

  it('takes over a lock left behind by a process that died', async () => {
    fs.writeFileSync(path.join(dataDir, 'db.lock'), '999999');
    const conn = await openConnection({ dataDir });
    expect(fs.readFileSync(path.join(dataDir, 'db.lock'), 'utf8')).toBe(String(process.pid));
    await conn.close();
  });
});

const rowsOf = (result: unknown) => (result as { rows: Record<string, number>[] }).rows;

describe.runIf(process.env.TEST_DATABASE_URL)('a Postgres server connection', () => {
  it('survives the server closing an idle connection, and the next query opens another', async () => {
    const conn = await openConnection({ url: process.env.TEST_DATABASE_URL, dataDir: '' });
    const { sql } = await import('drizzle-orm');
    const { Client } = await import('pg');
    try {
      const [backend] = rowsOf(await conn.db.execute(sql`select pg_backend_pid() as pid`));
      const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [backend?.pid]);
      await admin.end();
      // The pool learns of it as an 'error' event on the idle client (unhandled, it would crash the process).
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(rowsOf(await conn.db.execute(sql`select 1 as one`))).toEqual([{ one: 1 }]);
    } finally {
      await conn.close();
    }
  });
});
