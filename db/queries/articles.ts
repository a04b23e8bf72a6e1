import 'server-only';
import { and, asc, count, desc, eq, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db';
import { realOpeningTime } from '@/domain/articles/members-first';
import { DEFAULT_LOCALE, localeOr, translated, type Locale, type Translations } from '@/domain/i18n/locales';
import { articleAuthors, articles, articleTags, authors, regions, sections, slugRedirects, tags } from '@/db/schema';

export const PAGE_SIZE = 12;

/**
 * Published and due: a scheduled story stays hidden until its publish time has passed. An
 * email-only issue is 'published' once sent but is never on the site: not listed, not at its
 * address, not in feeds or the sitemap.
 */
export const isPublic = () =>
  and(eq(articles.status, 'published'), lte(articles.publishedAt, sql`now()`), eq(articles.emailOnly, false));

/** One edition's stories (domain/i18n/locales.ts): listings, feeds and addresses are per edition. */
export const inEdition = (locale: Locale) => eq(articles.language, locale);

const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  standfirst: articles.standfirst,
  access: articles.access,
  opensToAllAt: articles.opensToAllAt,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  leadImageUrl: articles.leadImageUrl,
  leadImageAlt: articles.leadImageAlt,
  language: articles.language,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  sectionTranslations: sections.translations,
  regionSlug: regions.slug,
  regionName: regions.name,
  regionTranslations: regions.translations,
};

export type Byline = { slug: string; name: string; role: string; photoUrl: string | null };

export type ArticleCard = {
  id: number;
  slug: string;
  /** The story's language: its edition. Names on the card (section, region, byline) are in it. */
  language: Locale;
  headline: string;
  standfirst: string;
  access: 'public' | 'members';
  /** Members first: when this members-only story opens to everyone (a job makes it public then). */
  opensToAllAt: Date | null;
  publishedAt: Date;
  updatedAt: Date | null;
  leadImageUrl: string | null;
  leadImageAlt: string;
  section: { slug: string; name: string } | null;
  region: { slug: string; name: string } | null;
  authors: Byline[];
};

type CardRow = {
  id: number;
  slug: string;
  headline: string;
  standfirst: string;
  access: 'public' | 'members';
  opensToAllAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date | null;
  leadImageUrl: string | null;
  leadImageAlt: string;
  language: string;
  sectionSlug: string | null;
  sectionName: string | null;
  sectionTranslations: Translations<{ name: string; description: string }> | null;
  regionSlug: string | null;
  regionName: string | null;
  regionTranslations: Translations<{ name: string }> | null;
};

/** A section's or region's name in `locale`, as a card and a story's kicker show it. */
function placeName(
  slug: string | null,
  name: string | null,
  translations: Translations<{ name: string }> | null,
  locale: Locale,
): { slug: string; name: string } | null {
  return slug && name ? { slug, name: translated({ name, translations }, 'name', locale) } : null;
}

/** Each article's byline, in order, by article id; names and roles in the article's language. */
export async function bylinesFor(articleIds: number[]): Promise<Map<number, Byline[]>> {
  const byArticle = new Map<number, Byline[]>();
  if (!articleIds.length) return byArticle;
  const db = await getDb();
  const rows = await db
    .select({
      articleId: articleAuthors.articleId,
      slug: authors.slug,
      name: authors.name,
      role: authors.role,
      photoUrl: authors.photoUrl,
      translations: authors.translations,
      language: articles.language,
    })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
    .where(inArray(articleAuthors.articleId, articleIds))
    .orderBy(asc(articleAuthors.articleId), asc(articleAuthors.position));
  for (const { articleId, translations, language, ...byline } of rows) {
    const list = byArticle.get(articleId) ?? [];
    const own: { name: string; role: string; translations: Translations<{ name: string; role: string }> } = {
      name: byline.name,
      role: byline.role,
      translations,
    };
    const locale = localeOr(language);
    list.push({ ...byline, name: translated(own, 'name', locale), role: translated(own, 'role', locale) });
    byArticle.set(articleId, list);
  }
  return byArticle;
}

