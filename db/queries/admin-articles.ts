import 'server-only';
import crypto from 'node:crypto';
import { and, asc, count, desc, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Database } from '@/db';
import {
  articleAuthors,
  articleRevisions,
  articles,
  articleTags,
  authors,
  emailSuppressions,
  newsletterIssues,
  newsletters,
  newsletterSubscriptions,
  regions,
  sections,
  slugRedirects,
  tags,
  users,
  type Article,
} from '@/db/schema';
import type { SnapshotNames } from '@/domain/articles/diff';
import type { AddressOwner, ArticleState, RevisionEvent } from '@/domain/articles/transitions';
import { slugify, snapshotFromStored, type ArticleSnapshot } from '@/domain/articles/snapshot';
import { derivedTextColumns } from '@/domain/articles/body-doc';
import { opensToAllFromStored } from '@/domain/articles/members-first';
import { bylinesFor } from './articles';
import { memberCtes } from './members-now';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/domain/i18n/locales';

export const ADMIN_PAGE_SIZE = 30;
export const publishJobKey = (articleId: number) => `publish:article:${articleId}`;
/** The members-first story's opening to everyone: one pending job per story, moved by every save that moves the time. */
export const openJobKey = (articleId: number) => `open:article:${articleId}`;

/** Slugs given to new articles until they have a headline; the editor shows them as empty. */
const PLACEHOLDER_SLUG = /^untitled-[0-9a-f]{8}$/;
export const isPlaceholderSlug = (slug: string) => PLACEHOLDER_SLUG.test(slug);

export type AdminArticleFilter = {
  status?: 'draft' | 'scheduled' | 'published' | 'submitted';
  language?: Locale;
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
  if (filter.language) conditions.push(eq(articles.language, filter.language));
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
        emailOnly: articles.emailOnly,
        opensToAllAt: articles.opensToAllAt,
        language: articles.language,
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
    opensToAll: opensToAllFromStored(article.access, article.opensToAllAt, article.publishedAt),
    authorIds: authorRows.map((r) => r.id),
    tags: tagRows.map((r) => r.name),
    leadImageUrl: article.leadImageUrl,
    leadImageAlt: article.leadImageAlt,
    leadImageCaption: article.leadImageCaption,
    leadImageCredit: article.leadImageCredit,
    editorsNote: article.editorsNote ?? '',
    seoTitle: article.seoTitle ?? '',
    seoDescription: article.seoDescription ?? '',
    newsletterId: article.newsletterId,
    emailOnly: article.emailOnly,
  };
}

export type EditableArticle = {
  id: number;
  language: Locale;
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
    language: article.language,
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

/** A new, empty draft in `language`, started by `userId`. */
const emptyDraft = (language: Locale, userId: string) => ({
  slug: `untitled-${crypto.randomBytes(4).toString('hex')}`,
  headline: '',
  body: { type: 'doc' as const, content: [] },
  status: 'draft' as const,
  language,
  searchConfig: LOCALES[language].searchConfig,
  createdById: userId,
  editedById: userId,
});

export async function createDraftArticle({
  userId,
  authorIds = [],
  language = DEFAULT_LOCALE,
}: {
  userId: string;
  authorIds?: number[];
  language?: Locale;
}): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(articles).values(emptyDraft(language, userId)).returning({ id: articles.id });
    if (!row) throw new Error('The new article was not created.');
    if (authorIds.length)
      await tx
        .insert(articleAuthors)
        .values(authorIds.map((authorId, position) => ({ articleId: row.id, authorId, position })));
    return row.id;
  });
}

/**
 * Starts the translation of a story into `language`: a draft in that language, in the story's
 * translation group (which is named by the first story's id), with its section, region, access,
 * picture, byline and tags, and nothing yet to read. Under the original's row lock, so that two
 * clicks make one draft: if the group already has a story in that language, that one is returned.
 */
