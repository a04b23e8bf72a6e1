import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import type { Locale } from '@/domain/i18n/locales';
import {
  auditLog,
  emailSuppressions,
  newsletterDeliveries,
  newsletterIssues,
  newsletterSubscriptions,
  newsletters,
  type Newsletter,
} from '@/db/schema';
import type { DeliveryStatus, NewsletterAudience, NewsletterSchedule, Weekday } from '@/domain/newsletters/newsletters';
import { memberCtes } from './members-now';

/**
 * The newsroom's side of the newsletters: the list with its audiences, editing a newsletter
 * (each change audit-logged in its transaction), every issue's send as its delivery rows
 * record it, and the suppression list. The send engine writes the issues and deliveries; this
 * file only reads them.
 */

const scheduleOf = (row: Pick<Newsletter, 'scheduleDays' | 'scheduleTime'>): NewsletterSchedule | null =>
  row.scheduleTime && row.scheduleDays.length ? { days: row.scheduleDays, time: row.scheduleTime } : null;

/**
 * Every newsletter with its confirmed subscribers, how many of them are members now (counted
 * only for a members-only newsletter: the others do not depend on it), and its latest issue.
 */
export async function listNewslettersForAdmin({ now = new Date() }: { now?: Date } = {}) {
  const db = await getDb();
  const ctes = memberCtes(db, now);
  const [rows, counts, latest] = await Promise.all([
    db.select().from(newsletters).orderBy(asc(newsletters.name), asc(newsletters.id)),
    db
      .with(ctes.current, ctes.grants)
      .select({
        newsletterId: newsletterSubscriptions.newsletterId,
        subscribers: sql<number>`count(*)::int`,
        members: sql<number>`(count(*) filter (where ${ctes.memberNow}))::int`,
      })
      .from(newsletterSubscriptions)
      .leftJoin(ctes.current, eq(ctes.current.userId, newsletterSubscriptions.userId))
      .leftJoin(ctes.grants, eq(ctes.grants.userId, newsletterSubscriptions.userId))
      .where(eq(newsletterSubscriptions.status, 'subscribed'))
      .groupBy(newsletterSubscriptions.newsletterId),
    db
      .selectDistinctOn([newsletterIssues.newsletterId], {
        newsletterId: newsletterIssues.newsletterId,
        id: newsletterIssues.id,
        subject: newsletterIssues.subject,
        sentAt: newsletterIssues.sentAt,
        sendStatus: newsletterIssues.sendStatus,
      })
      .from(newsletterIssues)
      .where(isNotNull(newsletterIssues.sentAt))
      .orderBy(newsletterIssues.newsletterId, desc(newsletterIssues.sentAt), desc(newsletterIssues.id)),
  ]);
  const countsOf = new Map(counts.map((c) => [c.newsletterId, c]));
  const latestOf = new Map(latest.map((l) => [l.newsletterId, l]));
  return rows.map((row) => {
    const count = countsOf.get(row.id);
    const last = latestOf.get(row.id);
    return {
      id: row.id,
      slug: row.slug,
      name: row.name,
      audience: row.audience,
      schedule: scheduleOf(row),
      subscribers: count?.subscribers ?? 0,
      /** Null for a newsletter open to everyone. */
      membersNow: row.audience === 'members' ? (count?.members ?? 0) : null,
      lastIssue: last ? { id: last.id, subject: last.subject, sentAt: last.sentAt, sendStatus: last.sendStatus } : null,
    };
  });
}

export type AdminNewsletterRow = Awaited<ReturnType<typeof listNewslettersForAdmin>>[number];