async function toCards(rows: CardRow[]): Promise<ArticleCard[]> {
  const bylines = await bylinesFor(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    language: localeOr(r.language),
    headline: r.headline,
    standfirst: r.standfirst,
    access: r.access,
    opensToAllAt: r.access === 'members' ? realOpeningTime(r.opensToAllAt) : null,
    publishedAt: r.publishedAt ?? new Date(0),
    updatedAt: r.updatedAt,
    leadImageUrl: r.leadImageUrl,
    leadImageAlt: r.leadImageAlt,
    section: placeName(r.sectionSlug, r.sectionName, r.sectionTranslations, localeOr(r.language)),
    region: placeName(r.regionSlug, r.regionName, r.regionTranslations, localeOr(r.language)),
    authors: bylines.get(r.id) ?? [],
  }));
}

async function listCards({
  where,
  limit,
  offset = 0,
  locale,
}: {
  where?: SQL;
  limit: number;
  offset?: number;
  /** One edition's, or (undefined) any language's, as a reader's saved list. */
  locale: Locale | undefined;
}) {
  const db = await getDb();
  const rows = await db
    .select(cardColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(regions, eq(regions.id, articles.regionId))
    .where(and(isPublic(), locale ? inEdition(locale) : undefined, where))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset);
  return toCards(rows);
}

async function countPublished(where: SQL | undefined, locale: Locale) {
  const db = await getDb();
  const [row] = await db
    .select({ n: count() })
    .from(articles)
    .where(and(isPublic(), inEdition(locale), where));
  return row?.n ?? 0;
}

/** One page of a listing: its cards, and where it stands among all of them. */
export type ArticleCardPage = { items: ArticleCard[]; total: number; page: number; pageCount: number };

async function paginate(where: SQL | undefined, page: number, locale: Locale): Promise<ArticleCardPage> {
  const [items, total] = await Promise.all([
    listCards({ where, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, locale }),
    countPublished(where, locale),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export function listLatestArticles({
  limit,
  offset = 0,
  locale = DEFAULT_LOCALE,
}: {
  limit: number;
  offset?: number;
  locale?: Locale;
}) {
  return listCards({ limit, offset, locale });
}

export function listSectionArticles({
  sectionId,
  page,
  limit,
  locale = DEFAULT_LOCALE,
}: {
  sectionId: number;
  page?: number;
  limit?: number;
  locale?: Locale;
}) {
  if (limit)
    return listCards({ where: eq(articles.sectionId, sectionId), limit, locale }).then((items) => ({
      items,
      total: items.length,
      page: 1,
      pageCount: 1,
    }));
  return paginate(eq(articles.sectionId, sectionId), page ?? 1, locale);
}

export function listRegionArticles({
  regionId,
  page,
  locale = DEFAULT_LOCALE,
}: {
  regionId: number;
  page: number;
  locale?: Locale;
}) {
  return paginate(eq(articles.regionId, regionId), page, locale);
}

export function listTagArticles({
  tagId,
  page,
  locale = DEFAULT_LOCALE,
}: {
  tagId: number;
  page: number;
  locale?: Locale;
}) {
  return paginate(
    inArray(
      articles.id,
      sql`(select ${articleTags.articleId} from ${articleTags} where ${articleTags.tagId} = ${tagId})`,
    ),
    page,
    locale,
  );
}

export function listAuthorArticles({
  authorId,
  page,
  locale = DEFAULT_LOCALE,
}: {
  authorId: number;
  page: number;
  locale?: Locale;
}) {
  return paginate(
    inArray(
      articles.id,
      sql`(select ${articleAuthors.articleId} from ${articleAuthors} where ${articleAuthors.authorId} = ${authorId})`,
    ),
    page,
    locale,
  );
}

/** One published article of an edition, with everything its page shows, or null. */
export function getPublishedArticle({ slug, locale = DEFAULT_LOCALE }: { slug: string; locale?: Locale }) {
  return readArticle(and(isPublic(), inEdition(locale), eq(articles.slug, slug)));
}

/** Any article, whatever its status, as its page would show it: for staff previews only. */
export async function getArticleForPreview({ id }: { id: number }) {
  const article = await readArticle(eq(articles.id, id));
  return article && article.publishedAt.getTime() === 0 ? { ...article, publishedAt: new Date() } : article;
}

async function readArticle(where: SQL | undefined) {
  const db = await getDb();
  const [row] = await db
    .select({
      ...cardColumns,
      body: articles.body,
      leadImageCaption: articles.leadImageCaption,
      leadImageCredit: articles.leadImageCredit,
      editorsNote: articles.editorsNote,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      sectionId: articles.sectionId,
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(regions, eq(regions.id, articles.regionId))
    .where(where)
    .limit(1);
  if (!row) return null;
  const [[card], articleTagRows] = await Promise.all([
    toCards([row]),
    db
      .select({ id: tags.id, slug: tags.slug, name: tags.name, translations: tags.translations })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, row.id))
      .orderBy(asc(tags.name)),
  ]);
  if (!card) return null;
  return {
    ...card,
    body: row.body,
    sectionId: row.sectionId,
    leadImageCaption: row.leadImageCaption,
    leadImageCredit: row.leadImageCredit,
    editorsNote: row.editorsNote,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    tags: articleTagRows.map(({ translations, ...tag }) => ({
      ...tag,
      name: translated({ ...tag, translations }, 'name', card.language),
    })),
  };
}

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof getPublishedArticle>>>;

/** The current slug of an article that used to live at `slug`, if it is published. */
export async function findRenamedArticleSlug({ slug }: { slug: string }): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ slug: articles.slug })
    .from(slugRedirects)
    .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
    .where(and(eq(slugRedirects.oldSlug, slug), isPublic()))
    .limit(1);
  return row?.slug ?? null;
}

