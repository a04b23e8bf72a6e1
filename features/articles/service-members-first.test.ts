import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { articleRevisions, articles, jobs, users } from '@/db/schema';
import { seed } from '@/lib/content/seed';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import type { ArticleSnapshot } from '@/domain/articles/snapshot';
import { runDueJobs } from '@/lib/jobs/runner';
import { createDraftArticle, getArticleForEdit, openDueArticle } from '@/db/queries/admin-articles';
import { getPublishedArticle } from '@/db/queries/articles';
import { searchArticles } from '@/db/queries/search';
import { listSections } from '@/db/queries/taxonomy';
import { writeArticle } from './service';

const HOUR = 3_600_000;
const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });

describe.each(testDatabaseKinds)('members-first stories on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let editorId: string;
  let ready: (headline: string) => Promise<{ id: number; version: number; snapshot: ArticleSnapshot }>;

  const write = (args: Omit<Parameters<typeof writeArticle>[0], 'userId'>) =>
    writeArticle({ ...args, userId: editorId });
  const row = async (id: number) => (await conn.db.select().from(articles).where(eq(articles.id, id)))[0]!;
  const pendingOpenJobs = (id: number) =>
    conn.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.key, `open:article:${id}`), isNull(jobs.doneAt)));

  /** A members-first story published two hours ago that opened to everyone an hour ago: its job is due. */
  async function publishedDue(headline: string) {
    const a = await ready(headline);
    const now = new Date(Date.now() - 2 * HOUR);
    const outcome = await write({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, access: 'members', opensToAll: { at: new Date(Date.now() - HOUR).toISOString() } },
      transition: { kind: 'publish' },
      now,
    });
    if (!outcome.ok) throw new Error(`publish failed: ${JSON.stringify(outcome)}`);
    return { ...a, version: outcome.version, slug: outcome.slug };
  }

  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seed(conn.db);
    useConnection(conn);
    const [editor] = await conn.db.insert(users).values({ email: 'early@example.org', role: 'editor' }).returning();
    editorId = editor!.id;
    const [news] = await listSections();
    const authorIds = (await conn.db.query.authors.findMany()).slice(0, 1).map((a) => a.id);
    ready = async (headline) => {
      const id = await createDraftArticle({ userId: editorId });
      const article = await getArticleForEdit({ id });
      return {
        id,
        version: article!.version,
        snapshot: {
          ...article!.snapshot,
          headline,
          standfirst: 'What happened.',
          sectionId: news!.id,
          authorIds,
          body: { type: 'doc', content: [paragraph('First paragraph.'), paragraph('Second paragraph.')] },
        },
      };
    };
  });
  afterAll(() => conn?.dispose());

  it('keeps a draft’s delay across saves and turns it into a time when published, with one job then', async () => {
    const a = await ready('Members first: the pipeline deal');
    const saved = await write({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, access: 'members', opensToAll: { afterHours: 72 } },
      transition: { kind: 'save' },
    });
    if (!saved.ok) throw new Error('save failed');
    expect((await getArticleForEdit({ id: a.id }))?.snapshot).toMatchObject({
      access: 'members',
      opensToAll: { afterHours: 72 },
    });
    expect(await pendingOpenJobs(a.id)).toHaveLength(0);

    const published = await write({
      id: a.id,
      baseVersion: saved.version,
      snapshot: { ...a.snapshot, access: 'members', opensToAll: { afterHours: 72 } },
      transition: { kind: 'publish' },
    });
    if (!published.ok) throw new Error('publish failed');
    const stored = await row(a.id);
    expect(stored.access).toBe('members');
    expect(stored.opensToAllAt?.getTime()).toBe(stored.publishedAt!.getTime() + 72 * HOUR);
    const pending = await pendingOpenJobs(a.id);
    expect(pending.map((j) => [j.kind, j.runAt.getTime()])).toEqual([['open-article', stored.opensToAllAt!.getTime()]]);
    // The editor reads it back as the delay chosen, and the revision keeps it so.
    expect((await getArticleForEdit({ id: a.id }))?.snapshot.opensToAll).toEqual({ afterHours: 72 });
    const [revision] = await conn.db.select().from(articleRevisions).where(eq(articleRevisions.articleId, a.id));
    expect(revision?.snapshot).toMatchObject({ opensToAll: { afterHours: 72 } });
    // Not due: the job runner leaves it locked. Search marks it as members first.
    await runDueJobs();
    expect((await row(a.id)).access).toBe('members');
    const found = await searchArticles({ query: 'pipeline deal', page: 1, mayReadMembersText: false });
    expect(found.hits.find((h) => h.slug === published.slug)).toMatchObject({ access: 'members', membersFirst: true });

    // Moving the time moves the one job.
    const moved = await write({
      id: a.id,
      baseVersion: published.version,
      snapshot: { ...a.snapshot, access: 'members', opensToAll: { afterHours: 24 } },
      transition: { kind: 'save' },
    });
    expect(moved.ok).toBe(true);
    const after = await pendingOpenJobs(a.id);
    expect(after.map((j) => j.runAt.getTime())).toEqual([stored.publishedAt!.getTime() + 24 * HOUR]);
  });

  it('opens the story to everyone once when its time comes, and a second run changes nothing', async () => {
    const a = await publishedDue('Members first: the border talks');
    expect((await getPublishedArticle({ slug: a.slug }))?.access).toBe('members');
    const run = await runDueJobs();
    expect(run.effects.flatMap((e) => e.articleSlugs)).toContain(a.slug);
    const opened = await row(a.id);
    expect(opened).toMatchObject({ access: 'public', opensToAllAt: null, version: a.version + 1 });
    expect((await getPublishedArticle({ slug: a.slug }))?.access).toBe('public');
    const revisions = await conn.db.select().from(articleRevisions).where(eq(articleRevisions.articleId, a.id));
    expect(revisions.map((r) => r.event).sort()).toEqual(['publish', 'save']);

    expect(await openDueArticle({ articleId: a.id })).toBeNull();
    expect((await row(a.id)).version).toBe(opened.version);
    expect(await pendingOpenJobs(a.id)).toHaveLength(0);
    expect((await runDueJobs()).effects.flatMap((e) => e.articleSlugs)).not.toContain(a.slug);
  });

  it('restores an earlier version’s words without locking a story that has opened', async () => {
    const a = await publishedDue('Members first: restored');
    const [publishRevision] = await conn.db.select().from(articleRevisions).where(eq(articleRevisions.articleId, a.id));
    await runDueJobs();
    const opened = await row(a.id);
    expect(opened.access).toBe('public');
    const restored = await write({
      id: a.id,
      baseVersion: opened.version,
      snapshot: (await getArticleForEdit({ id: a.id }))!.snapshot,
      transition: { kind: 'restore', revisionId: publishRevision!.id },
    });
    expect(restored.ok).toBe(true);
    expect(await row(a.id)).toMatchObject({ access: 'public', opensToAllAt: null });
    expect(await pendingOpenJobs(a.id)).toHaveLength(0);
  });

  it('does not open a story that was unpublished before its time, and drops its job', async () => {
    const a = await publishedDue('Members first: withdrawn');
    const back = await write({
      id: a.id,
      baseVersion: a.version,
      snapshot: (await getArticleForEdit({ id: a.id }))!.snapshot,
      transition: { kind: 'unpublish' },
    });
    expect(back).toMatchObject({ ok: true, status: 'draft' });
    expect(await pendingOpenJobs(a.id)).toHaveLength(0);
    // A job that still ran (another worker had claimed it) finds nothing to open.
    expect(await openDueArticle({ articleId: a.id })).toBeNull();
    expect((await row(a.id)).access).toBe('members');
  });

  it.each([
    ['members only', 'members' as const],
    ['public', 'public' as const],
  ])('does nothing when the story was made %s meanwhile', async (_label, access) => {
    const a = await publishedDue(`Members first: changed to ${access}`);
    const changed = await write({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...(await getArticleForEdit({ id: a.id }))!.snapshot, access, opensToAll: null },
      transition: { kind: 'save' },
    });
    if (!changed.ok) throw new Error(`save failed: ${JSON.stringify(changed)}`);
    expect(await pendingOpenJobs(a.id)).toHaveLength(0);
    expect(await openDueArticle({ articleId: a.id })).toBeNull();
    expect(await row(a.id)).toMatchObject({ access, opensToAllAt: null, version: changed.version });
  });

  it('leaves a story locked when a stale job runs before its (moved) time', async () => {
    const a = await ready('Members first: moved later');
    const published = await write({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, access: 'members', opensToAll: { afterHours: 168 } },
      transition: { kind: 'publish' },
    });
    if (!published.ok) throw new Error('publish failed');
    await conn.db.insert(jobs).values({ kind: 'open-article', payload: { articleId: a.id }, runAt: new Date() });
    await runDueJobs();
    expect((await row(a.id)).access).toBe('members');
  });

  it('refuses a time that has passed, keeping a draft as a draft with the reason', async () => {
    const a = await ready('Members first: too late');
    const outcome = await write({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, access: 'members', opensToAll: { at: new Date(Date.now() - HOUR).toISOString() } },
      transition: { kind: 'publish' },
    });
    expect(outcome).toMatchObject({ ok: true, status: 'draft', stillNeeds: [{ field: 'opensToAll' }] });
    expect(await pendingOpenJobs(a.id)).toHaveLength(0);
  });
});
