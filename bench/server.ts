import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { productionServer } from '../server/command';

/** The production server of the last build, for the benchmarks. */
export const distDir = process.env.NEXT_DIST_DIR ?? '.next';

export function rssKB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** The production server (server/main.mjs); `microcache: false` measures Next on its own. */
export async function startServer(
  port: number,
  { microcache = true } = {},
): Promise<{ server: ChildProcess; base: string }> {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID')))
    throw new Error('No build: run `npm start` (or `npm run build`) first.');
  const production = productionServer(port, { ...process.env, MICROCACHE: microcache ? 'on' : 'off' });
  const server = spawn(production.command, production.args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: production.env,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/robots.txt`)).ok) return { server, base };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill('SIGTERM');
  throw new Error('the server did not start');
}

/** The first article the sitemap lists, e.g. /articles/<slug>. */
export async function firstArticlePath(base: string): Promise<string> {
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
  // The default edition's newest story: /articles/…, not another edition's /ru/articles/….
  const article = /<loc>https?:\/\/[^/<]+(\/articles\/[^<]+)<\/loc>/.exec(sitemap)?.[1];
  if (!article) throw new Error('no article in the sitemap');
  return article;
}
