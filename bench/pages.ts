import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

/**
 * Load test of the reader's pages against `next start` on this machine: article, home and
 * search, 50 connections for 20 s each (BENCH_SECONDS to change). Prints req/s, latency
 * percentiles, errors and the server's peak resident memory. Build first (`npm start` once).
 * It starts its own server on BENCH_PORT (default 3300) over DATA_DIR, so stop `npm start` first
 * when both use the embedded database.
 */
const port = Number(process.env.BENCH_PORT ?? 3300);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const base = `http://127.0.0.1:${port}`;

function rssKB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not start');
}

async function main() {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error('No build: run `npm start` (or `npm run build`) first.');
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const pid = server.pid ?? 0;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssKB(pid))), 100);
  try {
    await waitForServer();
    const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
    const article = /<loc>[^<]*(\/articles\/[^<]+)<\/loc>/.exec(sitemap)?.[1];
    if (!article) throw new Error('no article in the sitemap');
    const targets = [
      { name: 'article', path: article },
      { name: 'home', path: '/' },
      { name: 'search', path: '/search?q=pipelines' },
    ];
    const rows = [];
    for (const target of targets) {
      await autocannon({ url: base + target.path, connections: 10, duration: 2 }); // warm the caches
      const result = await autocannon({ url: base + target.path, connections: 50, duration: seconds });
      rows.push({
        page: `${target.name} ${target.path}`,
        'req/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
        'KB/req': Math.round(result.throughput.average / result.requests.average / 1024),
      });
    }
    console.table(rows);
    console.log(`Server peak RSS: ${Math.round(peak / 1024)} MB`);
    console.log('Targets: article ≥ 1,500 req/s with p99 ≤ 100 ms and no errors; home ≥ 1,000 req/s; RSS ≤ 300 MB.');
  } finally {
    clearInterval(sampler);
    server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
