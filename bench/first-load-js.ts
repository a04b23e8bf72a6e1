import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * First-load JavaScript of the prerendered article page, gzipped: every script the HTML loads.
 * Reads the last build (`npm start` or `npm run build` first). Target: ≤ 120 KB.
 */
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const articlesDir = path.join(distDir, 'server', 'app', 'articles');
const htmlFile = fs.existsSync(articlesDir) ? fs.readdirSync(articlesDir).find((f) => f.endsWith('.html')) : undefined;
if (!htmlFile) {
  console.error(`No prerendered article in ${articlesDir}: build the site first (npm start or npm run build).`);
  process.exit(1);
}
const html = fs.readFileSync(path.join(articlesDir, htmlFile), 'utf8');
// Scripts marked noModule (legacy polyfills) are never fetched by current browsers.
const scripts = [
  ...new Set(
    [...html.matchAll(/<script([^>]*)>/g)]
      .map((m) => m[1] ?? '')
      .filter((attrs) => !/nomodule/i.test(attrs))
      .map((attrs) => decodeURIComponent(/src="([^"]+)"/.exec(attrs)?.[1] ?? ''))
      .filter(Boolean),
  ),
];
let total = 0;
const rows = scripts.map((src) => {
  const file = path.join(distDir, src.replace(/^\/_next\//, ''));
  const gz = gzipSync(fs.readFileSync(file)).length;
  total += gz;
  return { script: src.replace(/^\/_next\/static\//, ''), gzippedKB: (gz / 1024).toFixed(1) };
});
const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('');
console.log(`Article page: ${htmlFile}`);
console.table(rows);
console.log(`First-load JavaScript (external scripts, gzipped): ${(total / 1024).toFixed(1)} KB (target ≤ 120 KB)`);
console.log(`Inline scripts (RSC payload and bootstrap), gzipped: ${(gzipSync(inline).length / 1024).toFixed(1)} KB`);
console.log(`Whole HTML, gzipped: ${(gzipSync(html).length / 1024).toFixed(1)} KB`);