export async function getNewsletterForAdmin({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db.select().from(newsletters).where(eq(newsletters.id, id)).limit(1);
  return row ? { ...row, schedule: scheduleOf(row) } : null;
}

export type NewsletterFields = {
  name: string;
  slug: string;
  /** The edition it belongs to: its issues are written in this language. */
  language: Locale;
  description: string;
  sample: string;
  senderName: string;
  audience: NewsletterAudience;
  autoSubscribeMembers: boolean;
  /** Null: no schedule (sent only when an editor sends an issue). */
  schedule: NewsletterSchedule | null;
};

export type NewsletterSaveResult =
  { ok: true; id: number; previousSlug: string | null } | { ok: false; reason: 'slug-taken' | 'not-found' };

const isUniqueViolation = (error: unknown): boolean => {
  const codes = [error, (error as { cause?: unknown } | null)?.cause].map(
    (e) => (e as { code?: unknown } | null)?.code,
  );
  return codes.includes('23505');
};

/**
 * Creates a newsletter (no id) or changes one, and records who did it in the audit log in the
 * same transaction. A slug another newsletter holds is refused, never taken over; the unique
 * index settles a race between two saves.
 */
export async function saveNewsletter({
  id,
  actorId,
  fields,
}: {
  id?: number;
  actorId: string;
  fields: NewsletterFields;
}): Promise<NewsletterSaveResult> {
  const db = await getDb();
  const { schedule, ...rest } = fields;
  const values = {
    ...rest,
    scheduleDays: schedule?.days ?? ([] as Weekday[]),
    scheduleTime: schedule?.time ?? null,
  };
  const details = {
    slug: fields.slug,
    name: fields.name,
    language: fields.language,
    audience: fields.audience,
    schedule,
  };
  try {
    return await db.transaction(async (tx): Promise<NewsletterSaveResult> => {
      const [clash] = await tx
        .select({ id: newsletters.id })
        .from(newsletters)
        .where(and(eq(newsletters.slug, fields.slug), id === undefined ? undefined : ne(newsletters.id, id)))
        .limit(1);
      if (clash) return { ok: false, reason: 'slug-taken' };
      if (id === undefined) {
        const [row] = await tx.insert(newsletters).values(values).returning({ id: newsletters.id });
        if (!row) throw new Error('could not insert the newsletter');
        await tx
          .insert(auditLog)
          .values({ actorId, action: 'newsletters.create', details: { newsletterId: row.id, ...details } });
        return { ok: true, id: row.id, previousSlug: null };
      }
      const [before] = await tx
        .select({ slug: newsletters.slug })
        .from(newsletters)
        .where(eq(newsletters.id, id))
        .for('update');
      if (!before) return { ok: false, reason: 'not-found' };
      await tx
        .update(newsletters)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(newsletters.id, id));
      await tx.insert(auditLog).values({
        actorId,
        action: 'newsletters.update',
        details: { newsletterId: id, previousSlug: before.slug, ...details },
      });
      return { ok: true, id, previousSlug: before.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken' };
    throw error;
  }
}

/** How many of an issue's deliveries are in each state: the numbers a send's progress is told in. */
type DeliveryCounts = Record<DeliveryStatus, number> & { total: number };

const countColumns = {
  total: sql<number>`count(${newsletterDeliveries.id})::int`,
  queued: sql<number>`(count(${newsletterDeliveries.id}) filter (where ${newsletterDeliveries.status} = 'queued'))::int`,
  sending: sql<number>`(count(${newsletterDeliveries.id}) filter (where ${newsletterDeliveries.status} = 'sending'))::int`,
  sent: sql<number>`(count(${newsletterDeliveries.id}) filter (where ${newsletterDeliveries.status} = 'sent'))::int`,
  failed: sql<number>`(count(${newsletterDeliveries.id}) filter (where ${newsletterDeliveries.status} = 'failed'))::int`,
  bounced: sql<number>`(count(${newsletterDeliveries.id}) filter (where ${newsletterDeliveries.status} = 'bounced'))::int`,
};

export const ISSUES_PAGE_SIZE = 25;

/**
 * A newsletter's issues, newest first (an issue not yet sent by its date of writing), each with
 * its recipients and how its deliveries stand.
 */
export async function listIssuesForAdmin({ newsletterId, page = 1 }: { newsletterId: number; page?: number }) {
  const db = await getDb();
  const [totalRow] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(newsletterIssues)
    .where(eq(newsletterIssues.newsletterId, newsletterId));
  const total = totalRow?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / ISSUES_PAGE_SIZE));
  const rows = await db
    .select({
      id: newsletterIssues.id,
      slug: newsletterIssues.slug,
      subject: newsletterIssues.subject,
      sendStatus: newsletterIssues.sendStatus,
      recipientCount: newsletterIssues.recipientCount,
      sentAt: newsletterIssues.sentAt,
      finishedAt: newsletterIssues.finishedAt,
      ...countColumns,
    })
    .from(newsletterIssues)
    .leftJoin(newsletterDeliveries, eq(newsletterDeliveries.issueId, newsletterIssues.id))
    .where(eq(newsletterIssues.newsletterId, newsletterId))
    .groupBy(newsletterIssues.id)
    .orderBy(sql`coalesce(${newsletterIssues.sentAt}, ${newsletterIssues.createdAt}) desc`, desc(newsletterIssues.id))
    .limit(ISSUES_PAGE_SIZE)
    .offset((page - 1) * ISSUES_PAGE_SIZE);
  return { items: rows.map(withRecipients), total, page, pageCount };
}

/** M in "sent N of M": the recipients counted when the send started, else the delivery rows there are. */
function withRecipients<R extends { recipientCount: number | null } & DeliveryCounts>(row: R) {
  return { ...row, recipients: row.recipientCount ?? row.total };
}

export type AdminIssueRow = Awaited<ReturnType<typeof listIssuesForAdmin>>['items'][number];

/**
 * One issue's send as it stands: the counts by state, and by version (the member's whole issue
 * or the free subscriber's with the members-only parts cut). Null when the issue is not this
 * newsletter's.
 */
export async function getIssueProgress({ newsletterId, issueId }: { newsletterId: number; issueId: number }) {
  const db = await getDb();
  const [[issue], byVersion] = await Promise.all([
    db
      .select({
        id: newsletterIssues.id,
        slug: newsletterIssues.slug,
        subject: newsletterIssues.subject,
        access: newsletterIssues.access,
        sendStatus: newsletterIssues.sendStatus,
        recipientCount: newsletterIssues.recipientCount,
        sentAt: newsletterIssues.sentAt,
        finishedAt: newsletterIssues.finishedAt,
        createdAt: newsletterIssues.createdAt,
        ...countColumns,
      })
      .from(newsletterIssues)
      .leftJoin(newsletterDeliveries, eq(newsletterDeliveries.issueId, newsletterIssues.id))
      .where(and(eq(newsletterIssues.id, issueId), eq(newsletterIssues.newsletterId, newsletterId)))
      .groupBy(newsletterIssues.id),
    db
      .select({ version: newsletterDeliveries.version, ...countColumns })
      .from(newsletterDeliveries)
      .innerJoin(newsletterIssues, eq(newsletterIssues.id, newsletterDeliveries.issueId))
      .where(and(eq(newsletterDeliveries.issueId, issueId), eq(newsletterIssues.newsletterId, newsletterId)))
      .groupBy(newsletterDeliveries.version),
  ]);
  if (!issue) return null;
  const empty = { total: 0, queued: 0, sending: 0, sent: 0, failed: 0, bounced: 0 };
  return {
    ...withRecipients(issue),
    member: byVersion.find((v) => v.version === 'member') ?? empty,
    free: byVersion.find((v) => v.version === 'free') ?? empty,
  };
}

export type IssueProgress = NonNullable<Awaited<ReturnType<typeof getIssueProgress>>>;

export const PROBLEMS_PAGE_SIZE = 50;

/** The deliveries that failed or bounced, with the address and the mail server's answer, a page at a time. */
export async function listDeliveryProblems({ issueId, page = 1 }: { issueId: number; page?: number }) {
  const db = await getDb();
  const problem = and(
    eq(newsletterDeliveries.issueId, issueId),
    inArray(newsletterDeliveries.status, ['failed', 'bounced']),
  );
  const [totalRow] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(newsletterDeliveries)
    .where(problem);
  const total = totalRow?.n ?? 0;
  const items = await db
    .select({
      id: newsletterDeliveries.id,
      email: newsletterDeliveries.email,
      status: newsletterDeliveries.status,
      version: newsletterDeliveries.version,
      attempts: newsletterDeliveries.attempts,
      error: newsletterDeliveries.error,
    })
    .from(newsletterDeliveries)
    .where(problem)
    .orderBy(asc(newsletterDeliveries.email), asc(newsletterDeliveries.id))
    .limit(PROBLEMS_PAGE_SIZE)
    .offset((page - 1) * PROBLEMS_PAGE_SIZE);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PROBLEMS_PAGE_SIZE)) };
}

