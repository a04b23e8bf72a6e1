import 'server-only';
import { publishDueArticle } from '@/db/queries/admin-articles';
import { claimDueJobs, completeJob, failJob, refreshJobClock } from '@/db/queries/jobs';
import type { Job } from '@/db/schema';
import { MEMBER_MAIL_JOB, sendMemberMail } from '@/lib/mail/member-mail';

/** What a job asks the caller to refresh once it is done. */
export type JobEffect = { articleSlugs: string[] };

type Handler = (payload: Record<string, unknown>) => Promise<JobEffect>;

const handlers: Record<string, Handler> = {
  async 'publish-article'(payload) {
    const articleId = Number(payload.articleId);
    if (!Number.isInteger(articleId))
      throw new Error(`publish-article needs an articleId, got ${JSON.stringify(payload)}`);
    const slug = await publishDueArticle({ articleId });
    return { articleSlugs: slug ? [slug] : [] };
  },
  async [MEMBER_MAIL_JOB](payload) {
    await sendMemberMail(payload);
    return { articleSlugs: [] };
  },
};

/** Runs every job that is due, each once; failures are recorded and retried later. */
export async function runDueJobs(): Promise<{ ran: number; failed: number; effects: JobEffect[] }> {
  const effects: JobEffect[] = [];
  let ran = 0;
  let failed = 0;
  for (;;) {
    const batch = await claimDueJobs({ limit: 10 });
    if (!batch.length) break;
    for (const job of batch) {
      try {
        effects.push(await runOne(job));
        await completeJob({ id: job.id });
        ran++;
      } catch (error) {
        failed++;
        const message = error instanceof Error ? error.message : String(error);
        console.error(`Job ${job.id} (${job.kind}) failed on attempt ${job.attempts}: ${message}`);
        await failJob({ job, error: message });
      }
    }
  }
  if (ran || failed) await refreshJobClock();
  return { ran, failed, effects };
}

async function runOne(job: Job): Promise<JobEffect> {
  const handler = handlers[job.kind];
  if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}".`);
  return handler(job.payload);
}
