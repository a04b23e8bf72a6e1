import 'server-only';
import { and, desc, eq, isNotNull, or, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { newsletterIssues, newsletters, type Newsletter } from '@/db/schema';
import type { NewsletterSchedule } from '@/domain/newsletters/newsletters';

/**
 * The web archive: the issues of a newsletter that have gone out, as readers got them. An issue
 * counts from the moment its send starts (sentAt set) or once marked sent.
 */
const wentOut = or(eq(newsletterIssues.sendStatus, 'sent'), isNotNull(newsletterIssues.sentAt));
/** Its date in the archive: when it went out (an issue marked sent without one: when it was made). */
const issueDate = sql<Date>`coalesce(${newsletterIssues.sentAt}, ${newsletterIssues.createdAt})`.mapWith(
  newsletterIssues.sentAt,
);

export type ArchiveNewsletter = Newsletter & { schedule: NewsletterSchedule | null };

const withSchedule = (row: Newsletter): ArchiveNewsletter => ({
  ...row,
  schedule: row.scheduleTime && row.scheduleDays.length ? { days: row.scheduleDays, time: row.scheduleTime } : null,
});

export async function getNewsletterBySlug({ slug }: { slug: string }): Promise<ArchiveNewsletter | null> {
  const db = await getDb();
  const [row] = await db.select().from(newsletters).where(eq(newsletters.slug, slug));
  return row ? withSchedule(row) : null;
}

export type ArchiveIssueCard = {
  slug: string;
  subject: string;
  preheader: string;
  access: 'public' | 'members';
  sentAt: Date;
};

/** A newsletter's issues that went out, newest first. */
export async function listSentIssues({ newsletterId }: { newsletterId: number }): Promise<ArchiveIssueCard[]> {
  const db = await getDb();
  return db
    .select({
      slug: newsletterIssues.slug,
      subject: newsletterIssues.subject,
      preheader: newsletterIssues.preheader,
      access: newsletterIssues.access,
      sentAt: issueDate,
    })
    .from(newsletterIssues)
    .where(and(eq(newsletterIssues.newsletterId, newsletterId), wentOut))
    .orderBy(desc(issueDate), desc(newsletterIssues.id));
}

/** One issue that went out, with the body it was sent with. */
export async function getSentIssue({ newsletterId, slug }: { newsletterId: number; slug: string }) {
  const db = await getDb();
  const [row] = await db
    .select({
      slug: newsletterIssues.slug,
      subject: newsletterIssues.subject,
      preheader: newsletterIssues.preheader,
      access: newsletterIssues.access,
      body: newsletterIssues.body,
      sentAt: issueDate,
    })
    .from(newsletterIssues)
    .where(and(eq(newsletterIssues.newsletterId, newsletterId), eq(newsletterIssues.slug, slug), wentOut));
  return row ?? null;
}

export type ArchiveIssue = NonNullable<Awaited<ReturnType<typeof getSentIssue>>>;

/** Every newsletter's issues that went out, for the sitemap and for prerendering. */
export async function listAllSentIssues() {
  const db = await getDb();
  return db
    .select({ newsletter: newsletters.slug, slug: newsletterIssues.slug, sentAt: issueDate })
    .from(newsletterIssues)
    .innerJoin(newsletters, eq(newsletters.id, newsletterIssues.newsletterId))
    .where(wentOut)
    .orderBy(desc(issueDate));
}
