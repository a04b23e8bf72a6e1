import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { computeRecipients, createIssueFromArticle } from '@/db/queries/newsletter-sends';
import { articles, newsletterDeliveries, newsletterSubscriptions, newsletters, users } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { seed } from '@/lib/content/seed';
import { unsubscribeToken } from '@/lib/newsletters/unsubscribe-token';
import { GET, POST } from './route';

describe.each(testDatabaseKinds)('one-click unsubscribe (RFC 8058) on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let userId: string;
  let weeklyId: number;

  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seed(conn.db);
    useConnection(conn);
    const [weekly] = await conn.db.select().from(newsletters).where(eq(newsletters.slug, 'ridgeline-weekly'));
    weeklyId = weekly!.id;
    const [user] = await conn.db.insert(users).values({ email: 'one-click@example.org' }).returning();
    userId = user!.id;
    await conn.db
      .insert(newsletterSubscriptions)
      .values({ userId, newsletterId: weeklyId, status: 'subscribed', confirmedAt: new Date() });
  });
  afterAll(() => conn?.dispose());

  const post = (token: string, body = 'List-Unsubscribe=One-Click') =>
    POST(
      new Request(`http://localhost/unsubscribe/${token}/one-click`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }),
      { params: Promise.resolve({ token }) },
    );

  it('refuses a made-up token and a body that is not the RFC’s', async () => {
    const token = unsubscribeToken({ userId, newsletterId: weeklyId });
    expect((await post(`${weeklyId}.${userId}.${'A'.repeat(32)}`)).status).toBe(404);
    expect((await post(token, 'hello')).status).toBe(400);
    const [row] = await conn.db
      .select()
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.userId, userId));
    expect(row!.status).toBe('subscribed');
  });

  it('unsubscribes with no session, and the next send leaves the address out', async () => {
    const response = await post(unsubscribeToken({ userId, newsletterId: weeklyId }));
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    const [row] = await conn.db
      .select()
      .from(newsletterSubscriptions)
      .where(eq(newsletterSubscriptions.userId, userId));
    expect(row!.status).toBe('unsubscribed');
    const [story] = await conn.db
      .insert(articles)
      .values({ slug: 'after-one-click', headline: 'After', body: { type: 'doc', content: [] } })
      .returning();
    const { issue } = await createIssueFromArticle({ articleId: story!.id, newsletterId: weeklyId });
    await computeRecipients({ issueId: issue.id });
    const deliveries = await conn.db
      .select()
      .from(newsletterDeliveries)
      .where(and(eq(newsletterDeliveries.issueId, issue.id), eq(newsletterDeliveries.userId, userId)));
    expect(deliveries).toHaveLength(0);
  });

  it('sends a browser that opens the address to the page with the buttons', async () => {
    const token = unsubscribeToken({ userId, newsletterId: weeklyId });
    const response = await GET(new Request('http://localhost/'), { params: Promise.resolve({ token }) });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(new RegExp(`/unsubscribe/${token.replace(/\./g, '\\.')}$`));
  });

  it('answers a Russian newsletter’s address, in the Russian edition, in Russian', async () => {
    const [nedelya] = await conn.db.select().from(newsletters).where(eq(newsletters.slug, 'nedelya-na-kavkaze'));
    const token = unsubscribeToken({ userId, newsletterId: nedelya!.id });
    await conn.db
      .insert(newsletterSubscriptions)
      .values({ userId, newsletterId: nedelya!.id, status: 'subscribed', confirmedAt: new Date() });
    const response = await POST(
      new Request(`http://localhost/ru/unsubscribe/${token}/one-click`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
      { params: Promise.resolve({ token, edition: 'ru' }) },
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('Подписка на рассылку «Неделя на Кавказе» отменена.');
    const [row] = await conn.db
      .select()
      .from(newsletterSubscriptions)
      .where(and(eq(newsletterSubscriptions.userId, userId), eq(newsletterSubscriptions.newsletterId, nedelya!.id)));
    expect(row!.status).toBe('unsubscribed');
    const page = await GET(new Request('http://localhost/'), { params: Promise.resolve({ token, edition: 'ru' }) });
    expect(page.headers.get('location')).toMatch(new RegExp(`/ru/unsubscribe/${token.replace(/\./g, '\\.')}$`));
  });
});