export async function createTranslationDraft({
  originalId,
  language,
  userId,
}: {
  originalId: number;
  language: Locale;
  userId: string;
}): Promise<{ outcome: 'created' | 'exists'; id: number } | { outcome: 'same-language' | 'unknown' }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [original] = await tx.select().from(articles).where(eq(articles.id, originalId)).for('update');
    if (!original) return { outcome: 'unknown' as const };
    if (original.language === language) return { outcome: 'same-language' as const };
    const group = original.translationGroup ?? original.id;
    if (original.translationGroup === null)
      await tx.update(articles).set({ translationGroup: group }).where(eq(articles.id, original.id));
    const [existing] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.translationGroup, group), eq(articles.language, language)));
    if (existing) return { outcome: 'exists' as const, id: existing.id };
    const [row] = await tx
      .insert(articles)
      .values({
        ...emptyDraft(language, userId),
        translationGroup: group,
        access: original.access,
        sectionId: original.sectionId,
        regionId: original.regionId,
        leadImageUrl: original.leadImageUrl,
        leadImageAlt: '',
        leadImageCaption: '',
        leadImageCredit: original.leadImageCredit,
      })
      .returning({ id: articles.id });
    if (!row) throw new Error('The translation was not created.');
    await tx.execute(sql`
      insert into ${articleAuthors} (article_id, author_id, position)
      select ${row.id}, author_id, position from ${articleAuthors} where article_id = ${original.id}`);
    await tx.execute(sql`
      insert into ${articleTags} (article_id, tag_id)
      select ${row.id}, tag_id from ${articleTags} where article_id = ${original.id}`);
    return { outcome: 'created' as const, id: row.id };
  });
}

export type TranslationSibling = {
  id: number;
  language: Locale;
  headline: string;
  standfirst: string;
  body: Article['body'];
  status: Article['status'];
  slug: string;
};

/** The other stories in an article's translation group, one per language, default language first. */
export async function listTranslationsOf({ articleId }: { articleId: number }): Promise<TranslationSibling[]> {
  const db = await getDb();
  const [self] = await db.select({ group: articles.translationGroup }).from(articles).where(eq(articles.id, articleId));
  if (!self?.group) return [];
  const rows = await db
    .select({
      id: articles.id,
      language: articles.language,
      headline: articles.headline,
      standfirst: articles.standfirst,
      body: articles.body,
      status: articles.status,
      slug: articles.slug,
    })
    .from(articles)
    .where(and(eq(articles.translationGroup, self.group), ne(articles.id, articleId)))
    .orderBy(sql`${articles.language} = ${DEFAULT_LOCALE} desc`, asc(articles.id));
  return rows;
}

export async function getSnapshotNames(): Promise<SnapshotNames> {
  return namesFrom(await getDb());
}

/** The story, locked for the rest of the transaction (a save reads, decides and writes under it). */
export async function lockArticle(tx: Database, id: number): Promise<Article | null> {
  const [row] = await tx.select().from(articles).where(eq(articles.id, id)).for('update');
  return row ?? null;
}

export async function userDisplayName(tx: Database, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [user] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId));
  return user ? user.name || user.email : null;
}

export { snapshotOf, namesFrom };

export async function findRevision(tx: Database, { articleId, revisionId }: { articleId: number; revisionId: number }) {
  const [revision] = await tx
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)));
  return revision ? snapshotFromStored(revision.snapshot) : null;
}

export async function latestRevision(tx: Database, articleId: number): Promise<ArticleSnapshot | null> {
  const [latest] = await tx
    .select({ snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.id))
    .limit(1);
  return latest ? snapshotFromStored(latest.snapshot) : null;
}

export async function insertRevision(
  tx: Database,
  values: { articleId: number; event: RevisionEvent; snapshot: ArticleSnapshot; authorId: string | null },
) {
  await tx.insert(articleRevisions).values(values);
}

/** Who else holds an address: another story now, or as one of its old addresses. */
export async function addressOwner(tx: Database, slug: string, articleId: number): Promise<AddressOwner | null> {
  const [article] = await tx
    .select({ headline: articles.headline })
    .from(articles)
    .where(and(eq(articles.slug, slug), ne(articles.id, articleId)))
    .limit(1);
  if (article) return { headline: article.headline, oldAddress: false };
  const [redirect] = await tx
    .select({ headline: articles.headline })
    .from(slugRedirects)
    .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
    .where(and(eq(slugRedirects.oldSlug, slug), ne(slugRedirects.articleId, articleId)))
    .limit(1);
  return redirect ? { headline: redirect.headline, oldAddress: true } : null;
}

