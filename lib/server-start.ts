import { connection } from '@/db';
import { backfillDerivedText } from '@/db/backfill';
import { refreshDueHint } from '@/db/job-hint';
import { embeddedSchemaLooksCurrent, schemaState, writeMigrationStamp } from '@/db/schema-state';
import { env, missingProductionSettings } from '@/lib/env';
import { jobsMayBeDue } from '@/lib/jobs/due-hint';
import { jobRunnerToken } from '@/lib/jobs/token';

const JOB_TICK_MS = 3000;

/**
 * Runs once when the Node.js server starts (instrumentation.ts). A production configuration
 * that lacks a required setting stops here with a sentence naming what is missing, and so does
 * a database that is not migrated. Then the job runner's clock starts: every few seconds the server asks its own job
 * route to run what is due, so a scheduled story goes live at its time even if nobody visits.
 */
export async function onServerStart() {
  const missing = missingProductionSettings();
  if (missing) throw new Error(`${missing} Set it and start again; see README.md, "Production environment".`);
  await ensureCurrentSchema();
  startJobClock();
}

/**
 * A server on an old schema would serve its prerendered pages while search, sign-in and the job
 * runner fail. A Postgres server is migrated by the deploy (`npm run db:migrate`), so start-up
 * stops with a sentence saying so; the embedded database belongs to this process alone, so it
 * is migrated here (its stamp file says when that is needed, without loading the WASM Postgres).
 */
async function ensureCurrentSchema() {
  if (!env.DATABASE_URL) {
    if (embeddedSchemaLooksCurrent(env.DATA_DIR)) return;
    console.log(`› Migrating the embedded database in ${env.DATA_DIR}…`);
    const conn = await connection();
    await conn.migrate();
    await backfillDerivedText(conn.db);
    await refreshDueHint(conn.db);
    writeMigrationStamp(env.DATA_DIR);
    return;
  }
  const state = await schemaState(await connection());
  if (!state.current) {
    throw new Error(
      `The database in DATABASE_URL has ${state.applied} of the ${state.expected} migrations this version needs. Run \`npm run db:migrate\`, then start the server again.`,
    );
  }
}

function startJobClock() {
  let running = false;
  const tick = async () => {
    if (running || !jobsMayBeDue()) return;
    running = true;
    try {
      // next start sets PORT once it listens; until then the request fails and the next tick retries.
      const port = env.PORT ?? '3000';
      const response = await fetch(`http://127.0.0.1:${port}/api/jobs`, {
        method: 'POST',
        headers: { 'x-job-runner-token': jobRunnerToken() },
      });
      if (!response.ok) console.error(`The job runner answered ${response.status}.`);
    } catch {
      // The server is not listening yet, or is shutting down.
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), JOB_TICK_MS).unref();
}
