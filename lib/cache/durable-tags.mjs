// @ts-check
/**
 * Next keeps tag invalidations in a Map in process memory (tags-manifest.external.js), while the
 * pages and data they invalidate live on disk. Unpublish a story, restart before its page is read
 * again, and the old page (full text and all) would be served as fresh. This keeps the Map's
 * entries in a file beside the cache they guard, written on every revalidation and read back when
 * the server starts, so an invalidation outlives the process that made it.
 *
 * A file rather than a database row because the entries it guards are files on the same disk:
 * the two are lost or kept together. (Several app servers need a shared cache, and with it a
 * shared manifest: that is the Redis cache handler's job.)
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
/** @type {{ tagsManifest: Map<string, { stale?: number; expired?: number }> }} */
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

/** @param {string} serverDistDir */
export const manifestFile = (serverDistDir) => path.join(serverDistDir, '..', 'cache', 'tags-manifest.json');

/** @type {Set<string>} */
const loaded = new Set();

/**
 * Puts the stored invalidations back into Next's Map, once per process and file. A stored time
 * only ever moves an entry later, never earlier.
 * @param {string} serverDistDir
 * @param {{ force?: boolean }} [options]
 */
export function loadDurableTags(serverDistDir, options = {}) {
  const file = manifestFile(serverDistDir);
  if (loaded.has(file) && !options.force) return;
  loaded.add(file);
  /** @type {Record<string, { stale?: number; expired?: number }>} */
  let stored = {};
  try {
    stored = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT')
      console.error(`Could not read ${file}; cached pages older than it may be stale.`, error);
    return;
  }
  for (const [tag, entry] of Object.entries(stored)) {
    const current = tagsManifest.get(tag) ?? {};
    tagsManifest.set(tag, {
      stale: Math.max(current.stale ?? 0, entry.stale ?? 0) || undefined,
      expired: Math.max(current.expired ?? 0, entry.expired ?? 0) || undefined,
    });
  }
}

/**
 * Writes the given tags' entries through to the file, after Next has updated its Map. Written to
 * a temporary file and renamed, so a crash leaves the old manifest or the new one, never half.
 * @param {string} serverDistDir
 * @param {string[]} tags
 */
export function saveDurableTags(serverDistDir, tags) {
  const file = manifestFile(serverDistDir);
  /** @type {Record<string, { stale?: number; expired?: number }>} */
  let stored = {};
  try {
    stored = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // none yet
  }
  for (const tag of tags) {
    const entry = tagsManifest.get(tag);
    if (entry) stored[tag] = entry;
  }
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(stored));
    fs.renameSync(temporary, file);
  } catch (error) {
    // The invalidation still holds in this process; say loudly that a restart would lose it.
    console.error(
      `Could not record the invalidation of ${tags.join(', ')} in ${file}: after a restart, pages cached before it may be served.`,
      error,
    );
  }
}

/** For tests: what a fresh process would have, before it loads the file. */
export function forgetTagsInMemory() {
  tagsManifest.clear();
  loaded.clear();
}
