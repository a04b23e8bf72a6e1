import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabaseKinds } from './testing';
import { committedMigrations, embeddedSchemaLooksCurrent, schemaState, writeMigrationStamp } from './schema-state';

describe.each(testDatabaseKinds)('whether the schema is current, on %s', (kind) => {
  it('says an unmigrated database lacks every migration, and a migrated one is current', async () => {
    const conn = await openTestDatabase(kind, { migrate: false });
    try {
      expect(await schemaState(conn)).toEqual({ current: false, applied: 0, expected: committedMigrations().count });
      await conn.migrate();
      expect(await schemaState(conn)).toEqual({ current: true });
    } finally {
      await conn.dispose();
    }
  });
});

describe("the embedded database's migration stamp", () => {
  it('is missing in a fresh data folder and current once written', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-stamp-'));
    expect(embeddedSchemaLooksCurrent(dataDir)).toBe(false);
    writeMigrationStamp(dataDir);
    expect(embeddedSchemaLooksCurrent(dataDir)).toBe(true);
    fs.writeFileSync(path.join(dataDir, 'schema-migrated'), String(committedMigrations().latest - 1));
    expect(embeddedSchemaLooksCurrent(dataDir)).toBe(false);
  });
});
