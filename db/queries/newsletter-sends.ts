import 'server-only';
import { and, eq, inArray, isNull, lt, min, sql } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import {
  articles,
  emailSuppressions,
  newsletterDeliveries,
  newsletterIssues,
  newsletterSubscriptions,
  newsletters,
  users,
  type NewsletterIssue,
} from '@/db/schema';
import { memberCtes } from './members-now';

/**
 * The write side of sending an issue (lib/newsletters/sending.ts drives it): the issue row,
 * its recipients as delivery rows, claiming and settling them. Reading progress for the admin
 * is in admin-newsletters.ts.
 */

/** Temporary failures an address may have for one issue before it is given up and suppressed. */
export const MAX_DELIVERY_ATTEMPTS = 3;

/** How long a claimed delivery stays 'sending' before a later sender treats it as interrupted. */
export const CLAIM_SECONDS = 60;

export const INTERRUPTED =
  'The send was interrupted while this message was with the mail server; it was not sent again, so nobody gets it twice.';

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

/**
 * Snapshots a story into an issue of a newsletter, as it stands now: the archive and every
 * recipient get this text even if the story is edited later. Once per newsletter and story.
 */
export async function createIssueFromArticle({
  db,
  articleId,
  newsletterId,
  now = new Date(),
}: {
  db?: Database;
  articleId: number;
  newsletterId: number;
  now?: Date;
}): Promise<{ issue: NewsletterIssue; created: boolean }> {
  const executor = db ?? (await getDb());
  const existing = await executor.query.newsletterIssues.findFirst({
    where: and(eq(newsletterIssues.newsletterId, newsletterId), eq(newsletterIssues.articleId, articleId)),
  });
  if (existing) return { issue: existing, created: false };
  const article = await executor.query.articles.findFirst({ where: eq(articles.id, articleId) });
  if (!article) throw new Error(`There is no article ${articleId} to send.`);
  const taken = await executor
    .select({ slug: newsletterIssues.slug })
    .from(newsletterIssues)
    .where(
      and(eq(newsletterIssues.newsletterId, newsletterId), sql`${newsletterIssues.slug} like ${`${article.slug}%`}`),
    );
  const slugs = new Set(taken.map((t) => t.slug));
  let slug = article.slug;
  for (let n = 2; slugs.has(slug); n++) slug = `${article.slug}-${n}`;
  const [issue] = await executor
    .insert(newsletterIssues)
    .values({
      newsletterId,
      articleId,
      slug,
      subject: article.headline,
      preheader: article.standfirst,
      access: article.access,
      body: article.body,
      sendStatus: 'sending',
      sentAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!issue) return createIssueFromArticle({ db: executor, articleId, newsletterId, now });
  return { issue, created: true };
}

export async function getIssue({ issueId }: { issueId: number }) {
  const db = await getDb();
  const issue = await db.query.newsletterIssues.findFirst({ where: eq(newsletterIssues.id, issueId) });
  if (!issue) return null;
  const newsletter = await db.query.newsletters.findFirst({ where: eq(newsletters.id, issue.newsletterId) });
  return newsletter ? { issue, newsletter } : null;
}

/**
 * Writes one delivery row per recipient, once, when the send starts: everyone subscribed
 * (confirmed) whose address is not suppressed, and for a members-only newsletter only those
 * who are members now. Each row says which version they get: the whole issue if they may read
 * it, the free cut otherwise. One statement, so 10,000 recipients never pass through memory.
 */
export async function computeRecipients({ issueId, now = new Date() }: { issueId: number; now?: Date }) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [issue] = await tx.select().from(newsletterIssues).where(eq(newsletterIssues.id, issueId)).for('update');
    if (!issue) throw new Error(`There is no newsletter issue ${issueId}.`);
    if (issue.recipientCount !== null) return issue.recipientCount;
    const newsletter = await tx.query.newsletters.findFirst({ where: eq(newsletters.id, issue.newsletterId) });
    if (!newsletter) throw new Error(`Issue ${issueId} belongs to no newsletter.`);
    const { current, grants, memberNow } = memberCtes(tx, now);
    const recipients = tx
      .with(current, grants)
      .select({
        issueId: sql<number>`${issueId}::int`.as('delivery_issue_id'),
        userId: users.id,
        email: users.email,
        version: sql<'member' | 'free'>`case when ${memberNow} then 'member' else 'free' end`.as('version'),
      })
      .from(newsletterSubscriptions)
      .innerJoin(users, eq(users.id, newsletterSubscriptions.userId))
      .leftJoin(current, eq(current.userId, users.id))
      .leftJoin(grants, eq(grants.userId, users.id))
      .leftJoin(emailSuppressions, eq(emailSuppressions.email, users.email))
      .where(
        and(
          eq(newsletterSubscriptions.newsletterId, newsletter.id),
          eq(newsletterSubscriptions.status, 'subscribed'),
          isNull(emailSuppressions.email),
          newsletter.audience === 'members' ? memberNow : undefined,
        ),
      );
    await tx.execute(
      sql`insert into ${newsletterDeliveries} (issue_id, user_id, email, version) ${recipients} on conflict do nothing`,
    );
    const [row] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(newsletterDeliveries)
      .where(eq(newsletterDeliveries.issueId, issueId));
    const count = row?.count ?? 0;
    await tx
      .update(newsletterIssues)
      .set({ recipientCount: count, sendStatus: 'sending', sentAt: issue.sentAt ?? now })
      .where(eq(newsletterIssues.id, issueId));
    return count;
  });
}

