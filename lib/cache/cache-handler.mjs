// @ts-check
/**
 * Next.js's own file-system ISR cache, with one change: a cached page whose route uses no client
 * component of ours (only Next's framework components and error boundaries) is stored and served
 * as plain HTML, without Next's client runtime.
 *
 * Why: the reader's pages (home, articles, listings, 404) are server-rendered HTML with plain
 * links and GET forms; they already work with JavaScript off (e2e/journey.spec.ts, "the site reads without JavaScript"). Next 16 still
 * ships ~133 KB gzipped of React and router code on every App Router page, plus an inline copy of
 * the page as RSC data for hydration: on an article that is 43 KB of the 64 KB document. Dropping
 * both gives the reader a third of the bytes and no script to parse, and the server writes a
 * third of the bytes per request (about 1.4x the requests per second on this machine).
 *
 * Pages that do use client components of ours (sign-in, the admin, the account) keep the runtime:
 * the rule reads the route's client reference manifest from the build, so a new client component
 * on a reader page brings the runtime back by itself rather than breaking silently.
 *
 * Loaded by Next at runtime (next.config.ts `cacheHandler`), hence plain JavaScript.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { loadDurableTags, saveDurableTags } from './durable-tags.mjs';
import { MICROCACHE_KEY } from '../../server/microcache.mjs';

const require = createRequire(import.meta.url);
/** @type {new (ctx: { serverDistDir?: string } & Record<string, unknown>) => { get(key: string, ctx: unknown): Promise<CacheEntry | null>; set(key: string, data: CacheValue | null, ctx: unknown): Promise<void>; revalidateTag(tags: string | string[], durations: unknown): Promise<void> }} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;

/** @typedef {{ kind: string; html?: unknown; headers?: Record<string, unknown> }} CacheValue */
/** @typedef {{ value: CacheValue | null }} CacheEntry */

const STRIPPED = Symbol.for('newsroom.strippedClientRuntime');

/**
 * A second Content-Security-Policy for a page that goes out without any script: a browser
 * enforces it on top of next.config.ts's, so nothing injected into such a page can run.
 */
export const NO_SCRIPT_POLICY = "script-src 'none'";

/**
 * Removes Next's client runtime from a server-rendered document: its script tags, its script
 * preloads and the inline RSC payload. JSON-LD and any script of our own stay. A document whose
 * content the runtime still has to put in place is returned unchanged: Suspense placeholders
 * filled by script, or the `__next_error__` shell Next sends for notFound() on a dynamic route,
 * which the client renders from the RSC payload.
 * @param {string} html
 * @returns {string}
 */
export function stripClientRuntime(html) {
  if (/<template id="[BP]:|\$RC\(|\$RS\(|<div hidden id="S:|<html[^>]*\bid="__next_error__"/.test(html)) return html;
  return html
    .replace(/<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*><\/script>/g, '')
    .replace(
      /<script\b(?![^>]*\btype=)[^>]*>(?:(?!<\/script>)[\s\S])*?(?:self\.__next_f|globalThis\["TURBOPACK"\]|__next_s)(?:(?!<\/script>)[\s\S])*<\/script>/g,
      '',
    )
    .replace(
      /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bhref="\/_next\/static\/[^"]*\.js")[^>]*\/?>/g,
      '',
    );
}

/**
 * Whether a route's client modules (keys of its client reference manifest) include any of ours
 * besides error boundaries, which only act once the client runtime renders.
 * @param {string[]} clientModules
 * @returns {boolean}
 */
export function usesOwnClientComponents(clientModules) {
  return clientModules.some(
    (id) =>
      !/[/\\]node_modules[/\\]next[/\\]/.test(id) && !/[/\\]app[/\\](?:.*[/\\])?(?:global-)?error\.[jt]sx?\b/.test(id),
  );
}

/**
 * The App Router page of a cached entry, from the implicit tags Next records with it
 * (`_N_T_/(site)/articles/[slug]/page`).
 * @param {unknown} tagsHeader
 * @returns {string | undefined}
 */
export function pageRouteOf(tagsHeader) {
  if (typeof tagsHeader !== 'string') return undefined;
  return tagsHeader
    .split(',')
    .find((tag) => tag.startsWith('_N_T_/') && tag.endsWith('/page'))
    ?.slice('_N_T_'.length);
}

/** Route → whether its pages go out as plain HTML; decided once per route from the build. */
/** @type {Map<string, boolean>} */
const plainHtmlRoutes = new Map();

/** Next constructs its cache handler for every request, so anything kept lives at module level. */
export default class ReaderPageCache extends FileSystemCache {
  /** @type {string | undefined} */
  #serverDistDir;

  /** @param {{ serverDistDir?: string } & Record<string, unknown>} ctx */
  constructor(ctx) {
    super(ctx);
    this.#serverDistDir = ctx.serverDistDir;
    // Invalidations made before a restart still hold (lib/cache/durable-tags.mjs says why).
    if (ctx.serverDistDir) loadDurableTags(ctx.serverDistDir);
  }

  /**
   * @param {string} key
   * @param {unknown} ctx
   */
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (entry?.value) this.#toPlainHtml(entry.value);
    return entry;
  }

  /**
   * @param {string} key
   * @param {CacheValue | null} data
   * @param {unknown} ctx
   */
  async set(key, data, ctx) {
    if (data) this.#toPlainHtml(data);
    return super.set(key, data, ctx);
  }

  /**
   * Every tag and path revalidation lands here; the server's one-second microcache
   * (server/microcache.mjs) is emptied with it so that a change shows at once.
   * @param {string | string[]} tags
   * @param {unknown} durations
   */
  async revalidateTag(tags, durations) {
    /** @type {{ clear(): void } | undefined} */ (
      /** @type {Record<symbol, unknown>} */ (globalThis)[MICROCACHE_KEY]
    )?.clear();
    await super.revalidateTag(tags, durations);
    if (this.#serverDistDir) saveDurableTags(this.#serverDistDir, typeof tags === 'string' ? [tags] : tags);
  }

  /** @param {CacheValue} value */
  #toPlainHtml(value) {
    const marked = /** @type {CacheValue & { [STRIPPED]?: true }} */ (value);
    if (value.kind !== 'APP_PAGE' || typeof value.html !== 'string' || marked[STRIPPED]) return;
    marked[STRIPPED] = true;
    const route = pageRouteOf(value.headers?.['x-next-cache-tags']);
    if (!route || !this.#servesPlainHtml(route)) return;
    value.html = stripClientRuntime(value.html);
    // Only when no executable script is left (JSON-LD is data): a page the runtime still
    // renders, like a 404's shell, keeps the policy that lets it run.
    if (!/<script\b(?![^>]*\btype="application\/ld\+json")/.test(value.html))
      value.headers = { ...value.headers, 'content-security-policy': NO_SCRIPT_POLICY };
  }

  /** @param {string} route */
  #servesPlainHtml(route) {
    let plain = plainHtmlRoutes.get(route);
    if (plain === undefined) {
      plain = false;
      try {
        const file = path.join(this.#serverDistDir ?? '', 'app', `${route}_client-reference-manifest.js`);
        /** @type {{ __RSC_MANIFEST?: Record<string, { clientModules?: Record<string, unknown> }> }} */
        const sandbox = {};
        vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox);
        const manifest = sandbox.__RSC_MANIFEST?.[route];
        if (manifest?.clientModules) plain = !usesOwnClientComponents(Object.keys(manifest.clientModules));
      } catch {
        // No manifest (or an unknown format): keep the page as Next rendered it.
      }
      plainHtmlRoutes.set(route, plain);
    }
    return plain;
  }
}
