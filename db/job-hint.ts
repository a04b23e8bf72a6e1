import { isNull, min } from 'drizzle-orm';
import { writeDueHint } from '@/lib/jobs/due-hint';
import type { Database } from './client';
import { jobs } from './schema';

/** Recomputes the next pending job's time and writes it where the job clock looks. */
export async function refreshDueHint(db: Database) {
  const [row] = await db
    .select({ next: min(jobs.runAt) })
    .from(jobs)
    .where(isNull(jobs.doneAt));
  writeDueHint(row?.next ? new Date(row.next) : null);
}
