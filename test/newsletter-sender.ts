import { connection } from '@/db';
import { runIssueSend } from '@/lib/newsletters/sending';

/**
 * The job runner's part of a newsletter send, alone in a process, so that a test can kill it
 * mid-send (lib/newsletters/crash.test.ts) and a benchmark can measure its memory
 * (bench/newsletter-send.ts). Sends ISSUE_ID to the end through NEWSLETTER_SMTP_URL, on the
 * database in DATABASE_URL or DATA_DIR, running the job's slices back to back as the job
 * queue would. Run with: node --import tsx --import ./test/server-code.mjs test/newsletter-sender.ts
 */
const issueId = Number(process.env.ISSUE_ID);
if (!Number.isInteger(issueId)) throw new Error('ISSUE_ID is not set');

const conn = await connection();
for (;;) {
  const { runAgainAt } = await runIssueSend({ issueId });
  if (!runAgainAt) break;
  const wait = runAgainAt.getTime() - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 1000)));
}
await conn.close();
process.exit(0);
