import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Connection } from './client';

/**
 * Whether a database has every committed migration, so that a server never half-works on an
 * old schema (prerendered pages served while search, sign-in and jobs fail).
 */
export type SchemaState = { current: true } | { current: false; applied: number; expected: number };

const journalFile = () => path.join(process.cwd(), 'db', 'migrations', 'meta', '_journal.json');

/** The newest committed migration: how many there are and the time drizzle-kit gave the last. */
export function committedMigrations(): { count: number; latest: number } {
  const journal = JSON.parse(fs.readFileSync(journalFile(), 'utf8')) as { entries: { when: number }[] };
  return { count: journal.entries.length, latest: Math.max(0, ...journal.entries.map((e) => e.when)) };
}

/** Reads drizzle's own record of applied migrations (drizzle.__drizzle_migrations). */
export async function schemaState(conn: Pick<Connection, 'db'>): Promise<SchemaState> {
  const expected = committedMigrations();
  let applied = { count: 0, latest: 0 };
  try {
    const result = await conn.db.execute(
      sql`select count(*)::int as count, coalesce(max(created_at), 0)::bigint as latest from drizzle.__drizzle_migrations`,
    );
    const row = (result as { rows: { count: number; latest: string | number }[] }).rows[0];
    applied = { count: Number(row?.count ?? 0), latest: Number(row?.latest ?? 0) };
  } catch {
    // No migrations table: nothing has been applied.
  }
  return applied.latest >= expected.latest
    ? { current: true }
    : { current: false, applied: applied.count, expected: expected.count };
}

/**
 * The embedded database keeps a stamp of its last migration beside it, so that a server can
 * tell it is current without loading the WASM Postgres (an idle server never does).
 */
const stampFile = (dataDir: string) => path.join(dataDir, 'schema-migrated');

export function writeMigrationStamp(dataDir: string) {
  fs.writeFileSync(stampFile(dataDir), String(committedMigrations().latest));
}

export function embeddedSchemaLooksCurrent(dataDir: string): boolean {
  try {
    return Number(fs.readFileSync(stampFile(dataDir), 'utf8').trim()) >= committedMigrations().latest;
  } catch {
    return false;
  }
}
