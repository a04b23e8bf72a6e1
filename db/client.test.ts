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
