import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { committedMigrations, writeMigrationStamp } from '@/db/schema-state';
import { embeddedDatabaseIsPrepared, writePreparedStamp } from './prepare-database';

/** A data folder as prepareDatabase leaves it, with its own copy of the appeal copy file. */
function preparedFolder() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-prepared-'));
  const contentDir = path.join(dataDir, 'content');
  fs.mkdirSync(path.join(dataDir, 'pg'), { recursive: true });
  fs.mkdirSync(contentDir);
  fs.writeFileSync(path.join(dataDir, 'pg', 'PG_VERSION'), '17\n');
  fs.writeFileSync(path.join(contentDir, 'newsroom.yaml'), 'appeals: []\n');
  writeMigrationStamp(dataDir);
  writePreparedStamp(dataDir, contentDir);
  return { dataDir, contentDir };
}

describe('whether npm start may skip opening the embedded database', () => {
  it('skips it once prepareDatabase has migrated and seeded this folder', () => {
    const { dataDir, contentDir } = preparedFolder();
    expect(embeddedDatabaseIsPrepared(dataDir, contentDir)).toBe(true);
  });

  it('opens a folder that was never prepared, or whose schema stamp is behind the committed migrations', () => {
    const { dataDir, contentDir } = preparedFolder();
    fs.rmSync(path.join(dataDir, 'prepared'));
    expect(embeddedDatabaseIsPrepared(dataDir, contentDir)).toBe(false);
    writePreparedStamp(dataDir, contentDir);
    fs.writeFileSync(path.join(dataDir, 'schema-migrated'), String(committedMigrations().latest - 1));
    expect(embeddedDatabaseIsPrepared(dataDir, contentDir)).toBe(false);
  });

  it('opens a database folder that was replaced or removed since', () => {
    const { dataDir, contentDir } = preparedFolder();
    const version = path.join(dataDir, 'pg', 'PG_VERSION');
    fs.renameSync(version, `${version}.old`);
    fs.copyFileSync(`${version}.old`, version);
    expect(embeddedDatabaseIsPrepared(dataDir, contentDir)).toBe(false);
    fs.rmSync(path.join(dataDir, 'pg'), { recursive: true });
    expect(embeddedDatabaseIsPrepared(dataDir, contentDir)).toBe(false);
  });

  it('opens it when the appeal copy it seeds from changed', () => {
    const { dataDir, contentDir } = preparedFolder();
    fs.appendFileSync(path.join(contentDir, 'newsroom.yaml'), '# edited\n');
    expect(embeddedDatabaseIsPrepared(dataDir, contentDir)).toBe(false);
  });

  it('opens it when a live process holds the folder, so that the reader gets the sentence naming it', () => {
    const { dataDir, contentDir } = preparedFolder();
    fs.writeFileSync(path.join(dataDir, 'db.lock'), String(process.pid));
    expect(embeddedDatabaseIsPrepared(dataDir, contentDir)).toBe(false);
  });
});
