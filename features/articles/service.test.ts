import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { articleRevisions, articles, jobs, users } from '@/db/schema';
import { seed } from '@/lib/content/seed';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import type { ArticleSnapshot } from '@/domain/articles/snapshot';
import { jobsMayBeDue } from '@/lib/jobs/due-hint';
import { runDueJobs } from '@/lib/jobs/runner';
import {
  createDraftArticle,
  getArticleForEdit,
  listArticlesForAdmin,
  listRevisions,
} from '@/db/queries/admin-articles';
import { findRenamedArticleSlug, getPublishedArticle } from '@/db/queries/articles';
import { listSections } from '@/db/queries/taxonomy';
import { writeArticle } from './service';

const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });

describe.each(testDatabaseKinds)('writing articles on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let editorId: string;
  let otherId: string;
  let ready: (headline: string) => Promise<{ id: number; version: number; snapshot: ArticleSnapshot }>;

  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seed(conn.db);
    useConnection(conn);
    const [editor] = await conn.db.insert(users).values({ email: 'desk@example.org', role: 'editor' }).returning();
    const [other] = await conn.db
      .insert(users)
      .values({ email: 'night@example.org', role: 'editor', name: 'Night Desk' })
      .returning();
    editorId = editor!.id;
    otherId = other!.id;
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
          body: { type: 'doc', content: [paragraph('First paragraph.')] },
        },
      };
    };
  });
  afterAll(() => conn?.dispose());

  it('saves a draft, derives its address from the headline and keeps it unique', async () => {
    const a = await ready('Talks resume in Yerevan');
    const first = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, slug: '' },
      userId: editorId,
      transition: { kind: 'save' },
    });
    expect(first).toMatchObject({ ok: true, slug: 'talks-resume-in-yerevan', status: 'draft', version: a.version + 1 });
    const b = await ready('Talks resume in Yerevan');
    const second = await writeArticle({
      id: b.id,
      baseVersion: b.version,
      snapshot: { ...b.snapshot, slug: '' },
      userId: editorId,
      transition: { kind: 'save' },
    });
    expect(second).toMatchObject({ ok: true, slug: 'talks-resume-in-yerevan-2' });
    const typed = await writeArticle({
      id: b.id,
      baseVersion: b.version + 1,
      snapshot: { ...b.snapshot, slug: 'talks-resume-in-yerevan' },
      userId: editorId,
      transition: { kind: 'save' },
    });
    expect(typed).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a save that started from an older version, and says what differs', async () => {
    const a = await ready('Night shift at the border');
    const mine = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: a.snapshot,
      userId: editorId,
      transition: { kind: 'save' },
    });
    expect(mine.ok).toBe(true);
    const theirs = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, headline: 'Their headline' },
      userId: otherId,
      transition: { kind: 'save' },
    });
    expect(theirs.ok).toBe(false);
    if (theirs.ok || theirs.reason !== 'conflict') throw new Error('expected a conflict');
    expect(theirs.theirs.snapshot.headline).toBe('Night shift at the border');
    expect(theirs.theirs.editedBy).toBe('desk@example.org');
    expect(theirs.changes.map((c) => c.label)).toEqual(['Headline']);
    const stored = await getArticleForEdit({ id: a.id });
    expect(stored?.snapshot.headline).toBe('Night shift at the border');
  });

  it('will not publish a draft without the essentials, including alt text on images, but saves it as a draft', async () => {
    const a = await ready('');
    const body = {
      type: 'doc' as const,
      content: [{ type: 'image' as const, attrs: { src: '/images/x.jpg', alt: '' } }],
    };
    const outcome = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, standfirst: 'Typed just before Publish now.', authorIds: [], body },
      userId: editorId,
      transition: { kind: 'publish' },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome).toMatchObject({ status: 'draft', version: a.version + 1, publishedAt: null });
    expect(outcome.stillNeeds.map((p) => p.field).sort()).toEqual(['authorIds', 'body', 'headline', 'slug']);
    const stored = await getArticleForEdit({ id: a.id });
    expect(stored).toMatchObject({ status: 'draft', version: a.version + 1 });
    expect(stored?.snapshot.standfirst).toBe('Typed just before Publish now.');
    expect(await listRevisions({ articleId: a.id })).toHaveLength(0);
  });

  it('saves a draft whose schedule is refused as a draft, with no job queued', async () => {
    const a = await ready('Scheduled without a byline');
    const outcome = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, authorIds: [] },
      userId: editorId,
      transition: { kind: 'schedule', at: new Date(Date.now() + 3600_000) },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome));
    expect(outcome).toMatchObject({ status: 'draft', publishedAt: null });
    expect(outcome.stillNeeds.map((p) => p.field)).toEqual(['authorIds']);
    expect(
      await conn.db
        .select()
        .from(jobs)
        .where(eq(jobs.key, `publish:article:${a.id}`)),
    ).toHaveLength(0);
  });

  it('still refuses a publish from an older version, even one that would only be saved as a draft', async () => {
    const a = await ready('Two desks, one draft');
    const theirs = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, standfirst: 'Theirs.' },
      userId: otherId,
      transition: { kind: 'save' },
    });
    expect(theirs.ok).toBe(true);
    const mine = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, standfirst: 'Mine.', sectionId: null },
      userId: editorId,
      transition: { kind: 'publish' },
    });
    expect(mine).toMatchObject({ ok: false, reason: 'conflict' });
    expect((await getArticleForEdit({ id: a.id }))?.snapshot.standfirst).toBe('Theirs.');
  });

  it('leaves a live story as readers have it when an update lacks the essentials', async () => {
    const a = await ready('Live and complete');
    const published = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: a.snapshot,
      userId: editorId,
      transition: { kind: 'publish' },
    });
    if (!published.ok) throw new Error(JSON.stringify(published));
    const update = await writeArticle({
      id: a.id,
      baseVersion: published.version,
      snapshot: { ...a.snapshot, headline: 'Live and broken', sectionId: null },
      userId: editorId,
      transition: { kind: 'save' },
    });
    if (update.ok || update.reason !== 'invalid') throw new Error('expected refusal');
    expect(update.problems.map((p) => p.field)).toEqual(['sectionId']);
    const stored = await getArticleForEdit({ id: a.id });
    expect(stored).toMatchObject({ status: 'published', version: published.version });
    expect(stored?.snapshot.headline).toBe('Live and complete');
    expect((await getPublishedArticle({ slug: published.slug }))?.headline).toBe('Live and complete');
  });

  it('publishes, keeps a revision of every save of a live story, and redirects a renamed one', async () => {
    const a = await ready('Ferry to Baku returns');
    const published = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: { ...a.snapshot, slug: 'ferry-to-baku' },
      userId: editorId,
      transition: { kind: 'publish' },
    });
    if (!published.ok) throw new Error(JSON.stringify(published));
    expect(await getPublishedArticle({ slug: 'ferry-to-baku' })).not.toBeNull();
    const renamed = await writeArticle({
      id: a.id,
      baseVersion: published.version,
      snapshot: { ...a.snapshot, slug: 'ferry-to-baku-returns', headline: 'The ferry to Baku returns' },
      userId: editorId,
      transition: { kind: 'save' },
    });
    if (!renamed.ok) throw new Error(JSON.stringify(renamed));
    expect(renamed.oldSlug).toBe('ferry-to-baku');
    expect(await findRenamedArticleSlug({ slug: 'ferry-to-baku' })).toBe('ferry-to-baku-returns');
    const [row] = await conn.db.select().from(articles).where(eq(articles.id, a.id));
    expect(row?.updatedAt).not.toBeNull();
    const history = await listRevisions({ articleId: a.id });
    expect(history.map((r) => r.event)).toEqual(['save', 'publish']);
  });

  it('restores an earlier revision and keeps the replaced version in the history', async () => {
    const a = await ready('Original headline');
    const published = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: a.snapshot,
      userId: editorId,
      transition: { kind: 'publish' },
    });
    if (!published.ok) throw new Error('publish failed');
    const changed = await writeArticle({
      id: a.id,
      baseVersion: published.version,
      snapshot: { ...a.snapshot, headline: 'A worse headline' },
      userId: editorId,
      transition: { kind: 'save' },
    });
    if (!changed.ok) throw new Error('save failed');
    const publishRevision = (await listRevisions({ articleId: a.id })).find((r) => r.event === 'publish');
    const current = await getArticleForEdit({ id: a.id });
    const restored = await writeArticle({
      id: a.id,
      baseVersion: changed.version,
      snapshot: current!.snapshot,
      userId: otherId,
      transition: { kind: 'restore', revisionId: publishRevision!.id },
    });
    expect(restored.ok).toBe(true);
    expect((await getArticleForEdit({ id: a.id }))?.snapshot.headline).toBe('Original headline');
    const events = (await listRevisions({ articleId: a.id })).map((r) => r.event);
    expect(events[0]).toBe('restore');
    expect(events).toContain('save');
  });

  it('publishes a scheduled story when its job comes due, and not before', async () => {
    const a = await ready('Scheduled for dawn');
    const at = new Date(Date.now() + 60 * 60_000);
    const scheduled = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: a.snapshot,
      userId: editorId,
      transition: { kind: 'schedule', at },
    });
    if (!scheduled.ok) throw new Error('schedule failed');
    // The clock's hint knows a job is coming, and not yet due.
    expect(jobsMayBeDue()).toBe(false);
    expect(jobsMayBeDue(at.getTime())).toBe(true);
    expect(await runDueJobs()).toMatchObject({ ran: 0 });
    expect(await getPublishedArticle({ slug: scheduled.slug })).toBeNull();
    // Time passes: move the story and its job into the past.
    const past = new Date(Date.now() - 1000);
    await conn.db.update(articles).set({ publishedAt: past }).where(eq(articles.id, a.id));
    await conn.db
      .update(jobs)
      .set({ runAt: past })
      .where(eq(jobs.key, `publish:article:${a.id}`));
    const run = await runDueJobs();
    expect(run.ran).toBeGreaterThanOrEqual(1);
    expect(run.effects.flatMap((e) => e.articleSlugs)).toContain(scheduled.slug);
    expect((await getPublishedArticle({ slug: scheduled.slug }))?.headline).toBe('Scheduled for dawn');
    const revisions = await conn.db.select().from(articleRevisions).where(eq(articleRevisions.articleId, a.id));
    expect(revisions.map((r) => r.event).sort()).toEqual(['publish', 'schedule']);
    expect(await runDueJobs()).toMatchObject({ ran: 0 });
  });

  it('unpublishing cancels a pending schedule', async () => {
    const a = await ready('Never mind');
    const scheduled = await writeArticle({
      id: a.id,
      baseVersion: a.version,
      snapshot: a.snapshot,
      userId: editorId,
      transition: { kind: 'schedule', at: new Date(Date.now() + 3600_000) },
    });
    if (!scheduled.ok) throw new Error('schedule failed');
    const back = await writeArticle({
      id: a.id,
      baseVersion: scheduled.version,
      snapshot: a.snapshot,
      userId: editorId,
      transition: { kind: 'unpublish' },
    });
    expect(back).toMatchObject({ ok: true, status: 'draft' });
    const pending = await conn.db
      .select()
      .from(jobs)
      .where(eq(jobs.key, `publish:article:${a.id}`));
    expect(pending.filter((j) => j.doneAt === null)).toHaveLength(0);
  });

  it('lists articles for the newsroom with filters', async () => {
    const drafts = await listArticlesForAdmin({ status: 'draft' });
    expect(drafts.items.every((a) => a.status === 'draft')).toBe(true);
    const found = await listArticlesForAdmin({ q: 'ferry' });
    expect(found.items.map((a) => a.headline)).toEqual(['The ferry to Baku returns']);
    expect(found.items[0]?.editedBy).toBe('desk@example.org');
    const none = await listArticlesForAdmin({ q: '%_\\' });
    expect(none.total).toBe(0);
  });
});
