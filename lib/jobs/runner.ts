import 'server-only';
import { openDueArticle, publishDueArticle } from '@/db/queries/admin-articles';
import { claimDueJobs, completeJob, failJob, refreshJobClock, rescheduleJob } from '@/db/queries/jobs';
import type { Job } from '@/db/schema';
import { OPEN_ARTICLE_JOB } from '@/domain/articles/members-first';
import { DONATION_RECEIPT_JOB, sendDonationReceipt } from '@/lib/mail/donation-receipt';
import { GIFT_MAIL_JOB, POOL_DECLINED_JOB, sendGiftMail, sendPoolDeclined } from '@/lib/mail/gift-mail';
import { MEMBER_MAIL_JOB, sendMemberMail } from '@/lib/mail/member-mail';
import {
  NEWSLETTER_SEND_JOB,
  NEWSLETTER_TEST_JOB,
  runIssueSend,
  runTestSend,
  startIssueSend,
} from '@/lib/newsletters/sending';

/**
 * What a job asks the caller to refresh once it is done (articles, other cache tags), and for a
 * job that works in slices, when to run it again.
 */
export type JobEffect = { articleSlugs: string[]; tags?: string[]; runAgainAt?: Date };

type Handler = (payload: Record<string, unknown>) => Promise<JobEffect>;

const handlers: Record<string, Handler> = {
  async 'publish-article'(payload) {
    const articleId = Number(payload.articleId);
    if (!Number.isInteger(articleId))
      throw new Error(`publish-article needs an articleId, got ${JSON.stringify(payload)}`);
    // A story with a newsletter chosen is emailed as it goes live, in the publish's transaction.
    const slug = await publishDueArticle({ articleId, sendIssue: startIssueSend });
    return { articleSlugs: slug ? [slug] : [] };
  },
  /** Members first: the story opens to everyone; its pages, lists, feed, search and sitemap follow from its tags. */
  async [OPEN_ARTICLE_JOB](payload) {
    const articleId = Number(payload.articleId);
    if (!Number.isInteger(articleId))
      throw new Error(`${OPEN_ARTICLE_JOB} needs an articleId, got ${JSON.stringify(payload)}`);
    const opened = await openDueArticle({ articleId });
    if (opened === 'not-yet') return { articleSlugs: [], runAgainAt: new Date(Date.now() + 15_000) };
    return { articleSlugs: opened ? [opened] : [] };
  },
  async [MEMBER_MAIL_JOB](payload) {
    await sendMemberMail(payload);
    return { articleSlugs: [] };
  },
  async [DONATION_RECEIPT_JOB](payload) {
    await sendDonationReceipt(payload);
    return { articleSlugs: [] };
  },
  async [GIFT_MAIL_JOB](payload) {
    await sendGiftMail(payload);
    return { articleSlugs: [] };
  },
  async [POOL_DECLINED_JOB](payload) {
    await sendPoolDeclined(payload);
    return { articleSlugs: [] };
  },
  async [NEWSLETTER_SEND_JOB](payload) {
    const { runAgainAt, tags } = await runIssueSend(payload);
    return { articleSlugs: [], tags, runAgainAt };
  },
  async [NEWSLETTER_TEST_JOB](payload) {
    await runTestSend(payload);
    return { articleSlugs: [] };
  },
};

/** Runs every job that is due, each once; failures are recorded and retried later. */
export async function runDueJobs(): Promise<{ ran: number; failed: number; effects: JobEffect[] }> {
  const effects: JobEffect[] = [];
  let ran = 0;
  let failed = 0;
  let sliced = false;
  // A job that works in slices (a newsletter send) ends this run after its slice, so one tick
  // never turns into one request that lasts as long as the whole send.
  while (!sliced) {
    const batch = await claimDueJobs({ limit: 10 });
    if (!batch.length) break;
    for (const job of batch) {
      try {
        const effect = await runOne(job);
        effects.push(effect);
        if (effect.runAgainAt) {
          await rescheduleJob({ id: job.id, runAt: effect.runAgainAt });
          sliced = true;
        } else await completeJob({ id: job.id });
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