/**
 * Deliveries a crashed sender had claimed are settled as failed, never sent again: the mail
 * server may already have taken them, and a reader must not get an issue twice.
 */
export async function settleInterrupted({ issueId }: { issueId: number }) {
  const db = await getDb();
  await db
    .update(newsletterDeliveries)
    .set({ status: 'failed', error: INTERRUPTED, claimedUntil: null })
    .where(
      and(
        eq(newsletterDeliveries.issueId, issueId),
        eq(newsletterDeliveries.status, 'sending'),
        lt(newsletterDeliveries.claimedUntil, sql`now()`),
      ),
    );
}

export type ClaimedDelivery = {
  id: number;
  userId: string;
  email: string;
  version: 'member' | 'free';
  /** Unsubscribed or suppressed since the recipients were computed: not sent. */
  skip: string | null;
};

/**
 * Leases the next due deliveries of an issue to this sender for CLAIM_SECONDS. They stay
 * 'queued' (a sender that dies holding a lease leaves them to be sent by the next one); each
 * becomes 'sending' only as its own message goes out (startDelivery). Each says whether it must
 * be skipped now: a reader who unsubscribed mid-send, or an address that bounced meanwhile.
 */
export async function claimDeliveries({
  issueId,
  limit,
}: {
  issueId: number;
  limit: number;
}): Promise<ClaimedDelivery[]> {
  const db = await getDb();
  const claimed = rowsOf<{ id: number; user_id: string; email: string; version: 'member' | 'free' }>(
    await db.execute(sql`
      update ${newsletterDeliveries}
      set claimed_until = now() + make_interval(secs => ${CLAIM_SECONDS})
      where id in (
        select id from ${newsletterDeliveries}
        where issue_id = ${issueId} and status = 'queued'
          and (retry_at is null or retry_at <= now())
          and (claimed_until is null or claimed_until < now())
        order by id
        limit ${limit}
        for update skip locked
      )
      returning id, user_id, email, version`),
  );
  if (!claimed.length) return [];
  const issue = await db.query.newsletterIssues.findFirst({ where: eq(newsletterIssues.id, issueId) });
  const stillSubscribed = new Set(
    (
      await db
        .select({ userId: newsletterSubscriptions.userId })
        .from(newsletterSubscriptions)
        .where(
          and(
            eq(newsletterSubscriptions.newsletterId, issue!.newsletterId),
            eq(newsletterSubscriptions.status, 'subscribed'),
            inArray(
              newsletterSubscriptions.userId,
              claimed.map((c) => c.user_id),
            ),
          ),
        )
    ).map((r) => r.userId),
  );
  const suppressed = new Set(
    (
      await db
        .select({ email: emailSuppressions.email })
        .from(emailSuppressions)
        .where(
          inArray(
            emailSuppressions.email,
            claimed.map((c) => c.email),
          ),
        )
    ).map((r) => r.email),
  );
  return claimed
    .sort((a, b) => a.id - b.id)
    .map((c) => ({
      id: c.id,
      userId: c.user_id,
      email: c.email,
      version: c.version,
      skip: !stillSubscribed.has(c.user_id)
        ? 'Unsubscribed before it went out.'
        : suppressed.has(c.email)
          ? 'The address is on the suppression list.'
          : null,
    }));
}

/**
 * Marks one leased delivery 'sending' just before its message goes out, and counts the attempt.
 * From here until it is settled, a crash leaves it 'sending': it is then never sent again.
 */
export async function startDelivery({ id }: { id: number }): Promise<{ attempts: number } | null> {
  const db = await getDb();
  const [row] = await db
    .update(newsletterDeliveries)
    .set({ status: 'sending', attempts: sql`${newsletterDeliveries.attempts} + 1` })
    .where(and(eq(newsletterDeliveries.id, id), eq(newsletterDeliveries.status, 'queued')))
    .returning({ attempts: newsletterDeliveries.attempts });
  return row ?? null;
}