/**
 * Writes the story's columns, only if nobody saved since `baseVersion`, and returns the row.
 * `slug` is the stored address (a placeholder while the story has none).
 */
export async function updateArticleRow(
  tx: Database,
  {
    id,
    baseVersion,
    snapshot,
    slug,
    state,
    userId,
    now,
  }: {
    id: number;
    baseVersion: number;
    snapshot: ArticleSnapshot;
    slug: string;
    state: ArticleState;
    userId: string;
    now: Date;
  },
): Promise<Article> {
  const [saved] = await tx
    .update(articles)
    .set({
      headline: snapshot.headline,
      standfirst: snapshot.standfirst,
      slug,
      body: snapshot.body,
      ...derivedTextColumns(snapshot.body),
      sectionId: snapshot.sectionId,
      regionId: snapshot.regionId,
      access: snapshot.access,
      leadImageUrl: snapshot.leadImageUrl,
      leadImageAlt: snapshot.leadImageAlt,
      leadImageCaption: snapshot.leadImageCaption,
      leadImageCredit: snapshot.leadImageCredit,
      editorsNote: snapshot.editorsNote || null,
      seoTitle: snapshot.seoTitle || null,
      seoDescription: snapshot.seoDescription || null,
      newsletterId: snapshot.newsletterId,
      emailOnly: snapshot.emailOnly,
      ...state,
      editedAt: now,
      editedById: userId,
      version: baseVersion + 1,
    })
    .where(and(eq(articles.id, id), eq(articles.version, baseVersion)))
    .returning();
  if (!saved) throw new Error(`Article ${id} changed during its own save.`);
  return saved;
}

/** The byline, in order, and the tags (made when new), as the snapshot names them. */
export async function replaceBylineAndTags(tx: Database, id: number, snapshot: ArticleSnapshot) {
  await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, id));
  const authorIds = [...new Set(snapshot.authorIds)];
  if (authorIds.length)
    await tx
      .insert(articleAuthors)
      .values(authorIds.map((authorId, position) => ({ articleId: id, authorId, position })));
  await tx.delete(articleTags).where(eq(articleTags.articleId, id));
  const tagIds = await findOrCreateTags(tx, snapshot.tags);
  if (tagIds.length) await tx.insert(articleTags).values(tagIds.map((tagId) => ({ articleId: id, tagId })));
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

/** The story answers at `oldSlug` too (a redirect), and nobody else's redirect holds `slug`. */
export async function moveAddress(
  tx: Database,
  { id, oldSlug, slug }: { id: number; oldSlug: string | null; slug: string },
) {
  if (oldSlug) {
    await tx
      .insert(slugRedirects)
      .values({ oldSlug, articleId: id })
      .onConflictDoUpdate({ target: slugRedirects.oldSlug, set: { articleId: id } });
  }
  await tx.delete(slugRedirects).where(eq(slugRedirects.oldSlug, slug));
}

async function namesFrom(db: Database): Promise<SnapshotNames> {
  const [a, s, r, n] = await Promise.all([
    db.select({ id: authors.id, name: authors.name }).from(authors),
    db.select({ id: sections.id, name: sections.name }).from(sections),
    db.select({ id: regions.id, name: regions.name }).from(regions),
    db.select({ id: newsletters.id, name: newsletters.name }).from(newsletters),
  ]);
  return {
    authors: new Map(a.map((x) => [x.id, x.name])),
    sections: new Map(s.map((x) => [x.id, x.name])),
    regions: new Map(r.map((x) => [x.id, x.name])),
    newsletters: new Map(n.map((x) => [x.id, x.name])),
  };
}

/** Sends a story as an issue of a newsletter, inside the caller's transaction (lib/newsletters' startIssueSend). */
export type SendIssue = (args: { db: Database; articleId: number; newsletterId: number }) => Promise<unknown>;

/**
 * The scheduled-publishing job: a story scheduled for now or earlier goes live, and a story
 * with a newsletter chosen is emailed by `sendIssue` in the same transaction, so it is emailed
 * exactly when it goes live and never twice. Returns its slug when it went live, so the caller
 * can refresh the pages that show it.
 */
