import 'server-only';
import { z } from 'zod';
import type { Database } from '@/db';
import { enqueueJob, refreshJobClock } from '@/db/queries/jobs';
import {
  claimDeliveries,
  computeRecipients,
  createIssueFromArticle,
  getIssue,
  markBounced,
  markFailed,
  markSent,
  markTemporaryFailure,
  releaseClaims,
  sendState,
  settleInterrupted,
  startDelivery,
  type ClaimedDelivery,
} from '@/db/queries/newsletter-sends';
import { getArticleForEmail } from '@/db/queries/newsletters';
import { getUserById } from '@/db/queries/users';
import type { Newsletter, NewsletterIssue } from '@/db/schema';
import { newsletterArchiveTags } from '@/lib/cache-tags';
import { env } from '@/lib/env';
import { bulkConcurrency, bulkSlot, sendBulk, type BulkMessage } from '@/lib/mail/bulk-mailer';
import { prepareIssueEmail } from '@/lib/mail/newsletter-issue';
import { languageOf } from './language';
import { oneClickUnsubscribeUrl, unsubscribePageUrl, unsubscribeToken } from './unsubscribe-token';

/**
 * Sending an issue, in the job queue and never in a request. The recipients are written as
 * delivery rows when the send starts (db/queries/newsletter-sends.ts); each job run claims
 * the next rows, sends them through the bulk stream and settles each one as it returns, for a
 * slice of time, then asks to run again. A crash or restart resumes with the rows still
 * queued; rows that were with the mail server at the moment of the crash are never sent again.
 */

export const NEWSLETTER_SEND_JOB = 'newsletter-send';
export const NEWSLETTER_TEST_JOB = 'newsletter-test';

/**
 * One job run sends for this long (well inside the job's two-minute lock), then yields so other
 * jobs (a scheduled story) are not held up for the whole send.
 */
const SLICE_MS = 45_000;
const BATCH = 200;

/**
 * Snapshots the article into a newsletter issue and queues its send; once per (newsletter,
 * article): a second call returns the existing issue. Inside a transaction pass `db`, and call
 * refreshJobClock() once it has committed.
 */
export async function startIssueSend({
  db,
  articleId,
  newsletterId,
}: {
  db?: Database;
  articleId: number;
  newsletterId: number;
}): Promise<{ issueId: number; created: boolean }> {
  const { issue, created } = await createIssueFromArticle({ db, articleId, newsletterId });
  if (created)
    await enqueueJob({
      db,
      kind: NEWSLETTER_SEND_JOB,
      key: `newsletter-send:${issue.id}`,
      payload: { issueId: issue.id },
      runAt: new Date(),
    });
  if (!db) await refreshJobClock();
  return { issueId: issue.id, created };
}

/** Queues "send a test to me": the issue email for this article, as a member or a free subscriber gets it. */
export async function queueTestSend(payload: z.infer<typeof testPayload>): Promise<void> {
  await enqueueJob({ kind: NEWSLETTER_TEST_JOB, payload: testPayload.parse(payload), runAt: new Date() });
  await refreshJobClock();
}

const testPayload = z.object({
  articleId: z.number().int(),
  newsletterId: z.number().int(),
  userId: z.string(),
  version: z.enum(['member', 'free']),
});

export type SendSliceResult = { runAgainAt?: Date; tags: string[] };

/** One slice of an issue's send (the newsletter-send job). */
export async function runIssueSend(
  payload: Record<string, unknown>,
  { sliceMs = SLICE_MS } = {},
): Promise<SendSliceResult> {
  const issueId = Number(payload.issueId);
  if (!Number.isInteger(issueId))
    throw new Error(`${NEWSLETTER_SEND_JOB} needs an issueId, got ${JSON.stringify(payload)}`);
  const found = await getIssue({ issueId });
  if (!found) return { tags: [] };
  const { issue, newsletter } = found;
  const tags = newsletterArchiveTags(newsletter.slug);
  if (issue.sendStatus === 'sent') return { tags: [] };
  await computeRecipients({ issueId });
  await settleInterrupted({ issueId });
  const email = await issueEmails(newsletter, issue);
  const deadline = Date.now() + sliceMs;
  while (Date.now() < deadline) {
    const batch = await claimDeliveries({ issueId, limit: BATCH });
    if (!batch.length) break;
    await deliverBatch(batch, (delivery) => email.messageFor(delivery));
  }
  const state = await sendState({ issueId });
  if (state.state === 'done') return { tags };
  // The archive lists an issue as soon as it starts going out.
  return { runAgainAt: state.state === 'more' ? new Date() : state.until, tags };
}