/**
 * Stories to read next: those sharing the most tags first, then the same section, newest first;
 * never the article itself.
 */
export async function listRelatedArticles({
  articleId,
  sectionId,
  limit = 4,
  locale = DEFAULT_LOCALE,
}: {
  articleId: number;
  sectionId: number | null;
  limit?: number;
  locale?: Locale;
}) {
  const db = await getDb();
  const sharedTags = sql<number>`(select count(*) from ${articleTags} mine join ${articleTags} theirs on theirs.tag_id = mine.tag_id where mine.article_id = ${articleId} and theirs.article_id = ${articles.id})`;
  const sameSection =
    sectionId === null ? sql<number>`0` : sql<number>`case when ${articles.sectionId} = ${sectionId} then 1 else 0 end`;
  const rows = await db
    .select(cardColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(regions, eq(regions.id, articles.regionId))
    .where(
      and(isPublic(), inEdition(locale), ne(articles.id, articleId), sql`(${sharedTags} > 0 or ${sameSection} = 1)`),
    )
    .orderBy(desc(sharedTags), desc(sameSection), desc(articles.publishedAt))
    .limit(limit);
  return toCards(rows);
}

/** Every published article of an edition, for the sitemap. */
export async function listArticlesForSitemap() {
  const db = await getDb();
  const rows = await db
    .select({
      slug: articles.slug,
      language: articles.language,
      translationGroup: articles.translationGroup,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      editedAt: articles.editedAt,
    })
    .from(articles)
    .where(isPublic())
    .orderBy(desc(articles.publishedAt));
  return rows.map((row) => ({ ...row, language: localeOr(row.language) }));
}

/** Slugs of an edition's published articles, for prerendering at build time. */
export async function listPublishedSlugs({ locale = DEFAULT_LOCALE }: { locale?: Locale } = {}) {
  const db = await getDb();
  const rows = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(isPublic(), inEdition(locale)));
  return rows.map((r) => r.slug);
}

/** Published articles with these ids, as cards (order not kept). */
export async function listArticleCardsByIds({ ids }: { ids: number[] }) {
  if (!ids.length) return [];
  return listCards({ where: inArray(articles.id, ids), limit: ids.length, locale: undefined });
}

/**
 * The published translations of a story in the other editions, for its hreflang alternates and
 * the language switch: `[{ language: 'ru', slug: 'srednij-koridor' }]`.
 */
export async function listPublishedCounterparts({ articleId }: { articleId: number }) {
  const db = await getDb();
  const [self] = await db
    .select({ group: articles.translationGroup })
    .from(articles)
    .where(eq(articles.id, articleId))
    .limit(1);
  if (self?.group == null) return [];
  const rows = await db
    .select({ language: articles.language, slug: articles.slug })
    .from(articles)
    .where(and(isPublic(), eq(articles.translationGroup, self.group), ne(articles.id, articleId)))
    .orderBy(asc(articles.language));
  return rows.map((r) => ({ language: localeOr(r.language), slug: r.slug }));
}
