import crypto from 'node:crypto';
import fs from 'node:fs';
import autocannon from 'autocannon';
import { openConnection } from '@/db/client';
import { sessions, users } from '@/db/schema';
import { firstArticlePath } from './server';

/**
 * Memory of a process tree as `ps` would add it up: the resident set of a process and every
 * descendant (npm, tsx, the start script, the Stripe stand-in, the server, esbuild's service).
 */
export function treeRss(rootPid: number): {
  totalKB: number;
  processes: { pid: number; rssKB: number; command: string }[];
} {
  const parents = new Map<number, number>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command may hold spaces and parentheses: the parent pid is the 2nd field after the last ')'.
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const inTree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (inTree.has(pid) || !inTree.has(parent)) continue;
      inTree.add(pid);
      grew = true;
    }
  }
  const processes = [...inTree]
    .map((pid) => ({ pid, rssKB: rssKB(pid), command: commandOf(pid) }))
    .filter((p) => p.rssKB > 0);
  return { totalKB: processes.reduce((sum, p) => sum + p.rssKB, 0), processes };
}

export function rssKB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function commandOf(pid: number): string {
  try {
    const words = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    // "node --require …/tsx/preflight.cjs --import …/loader.mjs scripts/start.ts" reads as "node (tsx) scripts/start.ts".
    const tsx = words.some((w) => w.includes('tsx/dist/loader'));
    const rest = words.filter((w, i) => !w.startsWith('--') && !words[i - 1]?.match(/^--(require|import)$/));
    return (tsx ? ['node (tsx)', ...rest.slice(1)] : rest)
      .map((w) => w.replace(`${process.cwd()}/`, ''))
      .join(' ')
      .slice(0, 70);
  } catch {
    return '?';
  }
}

/**
 * Where a process's resident memory is: /proc/<pid>/smaps_rollup splits anonymous memory (the JS
 * heap, PGlite's WASM memory, native buffers) from mapped files (node's binary, libraries).
 */
export function residentSplitKB(pid: number): { rss: number; anonymous: number; file: number } {
  try {
    const text = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return { rss: field('Rss'), anonymous: field('Anonymous'), file: field('Rss') - field('Anonymous') };
  } catch {
    return { rss: 0, anonymous: 0, file: 0 };
  }
}

/**
 * A signed-in reader for load tests: a user and a database session, written straight into the
 * database (which must not be open elsewhere), so the bench needs no mail round trip. The cookie
 * is the one Auth.js sets over http.
 */
export async function signedInReader({
  url,
  dataDir,
}: {
  url?: string;
  dataDir: string;
}): Promise<{ cookie: string; email: string }> {
  const conn = await openConnection({ url, dataDir });
  try {
    const email = `bench-${crypto.randomBytes(4).toString('hex')}@example.org`;
    const [user] = await conn.db
      .insert(users)
      .values({ email, name: 'Bench Reader', emailVerified: new Date() })
      .returning({ id: users.id });
    if (!user) throw new Error('could not create the bench reader');
    const sessionToken = crypto.randomBytes(32).toString('base64url');
    await conn.db
      .insert(sessions)
      .values({ sessionToken, userId: user.id, expires: new Date(Date.now() + 24 * 3600 * 1000) });
    return { cookie: `authjs.session-token=${sessionToken}`, email };
  } finally {
    await conn.close();
  }
}

/** The pages a signed-in reader loads, each rendered per request (session and membership read). */
export function signedInPages(articlePath: string): string[] {
  return [articlePath, '/', '/membership', '/account', '/search?q=pipelines'];
}

/**
 * Signed-in load: `connections` readers with the cookie, cycling through `pages`, while the RSS
 * of the tree under `rootPid` is sampled every 200 ms. Returns the peak and the request count.
 */
export async function signedInLoad({
  base,
  cookie,
  pages,
  seconds,
  connections = 10,
  rootPid,
}: {
  base: string;
  cookie: string;
  pages: string[];
  seconds: number;
  connections?: number;
  rootPid: number;
}) {
  let peakKB = treeRss(rootPid).totalKB;
  const sampler = setInterval(() => (peakKB = Math.max(peakKB, treeRss(rootPid).totalKB)), 200);
  try {
    const result = await autocannon({
      url: base,
      connections,
      duration: seconds,
      headers: { cookie, accept: 'text/html' },
      requests: pages.map((path) => ({ method: 'GET' as const, path })),
    });
    return { peakKB, requests: result.requests.total, errors: result.errors + result.timeouts + result.non2xx };
  } finally {
    clearInterval(sampler);
  }
}

export const MB = (kb: number) => Math.round(kb / 1024);

/**
 * The figures for `npm start` (bench/pages.ts prints them): cold start to the first page against
 * the production server alone, then one `npm start` tree's memory idle, under signed-in load
 * and after it. Uses DATA_DIR, NEXT_DIST_DIR and the given ports; the database must be free.
 */
export async function printStartFigures({
  port,
  standinPort,
  loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 60),
}: {
  port: number;
  standinPort: number;
  loadSeconds?: number;
}) {
  const { startNpmStart, startServerAlone, median } = await import('./cold-start');
  // A first start prepares whatever is missing (database stamps, even a build); it is not counted.
  await (await startNpmStart({ port, standinPort })).stop();
  const tree: number[] = [];
  const alone: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = await startNpmStart({ port, standinPort });
    tree.push(started.firstPageMs);
    await started.stop();
    const server = await startServerAlone(port);
    alone.push(server.firstPageMs);
    await server.stop();
  }
  console.log(
    `Cold start to the first page (median of 3): npm start ${Math.round(median(tree))} ms [${tree.map(Math.round).join(', ')}]; the production server alone ${Math.round(median(alone))} ms [${alone.map(Math.round).join(', ')}]`,
  );

  const { cookie } = await signedInReader({ url: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR ?? '.data' });
  const started = await startNpmStart({ port, standinPort });
  try {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const idle = treeRss(started.child.pid ?? 0);
    console.log(`npm start's process tree, idle: ${MB(idle.totalKB)} MB`);
    console.table(idle.processes.map((p) => ({ process: p.command, 'RSS MB': MB(p.rssKB) })));
    const article = await firstArticlePath(started.base);
    const load = await signedInLoad({
      base: started.base,
      cookie,
      pages: signedInPages(article),
      seconds: loadSeconds,
      rootPid: started.child.pid ?? 0,
    });
    const afterLoad = treeRss(started.child.pid ?? 0).totalKB;
    await new Promise((resolve) => setTimeout(resolve, 30_000));
    const settled = treeRss(started.child.pid ?? 0).totalKB;
    console.log(
      `Signed-in load (10 connections, ${loadSeconds} s over ${signedInPages(article).join(' ')}): ${load.requests} requests, ${load.errors} errors; ` +
        `tree peak ${MB(load.peakKB)} MB, ${MB(afterLoad)} MB at the end, ${MB(settled)} MB 30 s later (idle was ${MB(idle.totalKB)} MB).`,
    );
    console.log(
      'Targets: npm start serves its first page within 2 s; its tree ≤ 300 MB idle, ≤ 450 MB under load, back near idle afterwards.',
    );
  } finally {
    await started.stop();
  }
}
