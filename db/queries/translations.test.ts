import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConnection } from '@/db';
import { articleAuthors, articles, articleTags, users } from '@/db/schema';
import { openTestDatabase, testDatabaseKinds } from '@/db/testing';
import { seed } from '@/lib/content/seed';
import { createDraftArticle, createTranslationDraft, listArticlesForAdmin, listTranslationsOf } from './admin-articles';
import { getPublishedArticle, listLatestArticles, listPublishedCounterparts } from './articles';
import { listTaxonomyForAdmin, saveTaxonomyNames } from './taxonomy';
import { searchArticles } from './search';

describe.each(testDatabaseKinds)('stories in two languages on %s', (kind) => {
  let conn: Awaited<ReturnType<typeof openTestDatabase>>;
  let editorId: string;
  beforeAll(async () => {
    conn = await openTestDatabase(kind);
    await seed(conn.db);
    useConnection(conn);
    const [editor] = await conn.db.select({ id: users.id }).from(users).where(eq(users.email, 'editor@newsroom.test'));
    editorId = editor!.id;
  });
  afterAll(() => conn?.dispose());

  const idOf = async (slug: string) =>
    (await conn.db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)))[0]!.id;

  it('keeps each edition to itself: English listings, pages and search never show a Russian story', async () => {
    const latest = await listLatestArticles({ limit: 100 });
    expect(latest.some((card) => /[а-я]/i.test(card.headline))).toBe(false);
    expect(await getPublishedArticle({ slug: 'gyumri-posle-zemletryaseniya' })).toBeNull();
    expect(await getPublishedArticle({ slug: 'gyumri-posle-zemletryaseniya', locale: 'ru' })).not.toBeNull();
    const russianLatest = await listLatestArticles({ limit: 100, locale: 'ru' });
    expect(russianLatest.length).toBeGreaterThanOrEqual(8);
    expect(russianLatest.every((card) => /[а-я]/i.test(card.headline))).toBe(true);

    // Russian stems in the Russian edition: «выборы» finds the story that only says «выборов».
    const found = await searchArticles({ query: 'выборы', page: 1, mayReadMembersText: false, locale: 'ru' });
    expect(found.hits.map((hit) => hit.slug)).toContain('novosti-na-tretem-yazyke-dzhavakheti');
    expect((await searchArticles({ query: 'выборы', page: 1, mayReadMembersText: true })).total).toBe(0);
  });

  it('starts a translation as a linked draft with the story’s section, picture, byline and tags, once however often it is asked', async () => {
    const originalId = await idOf('lake-sevan-shoreline');
    const first = await createTranslationDraft({ originalId, language: 'ru', userId: editorId });
    expect(first.outcome).toBe('created');
    const again = await createTranslationDraft({ originalId, language: 'ru', userId: editorId });
    expect(again).toEqual({ outcome: 'exists', id: 'id' in first ? first.id : -1 });
    expect(await createTranslationDraft({ originalId, language: 'en', userId: editorId })).toEqual({
      outcome: 'same-language',
    });

    const draftId = 'id' in first ? first.id : -1;
    const [original] = await conn.db.select().from(articles).where(eq(articles.id, originalId));
    const [draft] = await conn.db.select().from(articles).where(eq(articles.id, draftId));
    expect(draft).toMatchObject({
      status: 'draft',
      language: 'ru',
      searchConfig: 'russian',
      headline: '',
      translationGroup: originalId,
      sectionId: original!.sectionId,
      regionId: original!.regionId,
      access: original!.access,
      leadImageUrl: original!.leadImageUrl,
      createdById: editorId,
    });
    expect(original!.translationGroup).toBe(originalId);
    const authorsOf = async (id: number) =>
      (
        await conn.db
          .select({ a: articleAuthors.authorId })
          .from(articleAuthors)
          .where(eq(articleAuthors.articleId, id))
      )
        .map((r) => r.a)
        .sort();
    const tagsOf = async (id: number) =>
      (await conn.db.select({ t: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, id)))
        .map((r) => r.t)
        .sort();
    expect(await authorsOf(draftId)).toEqual(await authorsOf(originalId));
    expect(await tagsOf(draftId)).toEqual(await tagsOf(originalId));

    // Linked by id: renaming the original keeps both sides of the link.
    await conn.db.update(articles).set({ slug: 'lake-sevan-shoreline-renamed' }).where(eq(articles.id, originalId));
    expect((await listTranslationsOf({ articleId: draftId })).map((s) => [s.id, s.language])).toEqual([
      [originalId, 'en'],
    ]);
    expect((await listTranslationsOf({ articleId: originalId })).map((s) => [s.id, s.language])).toEqual([
      [draftId, 'ru'],
    ]);
    await conn.db.update(articles).set({ slug: 'lake-sevan-shoreline' }).where(eq(articles.id, originalId));
  });

  it('lists the admin’s stories by language, and starts a new story in the language asked for', async () => {
    const russian = await listArticlesForAdmin({ language: 'ru' });
    expect(russian.total).toBeGreaterThanOrEqual(8);
    expect(russian.items.every((item) => item.language === 'ru')).toBe(true);
    const id = await createDraftArticle({ userId: editorId, language: 'ru' });
    const [row] = await conn.db.select().from(articles).where(eq(articles.id, id));
    expect(row).toMatchObject({ language: 'ru', searchConfig: 'russian', translationGroup: null });
  });
  it('names each story’s section, region, byline and tags in its own language, and links it to its translation', async () => {
    const russian = await getPublishedArticle({ slug: 'gyumri-posle-zemletryaseniya', locale: 'ru' });
    expect(russian?.section?.name).toBe('Репортажи');
    expect(russian?.region?.name).toBe('Армения');
    expect(russian?.authors[0]?.name).toBe('Софья Ломидзе');
    expect(russian?.tags.map((t) => t.name)).toContain('экономика');
    const english = await getPublishedArticle({ slug: 'gyumri-after-the-earthquake' });
    expect(english?.section?.name).toBe('Features');
    expect(await listPublishedCounterparts({ articleId: english!.id })).toEqual([
      { language: 'ru', slug: 'gyumri-posle-zemletryaseniya' },
    ]);
    expect(await listPublishedCounterparts({ articleId: russian!.id })).toEqual([
      { language: 'en', slug: 'gyumri-after-the-earthquake' },
    ]);
    const russianOnly = await getPublishedArticle({ slug: 'novosti-na-tretem-yazyke-dzhavakheti', locale: 'ru' });
    expect(await listPublishedCounterparts({ articleId: russianOnly!.id })).toEqual([]);
  });

  it('renames a tag in one edition without touching its address or the other edition', async () => {
    const { tags } = await listTaxonomyForAdmin();
    const economy = tags.find((t) => t.slug === 'economy')!;
    expect(
      await saveTaxonomyNames({
        kind: 'tags',
        rows: [{ id: economy.id, name: 'economy', names: { ru: 'экономика Кавказа' } }],
      }),
    ).toEqual({ ok: true });
    const russian = await getPublishedArticle({ slug: 'gyumri-posle-zemletryaseniya', locale: 'ru' });
    expect(russian?.tags.map((t) => t.name)).toContain('экономика Кавказа');
    // Emptied, the edition falls back to the English name.
    await saveTaxonomyNames({ kind: 'tags', rows: [{ id: economy.id, name: 'economy', names: { ru: '' } }] });
    const fallback = await getPublishedArticle({ slug: 'gyumri-posle-zemletryaseniya', locale: 'ru' });
    expect(fallback?.tags.map((t) => t.name)).toContain('economy');
    expect((await listTaxonomyForAdmin()).tags.find((t) => t.id === economy.id)?.slug).toBe('economy');
    expect(await saveTaxonomyNames({ kind: 'tags', rows: [{ id: 999_999, name: 'x', names: {} }] })).toEqual({
      ok: false,
      reason: 'not-found',
    });
  });
});
