import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { firstArticlePath, startServer } from './server';

/**
 * Page weight of the article page as a phone downloads it: every request Chromium makes while
 * loading it (HTML, CSS, the font files the text actually needs, images, scripts), in bytes on
 * the wire (compressed bodies plus headers), against the production server of the last build.
 *   npx tsx bench/page-weight.ts [/articles/<slug>]
 * Build first (`npm start` once). Target: under Ghost's 93 KB for the same story with its photo.
 * `npm run bench` (bench/pages.ts) prints it at the end of each run.
 *
 * The phone here has a 3× screen, so the photo is its 1600 px variant (the 1,170 device pixels it
 * fills fall between the 1080 and 1600 widths); Lighthouse's phone (1.75×) takes the 1080 one.
 */
const TARGET_KB = 93;

export async function printPageWeight({ port, article: requested }: { port: number; article?: string }) {
  const { server, base } = await startServer(port);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const article = requested ?? (await firstArticlePath(base));
    await fetch(base + article); // a page regenerated after a content change is cached on this request
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true });
    const requests: { type: string; url: string; bytes: number }[] = [];
    page.on('requestfinished', (request) => {
      void request.sizes().then((sizes) => {
        requests.push({
          type: request.resourceType(),
          url: request.url(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        });
      });
    });
    await page.goto(base + article, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the last sizes() promises
    const byType = new Map<string, { files: number; bytes: number }>();
    for (const r of requests) {
      const row = byType.get(r.type) ?? { files: 0, bytes: 0 };
      byType.set(r.type, { files: row.files + 1, bytes: row.bytes + r.bytes });
    }
    const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
    console.log(`\nPage weight of ${article} on a 390 px phone (bytes on the wire):`);
    console.table(
      Object.fromEntries([...byType].map(([type, row]) => [type, { files: row.files, KB: kb(row.bytes) }])),
    );
    console.table(
      requests
        .filter((r) => r.type === 'font')
        .map((r) => ({ font: new URL(r.url).pathname.split('/').pop(), KB: kb(r.bytes) })),
    );
    const total = requests.reduce((sum, r) => sum + r.bytes, 0);
    const textAndType = requests
      .filter((r) => ['document', 'stylesheet', 'font'].includes(r.type))
      .reduce((sum, r) => sum + r.bytes, 0);
    console.log(
      `HTML + CSS + fonts: ${kb(textAndType)} KB; everything, with the photo: ${kb(total)} KB (target < ${TARGET_KB} KB)`,
    );
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  printPageWeight({ port: Number(process.env.BENCH_WEIGHT_PORT ?? 3301), article: process.argv[2] }).catch(
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
