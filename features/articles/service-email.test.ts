import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db';
import { useConnection } from '@/db';
import {
  articles,
  complimentaryGrants,
  jobs,
  newsletterIssues,
  newsletters,
  newsletterSubscriptions,
  users,
} from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import type { ArticleSnapshot } from '@/domain/articles/snapshot';
import { seed } from '@/lib/content/seed';

/**
 * The send engine (lib/newsletters/sending.ts) is tested on its own; here it is replaced by one
 * that writes the issue row the way it does, in the transaction it is handed, so that what the
 * editor's save does around it (once, in the publish's transaction, then locked) is what is pinned.
 */
const startIssueSend = vi.fn(
  async ({ db, articleId, newsletterId }: { db?: Database; articleId: number; newsletterId: number }) => {
    if (!db) throw new Error('startIssueSend must be called inside the publish’s transaction');
    const [article] = await db.select().from(articles).where(eq(articles.id, articleId));
    const [issue] = await db
      .insert(newsletterIssues)
      .values({
        newsletterId,
        articleId,
        slug: article!.slug,
        subject: article!.headline,
        body: article!.body,
        sendStatus: 'sending',
        sentAt: new Date(),
      })
      .returning();
    return { issueId: issue!.id, created: true };
  },
);
vi.mock('@/lib/newsletters/sending', () => ({
  startIssueSend,
  queueTestSend: vi.fn(),
  NEWSLETTER_SEND_JOB: 'newsletter-send',
  NEWSLETTER_TEST_JOB: 'newsletter-test',
  runIssueSend: vi.fn(async () => ({ tags: [] })),
  runTestSend: vi.fn(),
}));

const { writeArticle } = await import('./service');
const { countNewsletterRecipients, createDraftArticle, getArticleForEdit, listArticlesForAdmin } =
  await import('@/db/queries/admin-articles');
const { getPublishedArticle, listArticlesForSitemap, listLatestArticles, listPublishedSlugs, findRenamedArticleSlug } =
  await import('@/db/queries/articles');
const { searchArticles } = await import('@/db/queries/search');
const { listSections } = await import('@/db/queries/taxonomy');
const { runDueJobs } = await import('@/lib/jobs/runner');

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });

