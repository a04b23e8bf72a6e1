import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * With the embedded database, the server process is the only one that writes jobs, so it can
 * keep "when is the next job due" in a small file beside the database. The job clock reads the
 * file instead of asking the database every few seconds, and an idle server never has to load
 * the WASM Postgres (about 130 MB) just to learn that nothing is due. The rows stay the truth:
 * the file is rewritten after every change to the queue and at every start
 * (scripts/prepare-database.ts). With a Postgres server other processes may add jobs, so the
 * clock always asks the database.
 */
const hintFile = () => path.join(env.DATA_DIR, 'jobs-next-due');

export function writeDueHint(next: Date | null, file = hintFile()) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, next ? next.toISOString() : 'none');
  fs.renameSync(temporary, file);
}

/** False only when the file says for sure that nothing is due yet. */
export function jobsMayBeDue(now = Date.now(), file = hintFile()): boolean {
  if (env.DATABASE_URL) return true;
  try {
    const text = fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim();
    if (text === 'none') return false;
    const at = Date.parse(text);
    return Number.isNaN(at) || at <= now;
  } catch {
    return true;
  }
}
