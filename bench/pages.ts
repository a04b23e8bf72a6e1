import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { prepareDatabase } from '../scripts/prepare-database';
import { compressionFigures } from './compression';
import { printStartFigures } from './memory';
import { printPageWeight } from './page-weight';
import { firstArticlePath, rssKB, startServer } from './server';

/**
 * Load test of the reader's pages against the production server (server/main.mjs: Next behind
 * the one-second microcache) on this machine: article, home and search, 50 connections for 20 s
 * each (BENCH_SECONDS to change). Prints req/s, latency percentiles, errors and the server's
 * peak resident memory, then the article page once more with MICROCACHE=off (every request
 * through Next), and the bytes a reader downloads for the article and home: uncompressed,
 * gzip and Brotli, first and later answers (bench/compression.ts), and the article's page weight
 * on a phone, fonts and photo included (bench/page-weight.ts, one page load). Build first
 * (`npm start` once).
 *
 * The load generator is bench/loadgen.c, compiled here with the machine's C compiler: it opens
 * all 50 connections and answers one request on each before it measures, so the numbers are the
 * server's steady state (loadgen.c says why wrk's p99 is not). Without a C compiler it falls
 * back to wrk when installed, then to autocannon (which parses every body in JavaScript and, on
 * a 2-core machine, takes CPU from the server). BENCH_TOOL=loadgen|wrk|autocannon chooses.
 * It starts its own server on BENCH_PORT (default 3300) over DATA_DIR, so stop `npm start` first
 * when both use the embedded database.
 */
const port = Number(process.env.BENCH_PORT ?? 3300);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = 50;

type Row = { 'req/s': number; 'p50 ms': number; 'p99 ms': number; errors: number; 'KB/req': number };

function available(command: string, args: string[]) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version exits 1 after printing its version; only a missing binary is ENOENT.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

function buildLoadgen(): string | undefined {
  const binary = path.join(os.tmpdir(), `newsroom-loadgen-${process.getuid?.() ?? 0}`);
  const source = path.join(import.meta.dirname, 'loadgen.c');
  if (fs.existsSync(binary) && fs.statSync(binary).mtimeMs >= fs.statSync(source).mtimeMs) return binary;
  for (const cc of ['cc', 'gcc', 'clang']) {
    try {
      execFileSync(cc, ['-O2', '-o', binary, source], { stdio: 'ignore' });
      return binary;
    } catch {
      // try the next compiler
    }
  }
  return undefined;
}

async function runLoadgen(binary: string, pagePath: string): Promise<Row> {
  const { stdout } = await promisify(execFile)(binary, [String(port), String(connections), String(seconds), pagePath], {
    encoding: 'utf8',
  });
  const r = JSON.parse(stdout) as {
    rps: number;
    p50: number;
    p99: number;
    errors: number;
    non2xx: number;
    timeouts: number;
    bytesPerResponse: number;
  };
  return {
    'req/s': Math.round(r.rps),
    'p50 ms': r.p50,
    'p99 ms': r.p99,
    errors: r.errors + r.non2xx + r.timeouts,
    'KB/req': Math.round(r.bytesPerResponse / 1024),
  };
}

// Asynchronous so that the RSS sampler keeps running while wrk does.
async function runWrk(url: string): Promise<Row> {
  const { stdout: out } = await promisify(execFile)(
    'wrk',
    ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', url],
    { encoding: 'utf8' },
  );
  const ms = (label: string) => {
    const match = new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!match) return NaN;
    const value = Number(match[1]);
    return Math.round((match[2] === 'us' ? value / 1000 : match[2] === 's' ? value * 1000 : value) * 10) / 10;
  };
  const errors = [...out.matchAll(/(?:Non-2xx or 3xx responses|timeout|read|connect|write)\s*:?\s*(\d+)/g)].reduce(
    (sum, m) => sum + Number(m[1]),
    0,
  );
  const transfer = /Transfer\/sec:\s+([\d.]+)(KB|MB|GB)/.exec(out);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
  const bytesPerSec = transfer
    ? Number(transfer[1]) * { KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[transfer[2] as 'KB' | 'MB' | 'GB']
    : 0;
  return {
    'req/s': Math.round(rps),
    'p50 ms': ms('50%'),
    'p99 ms': ms('99%'),
    errors,
    'KB/req': rps ? Math.round(bytesPerSec / rps / 1024) : 0,
  };
}

