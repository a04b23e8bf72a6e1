import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobsMayBeDue, writeDueHint } from './due-hint';

describe('the job clock’s hint', () => {
  it('says nothing is due only when the queue said so', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'due-hint-')), 'jobs-next-due');
    expect(jobsMayBeDue(Date.now(), file)).toBe(true); // no hint yet: ask the database
    writeDueHint(null, file);
    expect(jobsMayBeDue(Date.now(), file)).toBe(false);
    const at = new Date(Date.now() + 60_000);
    writeDueHint(at, file);
    expect(jobsMayBeDue(Date.now(), file)).toBe(false);
    expect(jobsMayBeDue(at.getTime(), file)).toBe(true);
    fs.writeFileSync(file, 'garbled');
    expect(jobsMayBeDue(Date.now(), file)).toBe(true);
  });
});