export const SUPPRESSIONS_PAGE_SIZE = 50;

/** The addresses bulk mail no longer goes to, newest first; `q` narrows to addresses containing it. */
export async function listSuppressions({ q = '', page = 1 }: { q?: string; page?: number } = {}) {
  const db = await getDb();
  const where = q ? sql`position(${q.toLowerCase()} in lower(${emailSuppressions.email})) > 0` : undefined;
  const [totalRow] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(emailSuppressions)
    .where(where);
  const total = totalRow?.n ?? 0;
  const items = await db
    .select()
    .from(emailSuppressions)
    .where(where)
    .orderBy(desc(emailSuppressions.createdAt), asc(emailSuppressions.email))
    .limit(SUPPRESSIONS_PAGE_SIZE)
    .offset((page - 1) * SUPPRESSIONS_PAGE_SIZE);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / SUPPRESSIONS_PAGE_SIZE)) };
}

/**
 * Clears an address from the suppression list, so bulk mail goes to it again, and records who
 * did it and what the entry said in the audit log. False when it was not on the list.
 */
export async function clearSuppression({ email, actorId }: { email: string; actorId: string }): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [cleared] = await tx.delete(emailSuppressions).where(eq(emailSuppressions.email, email)).returning();
    if (!cleared) return false;
    await tx.insert(auditLog).values({
      actorId,
      action: 'newsletters.suppression.clear',
      details: { email: cleared.email, reason: cleared.reason, detail: cleared.detail },
    });
    return true;
  });
}
