import 'server-only';
import crypto from 'node:crypto';
import { and, asc, count, desc, eq, ilike, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import {
  articleAuthors,
  articleRevisions,
  articles,
  articleTags,
  authors,
  regions,
  sections,
  slugRedirects,
  tags,
  users,
  type Article,
} from '@/db/schema';
import { diffSnapshots, type FieldChange, type SnapshotNames } from '@/domain/articles/diff';
import { publishProblems, type PublishProblem } from '@/domain/articles/publish-checks';
import { sameSnapshot, slugify, snapshotFromStored, type ArticleSnapshot } from '@/domain/articles/snapshot';
import { derivedTextColumns } from '@/domain/articles/body-doc';
import { bylinesFor } from './articles';
import { cancelPendingJob, enqueueJob, refreshJobClock } from './jobs';

export const ADMIN_PAGE_SIZE = 30;
export const publishJobKey = (articleId: number) => `publish:article:${articleId}`;

/** Slugs given to new articles until they have a headline; the editor shows them as empty. */
const PLACEHOLDER_SLUG = /^untitled-[0-9a-f]{8}$/;
export const isPlaceholderSlug = (slug: string) => PLACEHOLDER_SLUG.test(slug);

export type AdminArticleFilter = {
  status?: 'draft' | 'scheduled' | 'published' | 'submitted';
  sectionId?: number;
  authorId?: number;
  q?: string;
  page?: number;
};

/** The newsroom's list of stories, newest edit first. */
export async function listArticlesForAdmin(filter: AdminArticleFilter) {
  const db = await getDb();
  const conditions: SQL[] = [];
  if (filter.status === 'submitted')
    conditions.push(sql`${articles.submittedAt} is not null and ${articles.status} = 'draft'`);
  else if (filter.status) conditions.push(eq(articles.status, filter.status));
  if (filter.sectionId) conditions.push(eq(articles.sectionId, filter.sectionId));
  if (filter.authorId)
    conditions.push(
      inArray(
        articles.id,
        sql`(select ${articleAuthors.articleId} from ${articleAuthors} where ${articleAuthors.authorId} = ${filter.authorId})`,
      ),
    );
  if (filter.q?.trim())
    conditions.push(ilike(articles.headline, `%${filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const where = conditions.length ? and(...conditions) : undefined;
  const page = Math.max(1, filter.page ?? 1);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: articles.id,
        slug: articles.slug,
        headline: articles.headline,
        status: articles.status,
        access: articles.access,
        publishedAt: articles.publishedAt,
        editedAt: articles.editedAt,
        submittedAt: articles.submittedAt,
        sectionName: sections.name,
        editedByName: users.name,
        editedByEmail: users.email,
      })
      .from(articles)
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(users, eq(users.id, articles.editedById))
      .where(where)
      .orderBy(desc(articles.editedAt), desc(articles.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset((page - 1) * ADMIN_PAGE_SIZE),
    db.select({ n: count() }).from(articles).where(where),
  ]);
  const bylines = await bylinesFor(rows.map((r) => r.id));
  const items = rows.map((r) => ({
    ...r,
    headline: r.headline || 'Untitled',
    editedBy: r.editedByName || r.editedByEmail,
    authors: (bylines.get(r.id) ?? []).map((b) => b.name),
  }));
  const n = total?.n ?? 0;
  return { items, total: n, page, pageCount: Math.max(1, Math.ceil(n / ADMIN_PAGE_SIZE)) };
}

async function snapshotOf(db: Database, article: Article): Promise<ArticleSnapshot> {
  const [authorRows, tagRows] = await Promise.all([
    db
      .select({ id: articleAuthors.authorId })
      .from(articleAuthors)
      .where(eq(articleAuthors.articleId, article.id))
      .orderBy(asc(articleAuthors.position)),
    db
      .select({ name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, article.id))
      .orderBy(asc(tags.name)),
  ]);
  return {
    headline: article.headline,
    standfirst: article.standfirst,
    slug: isPlaceholderSlug(article.slug) ? '' : article.slug,
    body: article.body,
    sectionId: article.sectionId,
    regionId: article.regionId,
    access: article.access,
    authorIds: authorRows.map((r) => r.id),
    tags: tagRows.map((r) => r.name),
    leadImageUrl: article.leadImageUrl,
    leadImageAlt: article.leadImageAlt,
    leadImageCaption: article.leadImageCaption,
    leadImageCredit: article.leadImageCredit,
    editorsNote: article.editorsNote ?? '',
    seoTitle: article.seoTitle ?? '',
    seoDescription: article.seoDescription ?? '',
  };
}

export type EditableArticle = {
  id: number;
  status: Article['status'];
  version: number;
  slug: string;
  publishedAt: Date | null;
  editedAt: Date;
  editedBy: string | null;
  createdById: string | null;
  submittedAt: Date | null;
  snapshot: ArticleSnapshot;
};

export async function getArticleForEdit({ id }: { id: number }): Promise<EditableArticle | null> {
  const db = await getDb();
  const [row] = await db
    .select({ article: articles, editedByName: users.name, editedByEmail: users.email })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.editedById))
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) return null;
  const { article } = row;
  return {
    id: article.id,
    status: article.status,
    version: article.version,
    slug: article.slug,
    publishedAt: article.publishedAt,
    editedAt: article.editedAt,
    editedBy: row.editedByName || row.editedByEmail,
    createdById: article.createdById,
    submittedAt: article.submittedAt,
    snapshot: await snapshotOf(db, article),
  };
}

export async function createDraftArticle({
  userId,
  authorIds = [],
}: {
  userId: string;
  authorIds?: number[];
}): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(articles)
      .values({
        slug: `untitled-${crypto.randomBytes(4).toString('hex')}`,
        headline: '',
        body: { type: 'doc', content: [] },
        status: 'draft',
        createdById: userId,
        editedById: userId,
      })
      .returning({ id: articles.id });
    if (!row) throw new Error('The new article was not created.');
    if (authorIds.length)
      await tx
        .insert(articleAuthors)
        .values(authorIds.map((authorId, position) => ({ articleId: row.id, authorId, position })));
    return row.id;
  });
}

export async function getSnapshotNames(): Promise<SnapshotNames> {
  return namesFrom(await getDb());
}

export type SaveOutcome =
  | {
      ok: true;
      version: number;
      slug: string;
      status: Article['status'];
      editedAt: Date;
      publishedAt: Date | null;
      oldSlug: string | null;
      wasPublic: boolean;
      /** A draft asked to publish or schedule that lacks something readers need: saved as a draft, and why it did not go public. */
      stillNeeds: PublishProblem[];
    }
  | { ok: false; reason: 'missing' }
  | {
      ok: false;
      reason: 'conflict';
      theirs: { version: number; editedAt: Date; editedBy: string | null; snapshot: ArticleSnapshot };
      changes: FieldChange[];
    }
  | { ok: false; reason: 'invalid'; problems: PublishProblem[] };

type Transition =
  | { kind: 'save' }
  | { kind: 'publish' }
  | { kind: 'schedule'; at: Date }
  | { kind: 'unpublish' }
  | { kind: 'restore'; revisionId: number }
  | { kind: 'submit' };

async function slugOwner(db: Database, slug: string, articleId: number): Promise<string | null> {
  const [article] = await db
    .select({ headline: articles.headline })
    .from(articles)
    .where(and(eq(articles.slug, slug), ne(articles.id, articleId)))
    .limit(1);
  if (article) return article.headline || 'an untitled draft';
  const [redirect] = await db
    .select({ headline: articles.headline })
    .from(slugRedirects)
    .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
    .where(and(eq(slugRedirects.oldSlug, slug), ne(slugRedirects.articleId, articleId)))
    .limit(1);
  return redirect ? `${redirect.headline || 'an untitled draft'} (its old address)` : null;
}

/** The address to store: the one typed, or one made from the headline and kept unique. */
async function resolveSlug(
  db: Database,
  snapshot: ArticleSnapshot,
  current: Article,
): Promise<{ slug: string } | { problem: PublishProblem }> {
  if (snapshot.slug) {
    const owner = await slugOwner(db, snapshot.slug, current.id);
    if (owner)
      return {
        problem: {
          field: 'slug',
          message: `The address /articles/${snapshot.slug} is taken by “${owner}”. Choose another.`,
        },
      };
    return { slug: snapshot.slug };
  }
  const base = slugify(snapshot.headline);
  if (!base) return { slug: current.slug };
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (candidate === current.slug || !(await slugOwner(db, candidate, current.id))) return { slug: candidate };
  }
  return { slug: `${base}-${crypto.randomBytes(3).toString('hex')}` };
}

async function findOrCreateTags(db: Database, names: string[]): Promise<number[]> {
  const wanted = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !wanted.has(slug)) wanted.set(slug, name.trim());
  }
  if (!wanted.size) return [];
  await db
    .insert(tags)
    .values([...wanted].map(([slug, name]) => ({ slug, name })))
    .onConflictDoNothing({ target: tags.slug });
  const rows = await db
    .select({ id: tags.id })
    .from(tags)
    .where(inArray(tags.slug, [...wanted.keys()]));
  return rows.map((r) => r.id);
}

/**
 * Writes an article as one step: a save that started from an older version than the one stored
 * is refused (the caller shows both versions), never applied over the other person's work.
 * Publishing, scheduling, unpublishing and restoring are saves with a change of state, and
 * each of those, like every save of a published story, keeps a revision. A draft that is not
 * ready to go public is still saved, as a draft, with what it needs; a published or scheduled
 * story that is not ready is left exactly as readers have it.
 */
export async function writeArticle({
  id,
  baseVersion,
  snapshot,
  userId,
  transition,
  now = new Date(),
}: {
  id: number;
  baseVersion: number;
  snapshot: ArticleSnapshot;
  userId: string;
  transition: Transition;
  now?: Date;
}): Promise<SaveOutcome> {
  const db = await getDb();
  // Only a scheduled story has a pending job; plain saves (autosave, every 1.5 s) leave the queue alone.
  let queueChanged = false;
  const outcome = await db.transaction(async (tx): Promise<SaveOutcome> => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, id)).for('update');
    if (!current) return { ok: false, reason: 'missing' } as const;
    if (current.version !== baseVersion) {
      const [editor] = current.editedById
        ? await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, current.editedById))
        : [];
      const theirs = await snapshotOf(tx, current);
      const names = await namesFrom(tx);
      return {
        ok: false,
        reason: 'conflict',
        theirs: {
          version: current.version,
          editedAt: current.editedAt,
          editedBy: editor ? editor.name || editor.email : null,
          snapshot: theirs,
        },
        // An address left to follow the headline is not a difference.
        changes: diffSnapshots(theirs, { ...snapshot, slug: snapshot.slug || theirs.slug }, names),
      } as const;
    }

    let next = snapshot;
    if (transition.kind === 'restore') {
      const [revision] = await tx
        .select()
        .from(articleRevisions)
        .where(and(eq(articleRevisions.id, transition.revisionId), eq(articleRevisions.articleId, id)));
      if (!revision) return { ok: false, reason: 'missing' } as const;
      // Keep what is there now before replacing it, unless the history already has it.
      const [latest] = await tx
        .select({ snapshot: articleRevisions.snapshot })
        .from(articleRevisions)
        .where(eq(articleRevisions.articleId, id))
        .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.id))
        .limit(1);
      const present = await snapshotOf(tx, current);
      if (!latest || !sameSnapshot(snapshotFromStored(latest.snapshot), present)) {
        await tx.insert(articleRevisions).values({ articleId: id, event: 'save', snapshot: present, authorId: userId });
      }
      // The address stays: readers' links point at the current one.
      next = { ...snapshotFromStored(revision.snapshot), slug: present.slug };
    }

    const resolved = await resolveSlug(tx, next, current);
    if ('problem' in resolved) return { ok: false, reason: 'invalid', problems: [resolved.problem] } as const;
    next = { ...next, slug: isPlaceholderSlug(resolved.slug) ? '' : resolved.slug };

    const goingPublic = transition.kind === 'publish' || transition.kind === 'schedule';
    const stillNeeds = goingPublic || current.status !== 'draft' ? publishProblems(next) : [];
    if (stillNeeds.length && current.status !== 'draft')
      return { ok: false, reason: 'invalid', problems: stillNeeds } as const;
    // What was typed before "Publish now" is kept even when the story cannot go out yet.
    const effective: Transition = stillNeeds.length ? { kind: 'save' } : transition;

    let status = current.status;
    let publishedAt = current.publishedAt;
    let updatedAt = current.updatedAt;
    const wasPublic = current.status === 'published' && current.publishedAt !== null && current.publishedAt <= now;
    switch (effective.kind) {
      case 'publish':
        status = 'published';
        if (!publishedAt || current.status === 'scheduled' || publishedAt > now) publishedAt = now;
        else updatedAt = now; // back after being unpublished: same story, updated
        break;
      case 'schedule':
        status = 'scheduled';
        publishedAt = effective.at;
        break;
      case 'unpublish':
        status = 'draft';
        break;
      default:
        break;
    }
    const contentChanged =
      current.headline !== next.headline ||
      current.standfirst !== next.standfirst ||
      JSON.stringify(current.body) !== JSON.stringify(next.body);
    if (wasPublic && status === 'published' && contentChanged && effective.kind !== 'publish') updatedAt = now;

    const [saved] = await tx
      .update(articles)
      .set({
        headline: next.headline,
        standfirst: next.standfirst,
        slug: resolved.slug,
        body: next.body,
        ...derivedTextColumns(next.body),
        sectionId: next.sectionId,
        regionId: next.regionId,
        access: next.access,
        leadImageUrl: next.leadImageUrl,
        leadImageAlt: next.leadImageAlt,
        leadImageCaption: next.leadImageCaption,
        leadImageCredit: next.leadImageCredit,
        editorsNote: next.editorsNote || null,
        seoTitle: next.seoTitle || null,
        seoDescription: next.seoDescription || null,
        status,
        publishedAt,
        updatedAt,
        editedAt: now,
        editedById: userId,
        version: current.version + 1,
        submittedAt: effective.kind === 'submit' ? now : status === 'draft' ? current.submittedAt : null,
      })
      .where(and(eq(articles.id, id), eq(articles.version, baseVersion)))
      .returning();
    if (!saved) throw new Error(`Article ${id} changed during its own save.`);

    await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, id));
    const authorIds = [...new Set(next.authorIds)];
    if (authorIds.length)
      await tx
        .insert(articleAuthors)
        .values(authorIds.map((authorId, position) => ({ articleId: id, authorId, position })));
    await tx.delete(articleTags).where(eq(articleTags.articleId, id));
    const tagIds = await findOrCreateTags(tx, next.tags);
    if (tagIds.length) await tx.insert(articleTags).values(tagIds.map((tagId) => ({ articleId: id, tagId })));

    // A published story's old address keeps working; a new address it used to have is its own again.
    const oldSlug =
      current.slug !== resolved.slug && current.publishedAt !== null && !isPlaceholderSlug(current.slug)
        ? current.slug
        : null;
    if (oldSlug) {
      await tx
        .insert(slugRedirects)
        .values({ oldSlug, articleId: id })
        .onConflictDoUpdate({ target: slugRedirects.oldSlug, set: { articleId: id } });
    }
    await tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, resolved.slug));

    if (effective.kind === 'schedule') {
      await enqueueJob({
        db: tx,
        kind: 'publish-article',
        key: publishJobKey(id),
        payload: { articleId: id },
        runAt: effective.at,
      });
      queueChanged = true;
    } else if (current.status === 'scheduled' && status !== 'scheduled') {
      await cancelPendingJob({ db: tx, key: publishJobKey(id) });
      queueChanged = true;
    }

    const event = effective.kind === 'submit' ? 'save' : effective.kind;
    if (event !== 'save' || status === 'published') {
      await tx
        .insert(articleRevisions)
        .values({ articleId: id, event, snapshot: { ...next, slug: resolved.slug }, authorId: userId });
    }

    return {
      ok: true,
      version: saved.version,
      slug: saved.slug,
      status: saved.status,
      editedAt: saved.editedAt,
      publishedAt: saved.publishedAt,
      oldSlug,
      wasPublic,
      stillNeeds,
    } as const;
  });
  // The job clock learns of a moved queue once the change is committed.
  if (outcome.ok && queueChanged) await refreshJobClock();
  return outcome;
}

async function namesFrom(db: Database): Promise<SnapshotNames> {
  const [a, s, r] = await Promise.all([
    db.select({ id: authors.id, name: authors.name }).from(authors),
    db.select({ id: sections.id, name: sections.name }).from(sections),
    db.select({ id: regions.id, name: regions.name }).from(regions),
  ]);
  return {
    authors: new Map(a.map((x) => [x.id, x.name])),
    sections: new Map(s.map((x) => [x.id, x.name])),
    regions: new Map(r.map((x) => [x.id, x.name])),
  };
}

/**
 * The scheduled-publishing job: a story scheduled for now or earlier goes live. Returns its
 * slug when it did, so the caller can refresh the pages that show it.
 */
export async function publishDueArticle({
  articleId,
  now = new Date(),
}: {
  articleId: number;
  now?: Date;
}): Promise<string | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, articleId)).for('update');
    if (!current || current.status !== 'scheduled' || !current.publishedAt || current.publishedAt > now) return null;
    await tx
      .update(articles)
      .set({ status: 'published', version: current.version + 1 })
      .where(eq(articles.id, articleId));
    const snapshot = await snapshotOf(tx, { ...current, status: 'published' });
    await tx
      .insert(articleRevisions)
      .values({ articleId, event: 'publish', snapshot: { ...snapshot, slug: current.slug }, authorId: null });
    return current.slug;
  });
}

export async function listRevisions({ articleId }: { articleId: number }) {
  const db = await getDb();
  return db
    .select({
      id: articleRevisions.id,
      event: articleRevisions.event,
      createdAt: articleRevisions.createdAt,
      authorName: users.name,
      authorEmail: users.email,
      snapshot: articleRevisions.snapshot,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.id));
}

/** Tag names in use, for the editor's suggestions. */
export async function listTagNames() {
  const db = await getDb();
  const rows = await db.select({ name: tags.name }).from(tags).orderBy(asc(tags.name));
  return rows.map((r) => r.name);
}
