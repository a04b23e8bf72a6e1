import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, firstArticlePath, startServer } from './server';

/**
 * First-load JavaScript of the article page, gzipped: every script the served HTML makes a
 * browser fetch (script tags and script preloads). Measures what the production server sends a reader
 * from its cache, not the build's files: reader pages leave the cache without Next's client
 * runtime (lib/cache/cache-handler.mjs). For comparison it also prints the sign-in page, which
 * keeps the runtime. Build first (`npm start` once). Target: ≤ 120 KB on the article page.
 */
const port = Number(process.env.BENCH_PORT ?? 3300);

function scriptsOf(html: string): string[] {
  const tags = [...html.matchAll(/<script([^>]*)>/g)]
    .map((m) => m[1] ?? '')
    .filter((attrs) => !/nomodule/i.test(attrs)); // current browsers never fetch noModule scripts
  const preloads = [...html.matchAll(/<link([^>]*)>/g)]
    .map((m) => m[1] ?? '')
    .filter((attrs) => /rel="(?:preload|modulepreload)"/.test(attrs) && /\.js"/.test(attrs));
  return [
    ...new Set(
      [...tags.map((a) => /src="([^"]+)"/.exec(a)?.[1]), ...preloads.map((a) => /href="([^"]+)"/.exec(a)?.[1])]
        .filter((src): src is string => Boolean(src))
        .map(decodeURIComponent),
    ),
  ];
}

function report(label: string, html: string) {
  let total = 0;
  const rows = scriptsOf(html).map((src) => {
    const gz = gzipSync(fs.readFileSync(path.join(distDir, src.replace(/^\/_next\//, '')))).length;
    total += gz;
    return { script: src.replace(/^\/_next\/static\//, ''), gzippedKB: (gz / 1024).toFixed(1) };
  });
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('');
  console.log(`\n${label}`);
  if (rows.length) console.table(rows);
  console.log(`  First-load JavaScript (fetched scripts, gzipped): ${(total / 1024).toFixed(1)} KB`);
  console.log(
    `  Inline scripts (JSON-LD, and RSC payload where the runtime is kept), gzipped: ${(gzipSync(inline).length / 1024).toFixed(1)} KB`,
  );
  console.log(
    `  Whole HTML: ${(html.length / 1024).toFixed(1)} KB, gzipped ${(gzipSync(html).length / 1024).toFixed(1)} KB`,
  );
  return total;
}

async function main() {
  const { server, base } = await startServer(port);
  try {
    const article = await firstArticlePath(base);
    await fetch(base + article); // a page regenerated after a content change is cached on this request
    const articleJs = report(`Article page ${article}`, await (await fetch(base + article)).text());
    report(
      'Sign-in page /signin (a client component: keeps the runtime)',
      await (await fetch(`${base}/signin`)).text(),
    );
    console.log(`\nArticle page first-load JavaScript: ${(articleJs / 1024).toFixed(1)} KB (target ≤ 120 KB)`);
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