/** Sends a claimed batch with a few messages in flight, settling each delivery as its answer comes. */
async function deliverBatch(batch: ClaimedDelivery[], messageFor: (d: ClaimedDelivery) => BulkMessage) {
  let next = 0;
  let unreachable: string | null = null;
  const worker = async () => {
    while (next < batch.length && !unreachable) {
      const delivery = batch[next++]!;
      if (delivery.skip) {
        await markFailed({ id: delivery.id, error: delivery.skip });
        continue;
      }
      await bulkSlot();
      const started = await startDelivery({ id: delivery.id });
      if (!started) continue;
      const result = await sendBulk(messageFor(delivery));
      if (result.ok) await markSent({ ids: [delivery.id] });
      else if (result.kind === 'permanent')
        await markBounced({ id: delivery.id, email: delivery.email, error: result.reason });
      else if (result.kind === 'temporary')
        await markTemporaryFailure({ delivery: { ...delivery, attempts: started.attempts }, error: result.reason });
      else {
        // The provider is down, not the address: put this one back and stop; the job retries later.
        unreachable = result.reason;
        await releaseClaims({ ids: [delivery.id] });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(bulkConcurrency(), batch.length) }, worker));
  if (unreachable) {
    await releaseClaims({ ids: batch.slice(next).map((d) => d.id) });
    throw new Error(`The newsletter mail server did not answer: ${unreachable}`);
  }
}

/** The issue rendered once per version; each recipient's message differs only in its unsubscribe links. */
async function issueEmails(newsletter: Newsletter, issue: NewsletterIssue, { test = false } = {}) {
  const input = {
    newsletter,
    issue: {
      subject: issue.subject,
      preheader: issue.preheader,
      slug: issue.slug,
      access: issue.access,
      body: issue.body,
      sentAt: issue.sentAt ?? new Date(),
    },
    siteUrl: env.SITE_URL,
    test,
  };
  const versions = {
    member: await prepareIssueEmail({ ...input, version: 'member' }),
    free: await prepareIssueEmail({ ...input, version: 'free' }),
  };
  const from = fromHeader(newsletter.senderName);
  const host = new URL(env.SITE_URL).hostname;
  return {
    messageFor(delivery: { id: number; userId: string; email: string; version: 'member' | 'free' }): BulkMessage {
      const ids = { userId: delivery.userId, newsletterId: newsletter.id };
      const prepared = versions[delivery.version];
      const { html, text } = prepared.personalise(unsubscribePageUrl(ids, languageOf(newsletter)));
      return {
        to: delivery.email,
        from,
        subject: prepared.subject,
        html,
        text,
        messageId: `<issue-${issue.id}.${test ? `test-${Date.now()}` : `delivery-${delivery.id}`}@${host}>`,
        headers: listHeaders(newsletter, ids, host),
      };
    },
  };
}

/** RFC 2369 and RFC 8058: the unsubscribe a mail app shows beside the sender, and one click that needs no sign-in. */
function listHeaders(newsletter: Newsletter, ids: { userId: string; newsletterId: number }, host: string) {
  const mailto = `mailto:${fromAddress()}?subject=${encodeURIComponent(`Unsubscribe ${unsubscribeToken(ids)}`)}`;
  return {
    'List-Id': `${newsletter.name.replace(/[<>"]/g, '')} <${newsletter.slug}.newsletters.${host}>`,
    'List-Unsubscribe': `<${oneClickUnsubscribeUrl(ids, languageOf(newsletter))}>, <${mailto}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

function fromAddress(): string {
  return /<([^>]+)>/.exec(env.MAIL_FROM)?.[1] ?? env.MAIL_FROM.trim();
}

/** The newsletter's sender name with the newsroom's address: "Ridgeline's editors" <newsroom@…>. */
function fromHeader(senderName: string): string {
  return `"${senderName.replace(/["\\\r\n]/g, '')}" <${fromAddress()}>`;
}

/** The newsletter-test job: the article as an issue, to one staff address, marked as a test. */
export async function runTestSend(payload: Record<string, unknown>) {
  const { articleId, newsletterId, userId, version } = testPayload.parse(payload);
  const [user, found] = await Promise.all([
    getUserById({ id: userId }),
    getArticleForEmail({ articleId, newsletterId }),
  ]);
  if (!user || !found) return;
  const { article, newsletter } = found;
  const email = await issueEmails(
    newsletter,
    {
      id: 0,
      newsletterId,
      articleId,
      slug: article.slug,
      subject: article.headline,
      preheader: article.standfirst,
      access: article.access,
      body: article.body,
      sendStatus: 'sending',
      recipientCount: null,
      sentAt: new Date(),
      finishedAt: null,
      createdAt: new Date(),
    },
    { test: true },
  );
  const result = await sendBulk(email.messageFor({ id: 0, userId: user.id, email: user.email, version }));
  if (!result.ok) throw new Error(`The test to ${user.email} was refused: ${result.reason}`);
}