describe.each(testDatabaseKinds)('emailing stories from the editor on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let editorId: string;
  let weekly: { id: number; name: string };
  let brief: { id: number; name: string };
  let ready: (
    headline: string,
    over?: Partial<ArticleSnapshot>,
  ) => Promise<{ id: number; version: number; snapshot: ArticleSnapshot }>;

  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seed(conn.db);
    useConnection(conn);
    const [editor] = await conn.db.insert(users).values({ email: 'issues@example.org', role: 'editor' }).returning();
    editorId = editor!.id;
    const all = await conn.db.select().from(newsletters);
    weekly = all.find((n) => n.audience === 'everyone')!;
    brief = all.find((n) => n.audience === 'members')!;
    const [news] = await listSections();
    const authorIds = (await conn.db.query.authors.findMany()).slice(0, 1).map((a) => a.id);
    ready = async (headline, over = {}) => {
      const id = await createDraftArticle({ userId: editorId });
      const article = await getArticleForEdit({ id });
      return {
        id,
        version: article!.version,
        snapshot: {
          ...article!.snapshot,
          headline,
          standfirst: 'What the issue is about.',
          sectionId: news!.id,
          authorIds,
          body: { type: 'doc', content: [paragraph('A canary sentence for the archive.')] },
          ...over,
        },
      };
    };
  });
  afterAll(() => conn?.dispose());
  // A block, not an arrow's value: a function returned from beforeEach is run as its cleanup.
  beforeEach(() => {
    startIssueSend.mockClear();
  });

  it('saves the newsletter and the email-only choice with the story, and keeps them in its revisions', async () => {
    const a = await ready('Saved with its newsletter');
    const saved = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, newsletterId: weekly.id, emailOnly: true },
      userId: editorId,
      transition: { kind: 'save' },
    });
    expect(saved).toMatchObject({ ok: true, issue: null, emailedNow: false });
    expect((await getArticleForEdit({ id: a.id }))?.snapshot).toMatchObject({
      newsletterId: weekly.id,
      emailOnly: true,
    });
    expect(startIssueSend).not.toHaveBeenCalled();
  });

  it('publishes and emails a story once, in the same transaction, then keeps its newsletter as a record', async () => {
    const a = await ready('Published and emailed');
    const published = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, newsletterId: weekly.id },
      userId: editorId,
      transition: { kind: 'publish' },
    });
    if (!published.ok) throw new Error(JSON.stringify(published));
    expect(startIssueSend).toHaveBeenCalledTimes(1);
    expect(startIssueSend).toHaveBeenCalledWith(expect.objectContaining({ articleId: a.id, newsletterId: weekly.id }));
    expect(published).toMatchObject({
      status: 'published',
      emailedNow: true,
      issue: { newsletterId: weekly.id, newsletterName: weekly.name },
    });
    // A story emailed at publication is on the site as usual.
    expect(await getPublishedArticle({ slug: published.slug })).not.toBeNull();

    // Unpublished and published again: the same story, not a second email.
    const back = await writeArticle({
      id: a.id,
      baseVersion: published.version,
      snapshot: { ...a.snapshot, slug: published.slug, newsletterId: weekly.id },
      userId: editorId,
      transition: { kind: 'unpublish' },
    });
    if (!back.ok) throw new Error(JSON.stringify(back));
    const again = await writeArticle({
      id: a.id,
      baseVersion: back.version,
      snapshot: { ...a.snapshot, slug: published.slug, newsletterId: weekly.id },
      userId: editorId,
      transition: { kind: 'publish' },
    });
    expect(again).toMatchObject({ ok: true, emailedNow: false, issue: { id: published.issue!.id } });
    expect(startIssueSend).toHaveBeenCalledTimes(1);

    // The newsletter it went to cannot be changed afterwards.
    if (!again.ok) throw new Error('publish failed');
    const changed = await writeArticle({
      id: a.id,
      baseVersion: again.version,
      snapshot: { ...a.snapshot, slug: published.slug, newsletterId: brief.id },
      userId: editorId,
      transition: { kind: 'save' },
    });
    expect(changed).toMatchObject({ ok: false, reason: 'invalid', problems: [{ field: 'newsletterId' }] });
  });

  it('sends nothing when the publish is refused, and nothing for a story with no newsletter', async () => {
    const a = await ready('Not ready to go', { authorIds: [], newsletterId: weekly.id });
    const refused = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: a.snapshot,
      userId: editorId,
      transition: { kind: 'publish' },
    });
    expect(refused).toMatchObject({ ok: true, status: 'draft', emailedNow: false });
    const b = await ready('Not emailed at all');
    const plain = await writeArticle({
      id: b.id,
      baseVersion: b.version,
      snapshot: b.snapshot,
      userId: editorId,
      transition: { kind: 'publish' },
    });
    expect(plain).toMatchObject({ ok: true, status: 'published', issue: null });
    expect(startIssueSend).not.toHaveBeenCalled();
  });

  it('lets nobody email a story that is already live without one', async () => {
    const a = await ready('Live without an email');
    const published = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: a.snapshot,
      userId: editorId,
      transition: { kind: 'publish' },
    });
    if (!published.ok) throw new Error('publish failed');
    const later = await writeArticle({
      id: a.id,
      baseVersion: published.version,
      snapshot: { ...a.snapshot, slug: published.slug, emailOnly: true, newsletterId: weekly.id },
      userId: editorId,
      transition: { kind: 'save' },
    });
    expect(later).toMatchObject({ ok: false, reason: 'invalid', problems: [{ field: 'newsletterId' }] });
    expect(startIssueSend).not.toHaveBeenCalled();
  });

  it('sends an email-only issue without a section or byline, and never shows it on the site', async () => {
    const a = await ready('Weekly letter from the Lesser Caucasus', {
      sectionId: null,
      authorIds: [],
      emailOnly: true,
      newsletterId: null,
      body: { type: 'doc', content: [paragraph('Glaciers retreating above Lagodekhi this week.')] },
    });
    const withoutNewsletter = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: a.snapshot,
      userId: editorId,
      transition: { kind: 'publish' },
    });
    if (!withoutNewsletter.ok) throw new Error(JSON.stringify(withoutNewsletter));
    expect(withoutNewsletter.stillNeeds.map((p) => p.field)).toEqual(['newsletterId']);
    expect(startIssueSend).not.toHaveBeenCalled();

    const sent = await writeArticle({
      id: a.id,
      baseVersion: withoutNewsletter.version,
      snapshot: { ...a.snapshot, newsletterId: weekly.id },
      userId: editorId,
      transition: { kind: 'publish' },
    });
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    expect(sent).toMatchObject({ status: 'published', emailedNow: true, emailOnly: true });
    expect(startIssueSend).toHaveBeenCalledTimes(1);

    // 'published' (it went out), but not public anywhere readers or crawlers look.
    expect(await getPublishedArticle({ slug: sent.slug })).toBeNull();
    expect((await listLatestArticles({ limit: 100 })).map((c) => c.slug)).not.toContain(sent.slug);
    expect((await listArticlesForSitemap()).map((r) => r.slug)).not.toContain(sent.slug);
    expect(await listPublishedSlugs()).not.toContain(sent.slug);
    for (const mayReadMembersText of [true, false]) {
      const found = await searchArticles({ query: 'Lagodekhi glaciers', page: 1, mayReadMembersText });
      expect(found.hits.map((h) => h.slug)).not.toContain(sent.slug);
      expect(found.total).toBe(0);
    }
    // The admin list still has it, marked.
    const listed = await listArticlesForAdmin({ q: 'Lesser Caucasus' });
    expect(listed.items).toMatchObject([{ id: a.id, status: 'published', emailOnly: true }]);

    // Sent is sent: no second send, no unpublishing, no other newsletter.
    for (const transition of [{ kind: 'unpublish' }, { kind: 'publish' }] as const) {
      const refused = await writeArticle({
        id: a.id,
        baseVersion: sent.version,
        snapshot: { ...a.snapshot, slug: sent.slug, newsletterId: weekly.id },
        userId: editorId,
        transition,
      });
      expect(refused).toMatchObject({ ok: false, reason: 'invalid', problems: [{ field: 'emailOnly' }] });
    }
    expect(startIssueSend).toHaveBeenCalledTimes(1);
  });

  it('a search finds a story until it is made email-only, and not after', async () => {
    const a = await ready('Beekeepers of Racha', {
      body: { type: 'doc', content: [paragraph('Chestnut honey from the Racha highlands.')] },
    });
    const published = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: a.snapshot,
      userId: editorId,
      transition: { kind: 'publish' },
    });
    if (!published.ok) throw new Error('publish failed');
    const search = () => searchArticles({ query: 'chestnut honey Racha', page: 1, mayReadMembersText: true });
    expect((await search()).hits.map((h) => h.slug)).toEqual([published.slug]);
    // As if an email-only issue: the same row, flagged.
    await conn.db.update(articles).set({ emailOnly: true }).where(eq(articles.id, a.id));
    expect((await search()).hits).toEqual([]);
    expect(await getPublishedArticle({ slug: published.slug })).toBeNull();
    expect(await findRenamedArticleSlug({ slug: published.slug })).toBeNull();
  });

  it('emails a scheduled story once, when its time comes, in the job that publishes it', async () => {
    const a = await ready('Scheduled and emailed');
    const scheduled = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, newsletterId: weekly.id },
      userId: editorId,
      transition: { kind: 'schedule', at: new Date(Date.now() + 3600_000) },
    });
    if (!scheduled.ok) throw new Error(JSON.stringify(scheduled));
    expect(startIssueSend).not.toHaveBeenCalled();
    // Time passes.
    const past = new Date(Date.now() - 1000);
    await conn.db.update(articles).set({ publishedAt: past }).where(eq(articles.id, a.id));
    await conn.db
      .update(jobs)
      .set({ runAt: past })
      .where(eq(jobs.key, `publish:article:${a.id}`));
    await runDueJobs();
    expect(startIssueSend).toHaveBeenCalledTimes(1);
    expect(startIssueSend).toHaveBeenCalledWith(expect.objectContaining({ articleId: a.id, newsletterId: weekly.id }));
    expect((await getArticleForEdit({ id: a.id }))?.status).toBe('published');
    const issues = await conn.db.select().from(newsletterIssues).where(eq(newsletterIssues.articleId, a.id));
    expect(issues).toHaveLength(1);
    // The job running again (a retry) publishes nothing and sends nothing.
    await conn.db
      .update(jobs)
      .set({ runAt: past, doneAt: null })
      .where(eq(jobs.key, `publish:article:${a.id}`));
    await runDueJobs();
    expect(startIssueSend).toHaveBeenCalledTimes(1);
  });

  it('publishes a scheduled story even if it was emailed already, without a second email', async () => {
    const a = await ready('Emailed before its schedule');
    const scheduled = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, newsletterId: weekly.id },
      userId: editorId,
      transition: { kind: 'schedule', at: new Date(Date.now() + 3600_000) },
    });
    if (!scheduled.ok) throw new Error(JSON.stringify(scheduled));
    await conn.db
      .insert(newsletterIssues)
      .values({ newsletterId: weekly.id, articleId: a.id, slug: scheduled.slug, subject: 'x', body: a.snapshot.body });
    const past = new Date(Date.now() - 1000);
    await conn.db.update(articles).set({ publishedAt: past }).where(eq(articles.id, a.id));
    await conn.db
      .update(jobs)
      .set({ runAt: past })
      .where(eq(jobs.key, `publish:article:${a.id}`));
    await runDueJobs();
    expect((await getArticleForEdit({ id: a.id }))?.status).toBe('published');
    expect(startIssueSend).not.toHaveBeenCalled();
  });

  it('counts who an issue would reach: subscribed readers, and for the members’ brief, members only', async () => {
    const before = await countNewsletterRecipients();
    const [free, member, gone] = await conn.db
      .insert(users)
      .values([{ email: 'free-sub@example.org' }, { email: 'member-sub@example.org' }, { email: 'gone@example.org' }])
      .returning();
    await conn.db.insert(newsletterSubscriptions).values([
      { userId: free!.id, newsletterId: weekly.id, status: 'subscribed' },
      { userId: free!.id, newsletterId: brief.id, status: 'subscribed' },
      { userId: member!.id, newsletterId: brief.id, status: 'subscribed' },
      { userId: gone!.id, newsletterId: weekly.id, status: 'unsubscribed' },
    ]);
    await conn.db.insert(complimentaryGrants).values({
      userId: member!.id,
      endsAt: new Date(Date.now() + 30 * 86_400_000),
      reason: 'Test',
    });
    const after = await countNewsletterRecipients();
    expect((after.get(weekly.id) ?? 0) - (before.get(weekly.id) ?? 0)).toBe(1);
    expect((after.get(brief.id) ?? 0) - (before.get(brief.id) ?? 0)).toBe(1);
  });
});
