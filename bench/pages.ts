import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

/**
 * Load test of the reader's pages against `next start` on this machine: article, home and
 * search, 50 connections for 20 s each (BENCH_SECONDS to change). Prints req/s, latency
 * percentiles, errors and the server's peak resident memory. Build first (`npm start` once).
 * Uses wrk when it is installed (apt-get install wrk): autocannon parses every body in
 * JavaScript and, on a 2-core machine, becomes the bottleneck itself.
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
      if ((await fetch(`${base}/robots.txt`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not start');
}

function hasWrk() {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version exits 1 after printing its version; only a missing binary is ENOENT.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

// Asynchronous so that the RSS sampler keeps running while wrk does.
async function runWrk(url: string) {
  const { stdout: out } = await promisify(execFile)('wrk', ['-t2', '-c50', `-d${seconds}s`, '--latency', url], { encoding: 'utf8' });
  const ms = (label: string) => {
    const match = new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!match) return NaN;
    const value = Number(match[1]);
    return Math.round((match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value) * 10) / 10;
  };
  const errors = [...out.matchAll(/(?:Non-2xx or 3xx responses|timeout|read|connect|write)\s*:?\s*(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  const transfer = /Transfer\/sec:\s+([\d.]+)(KB|MB|GB)/.exec(out);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
  const bytesPerSec = transfer ? Number(transfer[1]) * { KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[transfer[2] as 'KB' | 'MB' | 'GB'] : 0;
  return { 'req/s': Math.round(rps), 'p50 ms': ms('50%'), 'p99 ms': ms('99%'), errors, 'KB/req': rps ? Math.round(bytesPerSec / rps / 1024) : 0 };
}

async function runAutocannon(url: string) {
  const result = await autocannon({ url, connections: 50, duration: seconds });
  return {
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    'KB/req': Math.round(result.throughput.average / result.requests.average / 1024),
  };
}

async function main() {
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error('No build: run `npm start` (or `npm run build`) first.');
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const server = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const pid = server.pid ?? 0;
  let peak = 0;
  let overallPeak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssKB(pid))), 100);
  try {
    await waitForServer();
    const idle = rssKB(pid);
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
      peak = rssKB(pid);
      const result = hasWrk() ? await runWrk(base + target.path) : await runAutocannon(base + target.path);
      rows.push({ page: `${target.name} ${target.path}`, ...result, 'peak RSS MB': Math.round(peak / 1024) });
      overallPeak = Math.max(overallPeak, peak);
    }
    console.log(`Load generator: ${hasWrk() ? 'wrk' : 'autocannon'}, 50 connections, ${seconds} s per page`);
    console.table(rows);
    console.log(`Server peak RSS: ${Math.round(overallPeak / 1024)} MB (idle after start: ${Math.round(idle / 1024)} MB)`);
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
