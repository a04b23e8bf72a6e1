import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { forgetTagsInMemory } from './durable-tags.mjs';
import { MICROCACHE_KEY } from '@/server/microcache.mjs';
import ReaderPageCache, { pageRouteOf, stripClientRuntime, usesOwnClientComponents } from './cache-handler.mjs';

// The shape of a prerendered Next 16 article page, cut down.
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/35wu2zenr7go-.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/3ubj2iwo0av4a.js"/>',
  '<link rel="preload" as="image" imageSrcSet="/_next/image?url=%2Fa.jpg&amp;w=640&amp;q=75 640w"/>',
  '<script src="/_next/static/chunks/1rfjrgs1l9l-6.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<link rel="canonical" href="http://localhost:3000/articles/a"/></head>',
  '<body><main><h1>Headline</h1><p>Text with &lt;script&gt; in it.</p></main>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"self.__next_f"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script src="/_next/static/chunks/3ubj2iwo0av4a.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n<\\/script>"])</script>',
  '<script>document.documentElement.dataset.ours = "1"</script>',
  '</body></html>',
].join('');

describe('stripClientRuntime', () => {
  const stripped = stripClientRuntime(page);

  it("removes Next's scripts, script preloads and the inline RSC payload", () => {
    expect(stripped).not.toMatch(/_next\/static\/chunks\/[^"]*\.js/);
    expect(stripped).not.toContain('self.__next_f.push');
    expect(stripped).not.toContain('(self.__next_f=');
    expect(stripped).not.toContain('TURBOPACK');
  });

  it('keeps the document, its styles, image preloads, JSON-LD and scripts of our own', () => {
    expect(stripped).toContain('<link rel="stylesheet" href="/_next/static/chunks/35wu2zenr7go-.css"');
    expect(stripped).toContain('<link rel="preload" as="image"');
    expect(stripped).toContain('<h1>Headline</h1><p>Text with &lt;script&gt; in it.</p>');
    expect(stripped).toContain(
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"self.__next_f"}</script>',
    );
    expect(stripped).toContain('<script>document.documentElement.dataset.ours = "1"</script>');
    expect(stripped.endsWith('</body></html>')).toBe(true);
  });

  it('leaves a document alone when content still streams in through scripts', () => {
    const streaming = page.replace(
      '<main>',
      '<main><template id="B:0"></template><div hidden id="S:0"><p>Late</p></div>',
    );
    expect(stripClientRuntime(streaming)).toBe(streaming);
  });

  it('leaves alone the error shell that the client renders a not-found page into', () => {
    const shell = page.replace('<html lang="en">', '<html id="__next_error__">');
    expect(stripClientRuntime(shell)).toBe(shell);
  });
});

describe('usesOwnClientComponents', () => {
  it('ignores Next’s own components and error boundaries', () => {
    expect(
      usesOwnClientComponents([
        '[project]/node_modules/next/dist/esm/client/components/layout-router.js',
        '[project]/app/global-error.tsx',
        '[project]/app/(site)/error.tsx',
        '/srv/app/node_modules/next/dist/client/components/client-page.js',
      ]),
    ).toBe(false);
  });

  it('counts any other client module', () => {
    expect(usesOwnClientComponents(['[project]/app/(site)/error.tsx', '[project]/app/(site)/signin/forms.tsx'])).toBe(
      true,
    );
    expect(usesOwnClientComponents(['[project]/components/ui/submit-button.tsx'])).toBe(true);
    expect(usesOwnClientComponents(['[project]/app/(site)/error-report.tsx'])).toBe(true);
  });
});

describe('pageRouteOf', () => {
  it('reads the page route from the implicit cache tags', () => {
    expect(
      pageRouteOf('_N_T_/layout,_N_T_/(site)/layout,_N_T_/(site)/articles/[slug]/page,_N_T_/articles/a,articles'),
    ).toBe('/(site)/articles/[slug]/page');
    expect(pageRouteOf('articles,taxonomy')).toBeUndefined();
    expect(pageRouteOf(undefined)).toBeUndefined();
  });
});

describe('ReaderPageCache', () => {
  it("empties the server's microcache on every revalidation", async () => {
    const clear = vi.fn();
    const key = MICROCACHE_KEY;
    (globalThis as Record<symbol, unknown>)[key] = { clear };
    try {
      const cache = new ReaderPageCache({
        serverDistDir: fs.mkdtempSync(path.join(os.tmpdir(), 'cache-handler-')),
        revalidatedTags: [],
      });
      await cache.revalidateTag(['articles'], { expire: 0 });
      expect(clear).toHaveBeenCalledTimes(1);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[key];
    }
  });
});

describe('invalidations across a restart', () => {
  const nodeFs = {
    existsSync: fs.existsSync,
    readFile: (file: string, encoding?: BufferEncoding) => fs.promises.readFile(file, encoding),
    readFileSync: fs.readFileSync,
    writeFile: (file: string, data: string) => fs.promises.writeFile(file, data),
    mkdir: (dir: string) => fs.promises.mkdir(dir, { recursive: true }),
    stat: (file: string) => fs.promises.stat(file),
  };
  const ctx = {
    kind: 'FETCH',
    tags: ['article:a-story'],
    softTags: [],
    fetchCache: true,
    fetchIdx: 0,
    fetchUrl: 'unstable_cache',
  };
  const value = {
    kind: 'FETCH',
    data: { headers: {}, body: '"the full text"', status: 200, url: '' },
    revalidate: 3600,
  };

  it('keeps a revalidated entry stale after the server restarts', async () => {
    const serverDistDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cache-restart-')), 'server');
    const open = () => new ReaderPageCache({ fs: nodeFs, flushToDisk: true, serverDistDir, revalidatedTags: [] });
    const before = open();
    await before.set('article-key', value, ctx);
    expect(await before.get('article-key', ctx)).toMatchObject({ value: { kind: 'FETCH' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await before.revalidateTag(['article:a-story'], { expire: 0 });
    expect(await before.get('article-key', ctx)).toBeNull();

    // A new process: Next's in-memory tag manifest and memory cache start empty.
    forgetTagsInMemory();
    (ReaderPageCache as unknown as { memoryCache?: unknown }).memoryCache = undefined;
    const after = open();
    expect(await after.get('article-key', ctx)).toBeNull();
  });
});