async function runAutocannon(url: string): Promise<Row> {
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    'KB/req': Math.round(result.throughput.average / result.requests.average / 1024),
  };
}

async function measure(tool: string, loadgen: string | undefined, base: string, pagePath: string): Promise<Row> {
  await autocannon({ url: base + pagePath, connections: 10, duration: 2 }); // warm the caches
  if (loadgen) return runLoadgen(loadgen, pagePath);
  return tool === 'wrk' ? runWrk(base + pagePath) : runAutocannon(base + pagePath);
}

/** A public Russian story of the demo content (content/ru/articles/). */
const RUSSIAN_ARTICLE = '/ru/articles/gyumri-posle-zemletryaseniya';

async function main() {
  // The bench prepares its own data: a fresh DATA_DIR is migrated and seeded before the server starts.
  await prepareDatabase();
  const requested = process.env.BENCH_TOOL;
  const loadgen = requested === undefined || requested === 'loadgen' ? buildLoadgen() : undefined;
  const tool = loadgen
    ? 'loadgen'
    : requested === 'autocannon' || !available('wrk', ['--version'])
      ? 'autocannon'
      : 'wrk';
  const rows = [];
  let overallPeak = 0;
  let readerPeak = 0;
  let idle = 0;
  const sizes: Awaited<ReturnType<typeof compressionFigures>>[] = [];
  // The production server, then Next on its own (MICROCACHE=off) for the article page.
  for (const microcache of [true, false]) {
    const { server, base } = await startServer(port, { microcache });
    const pid = server.pid ?? 0;
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, rssKB(pid))), 100);
    try {
      if (microcache) idle = rssKB(pid);
      const article = await firstArticlePath(base);
      const targets = microcache
        ? [
            { name: 'article', path: article },
            // The Russian edition's pages, which must be as static and as fast as the English ones.
            { name: 'article (ru)', path: RUSSIAN_ARTICLE },
            { name: 'home', path: '/' },
            { name: 'home (ru)', path: '/ru' },
            { name: 'search', path: '/search?q=pipelines' },
          ]
        : [
            { name: 'article, Next alone', path: article },
            { name: 'article (ru), Next alone', path: RUSSIAN_ARTICLE },
          ];
      if (microcache) {
        // Before the load, which would make every Brotli answer a later one.
        for (const target of targets.filter((t) => t.name !== 'search'))
          sizes.push(await compressionFigures(base, target.name, target.path));
      }
      for (const target of targets) {
        peak = rssKB(pid);
        const result = await measure(tool, loadgen, base, target.path);
        rows.push({ page: `${target.name} ${target.path}`, ...result, 'peak RSS MB': Math.round(peak / 1024) });
        overallPeak = Math.max(overallPeak, peak);
        if (microcache && target.name !== 'search') readerPeak = Math.max(readerPeak, peak);
      }
    } finally {
      clearInterval(sampler);
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  }
  console.log(`Load generator: ${tool}, ${connections} connections, ${seconds} s per page`);
  console.table(rows);
  console.log(
    `Server peak RSS under the article and home load: ${Math.round(readerPeak / 1024)} MB; over the whole run, with search loading the database and Next alone: ${Math.round(overallPeak / 1024)} MB (idle after start: ${Math.round(idle / 1024)} MB)`,
  );
  console.log(
    'The last row is the same server with MICROCACHE=off: every request through Next (see server/microcache.mjs).',
  );
  console.log(
    'Bytes a reader downloads (Accept-Encoding: identity / gzip / br; Brotli is quality 5 for the first answer with new bytes, quality 11 later):',
  );
  console.table(sizes.map((s) => s.row));
  for (const s of sizes) console.log(s.line);
  console.log('Targets: article ≥ 1,500 req/s with p99 ≤ 100 ms and no errors; home ≥ 1,000 req/s; RSS ≤ 300 MB.');
  await printPageWeight({ port });
  // `npm start` as a whole: cold start, and its process tree's memory under signed-in load (bench/memory.ts).
  await printStartFigures({ port, standinPort: Number(process.env.BENCH_STANDIN_PORT ?? 12300) });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