export async function markSent({ ids }: { ids: number[] }) {
  if (!ids.length) return;
  const db = await getDb();
  await db
    .update(newsletterDeliveries)
    .set({ status: 'sent', sentAt: new Date(), claimedUntil: null, error: null })
    .where(inArray(newsletterDeliveries.id, ids));
}

export async function markFailed({ id, error }: { id: number; error: string }) {
  const db = await getDb();
  await db
    .update(newsletterDeliveries)
    .set({ status: 'failed', error, claimedUntil: null })
    .where(eq(newsletterDeliveries.id, id));
}

/** A 5xx: the address is refused for good. Bulk mail stops going to it, this issue's and later ones. */
export async function markBounced({ id, email, error }: { id: number; email: string; error: string }) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(newsletterDeliveries)
      .set({ status: 'bounced', error, claimedUntil: null })
      .where(eq(newsletterDeliveries.id, id));
    await tx.insert(emailSuppressions).values({ email, reason: 'bounce', detail: error }).onConflictDoNothing();
  });
}

/**
 * A 4xx: tried again later, with a growing pause, up to MAX_DELIVERY_ATTEMPTS; after that the
 * delivery fails and the address is suppressed as repeatedly failing.
 */
export async function markTemporaryFailure({
  delivery,
  error,
}: {
  delivery: Pick<ClaimedDelivery, 'id' | 'email'> & { attempts: number };
  error: string;
}) {
  const db = await getDb();
  if (delivery.attempts >= MAX_DELIVERY_ATTEMPTS) {
    await db.transaction(async (tx) => {
      await tx
        .update(newsletterDeliveries)
        .set({ status: 'failed', error, claimedUntil: null })
        .where(eq(newsletterDeliveries.id, delivery.id));
      await tx
        .insert(emailSuppressions)
        .values({ email: delivery.email, reason: 'repeated-failure', detail: error })
        .onConflictDoNothing();
    });
    return;
  }
  await db
    .update(newsletterDeliveries)
    .set({
      status: 'queued',
      error,
      claimedUntil: null,
      retryAt: new Date(Date.now() + 30_000 * 2 ** (delivery.attempts - 1)),
    })
    .where(eq(newsletterDeliveries.id, delivery.id));
}

/**
 * The mail server did not answer: the leased rows go back to the queue, and one that had
 * started goes back without its attempt counted (the server never took it).
 */
export async function releaseClaims({ ids }: { ids: number[] }) {
  if (!ids.length) return;
  const db = await getDb();
  await db
    .update(newsletterDeliveries)
    .set({
      status: 'queued',
      claimedUntil: null,
      attempts: sql`case when ${newsletterDeliveries.status} = 'sending' then greatest(${newsletterDeliveries.attempts} - 1, 0) else ${newsletterDeliveries.attempts} end`,
    })
    .where(and(inArray(newsletterDeliveries.id, ids), inArray(newsletterDeliveries.status, ['queued', 'sending'])));
}

/**
 * Whether anything of the send is left. 'done' marks the issue sent; 'waiting' says when the
 * next temporarily failed delivery may be retried.
 */
export async function sendState({
  issueId,
}: {
  issueId: number;
}): Promise<{ state: 'more' } | { state: 'waiting'; until: Date } | { state: 'done' }> {
  const db = await getDb();
  const [row] = await db
    .select({
      due: sql<number>`count(*) filter (where ${newsletterDeliveries.status} = 'queued' and (${newsletterDeliveries.retryAt} is null or ${newsletterDeliveries.retryAt} <= now()) and (${newsletterDeliveries.claimedUntil} is null or ${newsletterDeliveries.claimedUntil} < now()))::int`,
      later: min(
        sql`case when ${newsletterDeliveries.status} = 'queued' then greatest(${newsletterDeliveries.retryAt}, ${newsletterDeliveries.claimedUntil}) end`,
      ),
      sending: sql<number>`count(*) filter (where ${newsletterDeliveries.status} = 'sending')::int`,
      claimEnds: min(
        sql`case when ${newsletterDeliveries.status} = 'sending' then ${newsletterDeliveries.claimedUntil} end`,
      ),
    })
    .from(newsletterDeliveries)
    .where(eq(newsletterDeliveries.issueId, issueId));
  if (row!.due > 0) return { state: 'more' };
  const later = row!.later ?? row!.claimEnds;
  if (row!.sending > 0 || later)
    return { state: 'waiting', until: later ? new Date(later) : new Date(Date.now() + 5000) };
  await db
    .update(newsletterIssues)
    .set({ sendStatus: 'sent', finishedAt: new Date() })
    .where(and(eq(newsletterIssues.id, issueId), eq(newsletterIssues.sendStatus, 'sending')));
  return { state: 'done' };
}
