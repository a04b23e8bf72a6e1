import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { productionServer } from '../server/command';
import { startMailbox } from './mailbox';

/**
 * The test harness's server: a fresh database, one production build, the production server
 * (server/main.mjs: Next behind the microcache).
 * With TEST_DATABASE_URL it runs against a fresh database on that Postgres server instead of
 * the embedded one.
 */
const port = process.env.E2E_PORT ?? '3100';
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
const mailboxPort = Number(process.env.E2E_MAILBOX_PORT ?? 3199);
const standinPort = Number(process.env.E2E_STRIPE_PORT ?? 12199);
const root = process.cwd();
// Separate folders let two harnesses run side by side (e.g. while developing one spec).
const dataDir = path.join(root, process.env.E2E_DATA_DIR ?? '.data-test');
const distDir = process.env.E2E_DIST_DIR ?? '.next-test';

async function freshPostgres(serverUrl: string): Promise<string> {
  const { Client } = await import('pg');
  const name = process.env.E2E_DATABASE_NAME ?? 'newsroom_e2e';
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main() {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.env.DATA_DIR = dataDir;
  process.env.SITE_URL = `http://localhost:${port}`;
  process.env.NEXT_DIST_DIR = distDir;
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  // The browser tests play the reverse proxy: each reader's context sends its own X-Forwarded-For.
  process.env.TRUSTED_PROXIES = '1';
  process.env.STRIPE_STANDIN_URL = `http://127.0.0.1:${standinPort}`;
  delete process.env.STRIPE_SECRET_KEY;
  const stopMailbox = startMailbox({ smtpPort, httpPort: mailboxPort });
  if (process.env.TEST_DATABASE_URL) process.env.DATABASE_URL = await freshPostgres(process.env.TEST_DATABASE_URL);
  else delete process.env.DATABASE_URL;

  // Imported only now: lib/env reads the environment when it loads.
  const { clearDataCache, prepareDatabase } = await import('../scripts/prepare-database');
  await prepareDatabase();
  clearDataCache(path.join(root, distDir));
  const { openConnection } = await import('../db/client');
  const { insertCanaryArticles } = await import('./fixtures/paywall-canaries');
  const { insertNewsletterSends } = await import('./fixtures/newsletter-sends');
  const conn = await openConnection({ url: process.env.DATABASE_URL, dataDir });
  await insertCanaryArticles(conn.db)
    .then(() => insertNewsletterSends(conn.db))
    .finally(() => conn.close());

  const { startLocalStripe } = await import('../scripts/local-stripe');
  const standin = await startLocalStripe({
    appUrl: `http://localhost:${port}`,
    dataDir,
    port: standinPort,
    retryBaseMs: 300,
  });

  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: process.env });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const production = productionServer(port);
  const server = spawn(production.command, production.args, { stdio: 'inherit', env: production.env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code) => {
    stopMailbox();
    void standin.close();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
