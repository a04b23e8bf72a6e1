import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { articles, slugRedirects } from '@/db/schema';
import { seed } from '@/lib/content/seed';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { bodyToText, previewOf } from '@/domain/articles/body-doc';
import {
  findRenamedArticleSlug,
  getPublishedArticle,
  listArticleCardsByIds,
  listArticlesForSitemap,
  listLatestArticles,
  listPublishedSlugs,
  listRelatedArticles,
  listSectionArticles,
  PAGE_SIZE,
} from './articles';
import { searchArticles } from './search';
import { getSection } from './taxonomy';

describe.each(testDatabaseKinds)('public queries on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seed(conn.db);
    useConnection(conn);
  });
  afterAll(() => conn?.dispose());

  it('reads a published article with its section, region, ordered authors and tags', async () => {
    const article = await getPublishedArticle({ slug: 'border-ceasefire-accusations' });
    expect(article).not.toBeNull();
    expect(article?.section?.slug).toBe('news');
    expect(article?.region?.slug).toBe('regional');
    expect(article?.authors.map((a) => a.slug)).toEqual(['lusine-harutyunyan', 'farid-mammadli']);
    expect(article?.tags.length).toBeGreaterThan(0);
    expect(article?.publishedAt).toBeInstanceOf(Date);
  });

  it('hides drafts and stories scheduled for later', async () => {
    await conn.db.update(articles).set({ status: 'draft' }).where(eq(articles.slug, 'sheki-silk-revival'));
    await conn.db
      .update(articles)
      .set({ publishedAt: sql`now() + interval '1 day'` })
      .where(eq(articles.slug, 'elbrus-ski-economy'));
    expect(await getPublishedArticle({ slug: 'sheki-silk-revival' })).toBeNull();
    expect(await getPublishedArticle({ slug: 'elbrus-ski-economy' })).toBeNull();
    const latest = await listLatestArticles({ limit: 100 });
    expect(latest.map((a) => a.slug)).not.toContain('sheki-silk-revival');
    expect(latest.map((a) => a.slug)).not.toContain('elbrus-ski-economy');
  });

  it('lists the newest first', async () => {
    const latest = await listLatestArticles({ limit: 10 });
    const times = latest.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('paginates a section with a total', async () => {
    const section = await getSection({ slug: 'news' });
    if (!section) throw new Error('no news section');
    const page = await listSectionArticles({ sectionId: section.id, page: 1 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.length).toBe(Math.min(page.total, PAGE_SIZE));
    expect(page.items.every((a) => a.section?.slug === 'news')).toBe(true);
  });

  it('offers up to four related stories, never the article itself', async () => {
    const article = await getPublishedArticle({ slug: 'explainer-peace-treaty' });
    if (!article) throw new Error('missing');
    const related = await listRelatedArticles({ articleId: article.id, sectionId: article.sectionId });
    expect(related.length).toBeGreaterThanOrEqual(3);
    expect(related.length).toBeLessThanOrEqual(4);
    expect(related.map((r) => r.id)).not.toContain(article.id);
  });

  it('finds an article by a former slug', async () => {
    const article = await getPublishedArticle({ slug: 'armenia-france-defence-talks' });
    if (!article) throw new Error('missing');
    await conn.db.insert(slugRedirects).values({ oldSlug: 'an-old-slug', articleId: article.id }).onConflictDoNothing();
    expect(await findRenamedArticleSlug({ slug: 'an-old-slug' })).toBe('armenia-france-defence-talks');
    expect(await findRenamedArticleSlug({ slug: 'never-existed' })).toBeNull();
  });

  it('ranks a headline match first and marks matches in the snippet', async () => {
    const result = await searchArticles({ query: 'Oil Rocks', page: 1, mayReadMembersText: false });
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits[0]?.slug).toBe('caspian-oil-rocks');
    expect(result.hits.some((h) => h.snippetHtml.includes('<mark>'))).toBe(true);
  });

  it('answers hostile queries without an error', async () => {
    for (const query of [
      '"unbalanced',
      'a & | ! ( ) : * <>',
      "'; drop table articles; --",
      '!!!',
      '\\',
      'x'.repeat(10_000),
      'OR AND NOT',
      '<script>alert(1)</script>',
    ]) {
      const result = await searchArticles({ query, page: 1, mayReadMembersText: false });
      expect(result.total, query.slice(0, 30)).toBeGreaterThanOrEqual(0);
      for (const hit of result.hits) expect(hit.snippetHtml).not.toContain('<script');
    }
  });

  it('never builds a search snippet from the body of a members-only story', async () => {
    const article = await getPublishedArticle({ slug: 'middle-corridor-trade-route' });
    if (!article) throw new Error('missing');
    const paragraphs = bodyToText(article.body).split('\n\n');
    const hidden = paragraphs.slice(4).join(' ');
    const word = hidden
      .split(/\W+/)
      .find((w) => w.length > 8 && !article.standfirst.includes(w) && !article.headline.includes(w));
    if (!word) throw new Error('no distinctive word');
    const result = await searchArticles({ query: word, page: 1, mayReadMembersText: true });
    const hit = result.hits.find((h) => h.slug === article.slug);
    expect(hit, `a member searching for "${word}" finds the story`).toBeDefined();
    const snippet = hit?.snippetHtml.replace(/<\/?mark>/g, '') ?? '';
    expect(article.standfirst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')).toContain(snippet);
    expect(snippet).not.toContain(word);
  });

  it('finds a members-only story for a non-member only by what they may read', async () => {
    const slug = 'middle-corridor-trade-route';
    const found = async (query: string, mayReadMembersText: boolean) =>
      (await searchArticles({ query, page: 1, mayReadMembersText })).hits.some((h) => h.slug === slug);
    // "Dostyk" appears only after the paywall; a phrase query would reveal word order.
    for (const query of ['Dostyk', '"Khorgos or Dostyk"', 'Dostyk gauge']) {
      expect(await found(query, false), query).toBe(false);
      expect(await found(query, true), query).toBe(true);
    }
    const article = await getPublishedArticle({ slug });
    if (!article) throw new Error('missing');
    const previewWord = bodyToText(previewOf(article.body))
      .split(/\W+/)
      .find((w) => w.length > 7);
    if (!previewWord) throw new Error('no word in the preview');
    expect(await found(previewWord, false), previewWord).toBe(true);
    expect(await found(article.headline, false)).toBe(true);
  });

  it('never shows an email-only issue: not at its address, an old one, a listing, search or the sitemap', async () => {
    const slug = 'gyumri-after-the-earthquake';
    const article = await getPublishedArticle({ slug });
    if (!article) throw new Error('missing');
    await conn.db.insert(slugRedirects).values({ oldSlug: 'gyumri-rebuilds', articleId: article.id });
    expect(await findRenamedArticleSlug({ slug: 'gyumri-rebuilds' })).toBe(slug);
    const searched = async (mayReadMembersText: boolean) =>
      (await searchArticles({ query: article.headline, page: 1, mayReadMembersText })).hits.map((h) => h.slug);
    expect(await searched(false)).toContain(slug);

    // The same row, once it is an issue that was only emailed.
    await conn.db.update(articles).set({ emailOnly: true }).where(eq(articles.id, article.id));
    expect(await getPublishedArticle({ slug })).toBeNull();
    expect(await findRenamedArticleSlug({ slug: 'gyumri-rebuilds' })).toBeNull();
    expect((await listLatestArticles({ limit: 100 })).map((a) => a.slug)).not.toContain(slug);
    expect(await listArticleCardsByIds({ ids: [article.id] })).toEqual([]);
    expect((await listArticlesForSitemap()).map((a) => a.slug)).not.toContain(slug);
    expect(await listPublishedSlugs()).not.toContain(slug);
    expect(await searched(false)).not.toContain(slug);
    expect(await searched(true)).not.toContain(slug);
  });
});
