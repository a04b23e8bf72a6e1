import { spawn, spawnSync } from 'node:child_process';
import { runScriptInChild } from './child-script';
import fs from 'node:fs';
import path from 'node:path';
import { env, missingProductionSettings } from '@/lib/env';
import { productionServer } from '../server/command';
import { clearDataCache, embeddedDatabaseIsPrepared } from './prepare-database';

/**
 * `npm start` and `npm run dev`: one step after another, never two at once on the embedded
 * database folder: migrate → seed (if empty) → build (if needed) → serve.
 *
 * This process stays up as long as the server does, so it stays small: migrating and seeding
 * run in a child process that exits (an embedded database that is already prepared is not even
 * opened), and the Stripe stand-in starts while the server does, not before it.
 */
const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** The newest modification time under the folders that go into a build. */
function newestSourceTime(): number {
  const roots = ['app', 'components', 'lib', 'db', 'content', 'public', 'next.config.ts', 'package-lock.json'];
  let newest = 0;
  const visit = (entry: string) => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  roots.forEach(visit);
  return newest;
}

/** Prerendered pages carry the site's address (canonical links, feeds), so a new one needs a build. */
const siteUrlStamp = path.join(distDir, 'site-url');

function needsBuild(freshData: boolean): string | null {
  const buildId = fs.statSync(path.join(distDir, 'BUILD_ID'), { throwIfNoEntry: false });
  if (!buildId) return 'no build yet';
  if (freshData) return 'the database was just created';
  if (fs.readFileSync(siteUrlStamp, { encoding: 'utf8', flag: 'a+' }) !== env.SITE_URL)
    return `the site's address is now ${env.SITE_URL}`;
  if (newestSourceTime() > buildId.mtimeMs) return 'the source changed since the last build';
  return null;
}

/** prepareDatabase (scripts/prepare-database.ts) in a child process, so that its memory goes with it. */
async function prepareDatabaseInChild(): Promise<{ seeded: boolean }> {
  const result = await runScriptInChild<{ seeded: boolean }>('prepare-database.ts', {
    env: childEnv,
    failure: 'Preparing the database failed',
    output: 'show',
  });
  return result ?? { seeded: false };
}

/**
 * The server's JavaScript heap is capped: under signed-in load its live objects stay near 60 MB
 * (heap snapshots), but V8 lets garbage pile up to 250–300 MB before it collects when no limit
 * asks it to. Measured on the server alone under 40 s of signed-in load (10 and 50 connections):
 * 192/8 MB peaked at 333 MB and stayed there; 160/4 peaked at 331–352 MB and gave back 40 MB
 * within 20 s at the same request rate; 128/4 saved little more at the peak and cost throughput.
 */
const SERVER_NODE_OPTIONS = '--max-old-space-size=160 --max-semi-space-size=4';

async function main() {
  const missing = missingProductionSettings();
  if (missing) throw new Error(`${missing}\nSet it and start again. See README.md, "Production environment".`);
  const where = env.DATABASE_URL ? 'the Postgres server in DATABASE_URL' : `the embedded database in ${env.DATA_DIR}`;
  let seeded = false;
  if (!env.DATABASE_URL && embeddedDatabaseIsPrepared(env.DATA_DIR)) {
    console.log(`› ${where} is migrated and seeded.`);
  } else {
    console.log(`› Preparing ${where}…`);
    ({ seeded } = await prepareDatabaseInChild());
  }
  if (seeded) {
    console.log('› Loaded the demo newsroom from content/.');
    clearDataCache(distDir);
  }

  if (!dev) {
    const reason = needsBuild(seeded);
    if (reason) {
      console.log(`› Building the site (${reason})…`);
      const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: childEnv });
      if (build.status !== 0) process.exit(build.status ?? 1);
      fs.writeFileSync(siteUrlStamp, env.SITE_URL);
    }
  }

  // The stand-in starts alongside the server (which needs it only once a reader pays), on the
  // address it will have (startLocalStripe listens on 127.0.0.1 and STRIPE_STANDIN_URL's port).
  if (env.useStripeStandin)
    childEnv.STRIPE_STANDIN_URL = `http://127.0.0.1:${new URL(env.STRIPE_STANDIN_URL).port || 12111}`;
  console.log(`› Serving on http://localhost:${port}`);
  const production = productionServer(port, childEnv);
  const serverOptions = [production.env.NODE_OPTIONS, SERVER_NODE_OPTIONS].filter(Boolean).join(' ');
  const server = dev
    ? spawn(process.execPath, [nextBin, 'dev', '-p', port, '-H', '127.0.0.1'], { stdio: 'inherit', env: childEnv })
    : spawn(production.command, production.args, {
        stdio: 'inherit',
        env: { ...production.env, NODE_OPTIONS: serverOptions },
      });
  let stopStripe = async () => {};
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => {
    void stopStripe().finally(() => process.exit(code ?? (signal ? 1 : 0)));
  });

  if (env.useStripeStandin) {
    const { startLocalStripe } = await import('./local-stripe');
    try {
      const standin = await startLocalStripe({
        appUrl: `http://localhost:${port}`,
        dataDir: env.DATA_DIR,
        syncInChild: true,
      });
      stopStripe = standin.close;
      console.log(
        `› Stripe stand-in on ${standin.url} (test cards: 4242 4242 4242 4242 pays; see stripe-standin/README.md)`,
      );
    } catch (error) {
      server.kill('SIGTERM');
      throw error;
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
