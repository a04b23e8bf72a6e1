import 'server-only';
import { and, asc, eq, ne } from 'drizzle-orm';
import { getDb } from '@/db';
import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { articles, newsletterSubscriptions, newsletters, type Newsletter } from '@/db/schema';
import type { NewsletterSchedule, SubscriptionStatus } from '@/domain/newsletters/newsletters';

/** The newsroom's newsletters, as readers see them listed: members' ones after the free ones. */
export async function listNewsletters(): Promise<(Newsletter & { schedule: NewsletterSchedule | null })[]> {
  const db = await getDb();
  const rows = await db.select().from(newsletters).orderBy(asc(newsletters.audience), asc(newsletters.name));
  return rows.map((row) => ({
    ...row,
    schedule: row.scheduleTime && row.scheduleDays.length ? { days: row.scheduleDays, time: row.scheduleTime } : null,
  }));
}

/** The reader's subscriptions, by newsletter id. */
export async function subscriptionsOf({ userId }: { userId: string }): Promise<Map<number, SubscriptionStatus>> {
  const db = await getDb();
  const rows = await db
    .select({ newsletterId: newsletterSubscriptions.newsletterId, status: newsletterSubscriptions.status })
    .from(newsletterSubscriptions)
    .where(eq(newsletterSubscriptions.userId, userId));
  return new Map(rows.map((row) => [row.newsletterId, row.status]));
}

/**
 * A signed-in reader switches a newsletter on or off. Signing in proved the address, so this
 * needs no emailed confirmation; an unsubscription is kept (not deleted) so that nothing
 * automatic subscribes them again.
 */
export async function setSubscription({
  userId,
  newsletterId,
  subscribed,
  now = new Date(),
}: {
  userId: string;
  newsletterId: number;
  subscribed: boolean;
  now?: Date;
}): Promise<void> {
  const db = await getDb();
  const values = subscribed
    ? { status: 'subscribed' as const, confirmedAt: now, unsubscribedAt: null, updatedAt: now }
    : { status: 'unsubscribed' as const, unsubscribedAt: now, updatedAt: now };
  await db
    .insert(newsletterSubscriptions)
    .values({ userId, newsletterId, ...values })
    .onConflictDoUpdate({
      target: [newsletterSubscriptions.userId, newsletterSubscriptions.newsletterId],
      set: values,
    });
}

export async function getNewsletterById({ id }: { id: number }): Promise<Newsletter | null> {
  const db = await getDb();
  const [row] = await db.select().from(newsletters).where(eq(newsletters.id, id));
  return row ?? null;
}

/**
 * A new member gets the newsletters that come with membership in their language, unless they
 * switched one off before (their "unsubscribed" row stays); when their edition has none of its
 * own, the default edition's, since those are part of what membership gives. Safe to run again.
 * Returns the names of those they now receive, for the welcome mail.
 */
export async function subscribeNewMember({
  userId,
  locale = DEFAULT_LOCALE,
  now = new Date(),
}: {
  userId: string;
  locale?: Locale;
  now?: Date;
}) {
  const db = await getDb();
  const offered = await db.select().from(newsletters).where(eq(newsletters.autoSubscribeMembers, true));
  const inTheirs = offered.filter((n) => n.language === locale);
  const automatic = inTheirs.length ? inTheirs : offered.filter((n) => n.language === DEFAULT_LOCALE);
  if (!automatic.length) return [];
  await db
    .insert(newsletterSubscriptions)
    .values(automatic.map((n) => ({ userId, newsletterId: n.id, status: 'subscribed' as const, confirmedAt: now })))
    .onConflictDoNothing();
  const mine = await subscriptionsOf({ userId });
  return automatic.filter((n) => mine.get(n.id) === 'subscribed').map((n) => n.name);
}

/** An article and a newsletter, for "send a test to me" (the story as it stands, not yet an issue). */
export async function getArticleForEmail({ articleId, newsletterId }: { articleId: number; newsletterId: number }) {
  const db = await getDb();
  const [article, newsletter] = await Promise.all([
    db.query.articles.findFirst({ where: eq(articles.id, articleId) }),
    db.query.newsletters.findFirst({ where: eq(newsletters.id, newsletterId) }),
  ]);
  return article && newsletter ? { article, newsletter } : null;
}

/** "Unsubscribe from all": every newsletter the reader receives is switched off (kept as their choice). */
export async function unsubscribeFromAll({ userId, now = new Date() }: { userId: string; now?: Date }) {
  const db = await getDb();
  await db
    .update(newsletterSubscriptions)
    .set({ status: 'unsubscribed', unsubscribedAt: now, updatedAt: now })
    .where(and(eq(newsletterSubscriptions.userId, userId), ne(newsletterSubscriptions.status, 'unsubscribed')));
}
