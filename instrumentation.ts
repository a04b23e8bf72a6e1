/**
 * Runs once when the server starts. A production configuration (https SITE_URL) that lacks a
 * required setting stops here with a sentence naming what is missing.
 *
 * It also starts the job runner's clock: every few seconds the server asks its own job route
 * to run what is due, so a scheduled story goes live at its time even if nobody visits.
 */
const JOB_TICK_MS = 3000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { missingProductionSettings } = await import('./lib/env');
  const missing = missingProductionSettings();
  if (missing) throw new Error(`${missing} Set it and start again; see README.md, "Production environment".`);
  startJobClock();
}

function startJobClock() {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const { jobRunnerToken } = await import('./lib/jobs/token');
      // next start sets PORT once it listens; until then the request fails and the next tick retries.
      const port = process.env.PORT ?? '3000';
      const response = await fetch(`http://127.0.0.1:${port}/api/jobs`, { method: 'POST', headers: { 'x-job-runner-token': jobRunnerToken() } });
      if (!response.ok && response.status !== 401) console.error(`The job runner answered ${response.status}.`);
    } catch {
      // The server is not listening yet, or is shutting down.
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), JOB_TICK_MS).unref();
}
