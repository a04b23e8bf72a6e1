import { missingProductionSettings } from '@/lib/env';
import { jobsMayBeDue } from '@/lib/jobs/due-hint';
import { jobRunnerToken } from '@/lib/jobs/token';

const JOB_TICK_MS = 3000;

/**
 * Runs once when the Node.js server starts (instrumentation.ts). A production configuration
 * (https SITE_URL) that lacks a required setting stops here with a sentence naming what is
 * missing. Then the job runner's clock starts: every few seconds the server asks its own job
 * route to run what is due, so a scheduled story goes live at its time even if nobody visits.
 */
export function onServerStart() {
  const missing = missingProductionSettings();
  if (missing) throw new Error(`${missing} Set it and start again; see README.md, "Production environment".`);
  startJobClock();
}

function startJobClock() {
  let running = false;
  const tick = async () => {
    if (running || !jobsMayBeDue()) return;
    running = true;
    try {
      // next start sets PORT once it listens; until then the request fails and the next tick retries.
      const port = process.env.PORT ?? '3000';
      const response = await fetch(`http://127.0.0.1:${port}/api/jobs`, { method: 'POST', headers: { 'x-job-runner-token': jobRunnerToken() } });
      if (!response.ok) console.error(`The job runner answered ${response.status}.`);
    } catch {
      // The server is not listening yet, or is shutting down.
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), JOB_TICK_MS).unref();
}
