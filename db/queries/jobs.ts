import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import { refreshDueHint } from '@/db/job-hint';
import { jobs, type Job } from '@/db/schema';

/**
 * The Postgres-backed job queue. A job is a row, so it survives restarts; a worker claims due
 * rows with FOR UPDATE SKIP LOCKED, so two workers (or two app instances) never run one twice.
 */

const LOCK_SECONDS = 120;
const MAX_ATTEMPTS = 8;

/** Adds a job; a pending job with the same key is replaced (re-scheduling moves it). */
export async function enqueueJob({
  db,
  kind,
  key,
  payload,
  runAt,
}: {
  db?: Database;
  kind: string;
  key?: string;
  payload: Record<string, unknown>;
  runAt: Date;
}) {
  const executor = db ?? (await getDb());
  if (key) await cancelPendingJob({ db: executor, key });
  await executor.insert(jobs).values({ kind, key: key ?? null, payload, runAt });
}

export async function cancelPendingJob({ db, key }: { db?: Database; key: string }) {
  const executor = db ?? (await getDb());
  await executor.delete(jobs).where(and(eq(jobs.key, key), isNull(jobs.doneAt)));
}

/** Claims up to `limit` due jobs for this worker; each stays locked while it runs. */
export async function claimDueJobs({ limit = 10 }: { limit?: number } = {}): Promise<Job[]> {
  const db = await getDb();
  const result = await db.execute<{ id: number }>(sql`
    update ${jobs} set locked_until = now() + make_interval(secs => ${LOCK_SECONDS}), attempts = attempts + 1
    where id in (
      select id from ${jobs}
      where done_at is null and run_at <= now() and (locked_until is null or locked_until < now())
      order by run_at
      limit ${limit}
      for update skip locked
    )
    returning id`);
  const ids = (Array.isArray(result) ? result : (result as { rows: { id: number }[] }).rows).map((r) => r.id);
  if (!ids.length) return [];
  return db.query.jobs.findMany({ where: (j, { inArray }) => inArray(j.id, ids) });
}

export async function completeJob({ id }: { id: number }) {
  const db = await getDb();
  await db.update(jobs).set({ doneAt: new Date(), lockedUntil: null, lastError: null }).where(eq(jobs.id, id));
}

/** Records the failure and retries later with a growing delay; gives up after MAX_ATTEMPTS. */
export async function failJob({ job, error }: { job: Job; error: string }) {
  const db = await getDb();
  const giveUp = job.attempts >= MAX_ATTEMPTS;
  const delaySeconds = Math.min(3600, 5 * 2 ** job.attempts);
  await db
    .update(jobs)
    .set({
      lastError: error.slice(0, 2000),
      lockedUntil: null,
      runAt: giveUp ? job.runAt : new Date(Date.now() + delaySeconds * 1000),
      doneAt: giveUp ? new Date() : null,
    })
    .where(eq(jobs.id, job.id));
}

/** After the queue changed (and its transaction committed): tell the job clock when to look next. */
export async function refreshJobClock() {
  await refreshDueHint(await getDb());
}

/**
 * A long job (a newsletter send) works in slices: it finished this one and asks to run again
 * at `runAt`, with its attempts reset, since nothing failed.
 */
export async function rescheduleJob({ id, runAt }: { id: number; runAt: Date }) {
  const db = await getDb();
  await db.update(jobs).set({ runAt, lockedUntil: null, attempts: 0, lastError: null }).where(eq(jobs.id, id));
}