export async function publishDueArticle({
  articleId,
  sendIssue,
  now = new Date(),
}: {
  articleId: number;
  sendIssue: SendIssue;
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
    if (current.newsletterId !== null && !(await findArticleIssue(tx, articleId)))
      await sendIssue({ db: tx, articleId, newsletterId: current.newsletterId });
    return current.slug;
  });
}

/**
 * The members-first job: a story whose opening time has passed opens to everyone (access
 * public). It re-reads the row under its lock and acts only if the story is still published,
 * members-only and due, so a job left from an earlier time, a story unpublished or made public
 * or members-only meanwhile, and a second run all change nothing. Returns the slug when it
 * opened the story, or 'not-yet' while its publication is still pending.
 */
export async function openDueArticle({
  articleId,
  now = new Date(),
}: {
  articleId: number;
  now?: Date;
}): Promise<string | 'not-yet' | null> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(articles).where(eq(articles.id, articleId)).for('update');
    const opensAt = current?.opensToAllAt ?? null;
    if (!current || current.access !== 'members' || !opensAt || opensAt > now) return null;
    // Due to open but its own publication has not run yet: it opens once it is out.
    if (current.status === 'scheduled' && current.publishedAt && current.publishedAt < opensAt) return 'not-yet';
    if (current.status !== 'published' || !current.publishedAt || current.publishedAt > now) return null;
    const [opened] = await tx
      .update(articles)
      .set({ access: 'public', opensToAllAt: null, version: current.version + 1 })
      .where(and(eq(articles.id, articleId), eq(articles.version, current.version)))
      .returning();
    if (!opened) return null;
    const snapshot = await snapshotOf(tx, opened);
    await tx.insert(articleRevisions).values({ articleId, event: 'save', snapshot, authorId: null });
    return current.slug;
  });
}

/** The issue a story was emailed as, if it was: there is at most one (the publish sends once). */
export type ArticleIssue = { id: number; newsletterId: number; newsletterName: string; sentAt: Date };

export async function findArticleIssue(db: Database, articleId: number): Promise<ArticleIssue | null> {
  const [row] = await db
    .select({
      id: newsletterIssues.id,
      newsletterId: newsletterIssues.newsletterId,
      newsletterName: newsletters.name,
      sentAt: sql<Date>`coalesce(${newsletterIssues.sentAt}, ${newsletterIssues.createdAt})`.mapWith(
        newsletterIssues.createdAt,
      ),
    })
    .from(newsletterIssues)
    .innerJoin(newsletters, eq(newsletters.id, newsletterIssues.newsletterId))
    .where(eq(newsletterIssues.articleId, articleId))
    .orderBy(asc(newsletterIssues.id))
    .limit(1);
  return row ?? null;
}

export async function getArticleIssue({ articleId }: { articleId: number }): Promise<ArticleIssue | null> {
  return findArticleIssue(await getDb(), articleId);
}

/**
 * How many readers each newsletter would reach if sent now, by newsletter id: subscribed, not
 * on the suppression list, and for a members-only newsletter members now (./members-now.ts).
 * The editor's confirmation says it before an email that cannot be taken back; the send itself
 * computes its recipients again when it starts.
 */
export async function countNewsletterRecipients({ now = new Date() }: { now?: Date } = {}): Promise<
  Map<number, number>
> {
  const db = await getDb();
  const ctes = memberCtes(db, now);
  const rows = await db
    .with(ctes.current, ctes.grants)
    .select({ newsletterId: newsletterSubscriptions.newsletterId, n: sql<number>`count(*)::int` })
    .from(newsletterSubscriptions)
    .innerJoin(newsletters, eq(newsletters.id, newsletterSubscriptions.newsletterId))
    .innerJoin(users, eq(users.id, newsletterSubscriptions.userId))
    .leftJoin(ctes.current, eq(ctes.current.userId, users.id))
    .leftJoin(ctes.grants, eq(ctes.grants.userId, users.id))
    .where(
      and(
        eq(newsletterSubscriptions.status, 'subscribed'),
        or(eq(newsletters.audience, 'everyone'), ctes.memberNow),
        sql`not exists (select 1 from ${emailSuppressions} where lower(${emailSuppressions.email}) = lower(${users.email}))`,
      ),
    )
    .groupBy(newsletterSubscriptions.newsletterId);
  return new Map(rows.map((row) => [row.newsletterId, Number(row.n)]));
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
