import crypto from 'node:crypto';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { appealRows, readAppealCopy, readBenefits, readCampaignGoal, readFaq } from '@/lib/content/appeal-copy';
import {
  editionFolder,
  readArticleFiles,
  readAuthorFiles,
  readAuthorTranslations,
  readEditionFile,
  readNewsletterFiles,
  slugify,
  type ArticleFile,
} from '@/lib/content/files';
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, type Locale } from '@/domain/i18n/locales';
import { silentMp3 } from '@/lib/content/demo-recording';
import { withImageSizes } from '@/lib/content/image-sizes';
import { env } from '@/lib/env';
import { audioStorageKey } from '@/lib/media/audio';
import { configuredStore, type MediaStore } from '@/lib/media/stores';
import { getNewsroom } from '@/lib/newsroom';
import { derivedTextColumns } from '@/domain/articles/body-doc';
import { markdownToDoc } from '@/lib/render/markdown';
import type { Database } from '@/db/client';
import {
  appeals,
  articleAudio,
  membershipBenefits,
  membershipFaq,
  articleAuthors,
  articles,
  articleTags,
  authors,
  newsletterIssues,
  newsletters,
  regions,
  sections,
  slugRedirects,
  tags,
  users,
} from '@/db/schema';

/** Staff accounts a local newsroom starts with; they sign in like everyone else, by email. */
export const DEMO_STAFF = [
  { email: 'editor@newsroom.test', role: 'editor' as const },
  { email: 'admin@newsroom.test', role: 'admin' as const },
  { email: 'contributor@newsroom.test', role: 'contributor' as const },
];

/** The other editions the demo has content for (content/<locale>/). */
function otherEditions(contentDir: string) {
  return LOCALE_CODES.flatMap((locale) => {
    if (locale === DEFAULT_LOCALE) return [];
    const folder = editionFolder(contentDir, locale);
    return folder ? [{ locale, folder, file: readEditionFile(folder) }] : [];
  });
}

/**
 * Each edition's first appeal copy, member benefits and questions for /membership, from
 * content/newsroom.yaml and content/<locale>/newsroom.yaml. Only missing placements are inserted,
 * and benefits and questions only into an edition's empty list, so an editor's copy from the
 * admin is never overwritten; it also runs on every start (scripts/prepare-database.ts), so a
 * newsroom seeded before any of them lived in the database, or before an edition existed, gets them.
 */
export async function seedAppeals(
  db: Pick<Database, 'insert' | 'select'>,
  contentDir = path.join(process.cwd(), 'content'),
) {
  const goal = readCampaignGoal(contentDir);
  const editions: { locale: Locale; appeals: (typeof appeals.$inferInsert)[]; benefits: string[]; faq: { question: string; answer: string }[] }[] = [
    { locale: DEFAULT_LOCALE, appeals: readAppealCopy(contentDir), benefits: readBenefits(contentDir), faq: readFaq(contentDir) },
    ...otherEditions(contentDir).map(({ locale, file }) => ({
      locale,
      appeals: appealRows(file.appeals, locale, goal),
      benefits: file.benefits,
      faq: file.faq,
    })),
  ];
  for (const edition of editions) {
    await db.insert(appeals).values(edition.appeals).onConflictDoNothing({ target: [appeals.placement, appeals.locale] });
    const [listed] = await db
      .select({ id: membershipBenefits.id })
      .from(membershipBenefits)
      .where(eq(membershipBenefits.locale, edition.locale))
      .limit(1);
    if (!listed)
      await db
        .insert(membershipBenefits)
        .values(edition.benefits.map((text, position) => ({ locale: edition.locale, position, text })));
    const [asked] = await db
      .select({ id: membershipFaq.id })
      .from(membershipFaq)
      .where(eq(membershipFaq.locale, edition.locale))
      .limit(1);
    if (!asked)
      await db
        .insert(membershipFaq)
        .values(edition.faq.map((entry, position) => ({ locale: edition.locale, position, ...entry })));
  }
}

/**
 * The newsletters and their past issues, from content/newsletters/. Like the appeals, only
 * missing rows are inserted (an editor's changes stay), and it runs on every start, so a newsroom
 * seeded before newsletters existed gets them.
 */
export async function seedNewsletters(db: Database, contentDir = path.join(process.cwd(), 'content')) {
  const files = readNewsletterFiles(contentDir);
  if (!files.length) return;
  await db
    .insert(newsletters)
    .values(
      files.map((file) => ({
        slug: file.slug,
        name: file.name,
        description: file.description,
        sample: file.sample,
        language: file.language,
        senderName: file.senderName,
        audience: file.audience,
        autoSubscribeMembers: file.autoSubscribeMembers,
        scheduleDays: file.schedule?.days ?? [],
        scheduleTime: file.schedule?.time ?? null,
      })),
    )
    .onConflictDoNothing({ target: newsletters.slug });
  const ids = new Map(
    (await db.select({ id: newsletters.id, slug: newsletters.slug }).from(newsletters)).map((row) => [row.slug, row.id]),
  );
  const issues = [];
  for (const file of files) {
    const newsletterId = ids.get(file.slug);
    if (newsletterId === undefined) continue;
    for (const issue of file.issues) {
      issues.push({
        newsletterId,
        slug: issue.slug,
        subject: issue.subject,
        preheader: issue.preheader,
        access: issue.access,
        body: await withImageSizes(markdownToDoc(issue.markdown)),
        sentAt: issue.sentAt,
        createdAt: issue.sentAt,
      });
    }
  }
  if (issues.length)
    await db
      .insert(newsletterIssues)
      .values(issues)
      .onConflictDoNothing({ target: [newsletterIssues.newsletterId, newsletterIssues.slug] });
}

/**
 * Loads the demo newsroom from content/. Idempotent: rows are found by slug and only inserted
 * when missing, so a second run changes nothing and an editor's later changes are kept.
 */
export async function seed(
  db: Database,
  contentDir = path.join(process.cwd(), 'content'),
  media: Pick<MediaStore, 'put'> = configuredStore(env),
) {
  const newsroom = getNewsroom();
  const editions = otherEditions(contentDir);
  const articleFiles: (ArticleFile & { locale: Locale })[] = [
    ...readArticleFiles(contentDir).map((file) => ({ ...file, locale: DEFAULT_LOCALE })),
    ...editions.flatMap(({ locale, folder }) => readArticleFiles(folder).map((file) => ({ ...file, locale }))),
  ];
  const authorFiles = readAuthorFiles(contentDir);
  // What another edition calls a section, region, tag or author: `{ ru: { name: … } }`.
  const namesIn = <T>(pick: (file: (typeof editions)[number]['file'], folder: string) => Map<string, T>) => {
    const bySlug = new Map<string, Partial<Record<Locale, T>>>();
    for (const { locale, file, folder } of editions)
      for (const [slug, names] of pick(file, folder)) bySlug.set(slug, { ...bySlug.get(slug), [locale]: names });
    return (slug: string) => bySlug.get(slug) ?? {};
  };
  const sectionNames = namesIn((file) => new Map(file.sections.map((s) => [s.slug, { name: s.name, description: s.description }])));
  const regionNames = namesIn((file) => new Map(file.regions.map((r) => [r.slug, { name: r.name }])));
  const tagNamesIn = namesIn((file) => new Map(Object.entries(file.tags).map(([slug, name]) => [slugify(slug), { name }])));
  const authorNames = namesIn(
    (_file, folder) => new Map(readAuthorTranslations(folder).map((a) => [a.slug, { name: a.name, role: a.role, bio: a.bio }])),
  );

  await db.transaction(async (tx) => {
    await tx
      .insert(sections)
      .values(newsroom.sections.map((s, position) => ({ ...s, position, translations: sectionNames(s.slug) })))
      .onConflictDoNothing({ target: sections.slug });
    await tx
      .insert(regions)
      .values(newsroom.regions.map((r, position) => ({ ...r, position, translations: regionNames(r.slug) })))
      .onConflictDoNothing({ target: regions.slug });
    await tx.insert(users).values(DEMO_STAFF).onConflictDoNothing({ target: users.email });
    await seedAppeals(tx, contentDir);
    await tx
      .insert(authors)
      .values(
        authorFiles.map((a) => ({
          slug: a.slug,
          name: a.name,
          role: a.role,
          bio: a.bio,
          photoUrl: `/images/authors/${a.photo}`,
          translations: authorNames(a.slug),
        })),
      )
      .onConflictDoNothing({ target: authors.slug });

    // A tag is named in the default language; another edition's stories use the same tags.
    const tagNames = new Map<string, string>();
    for (const file of articleFiles)
      for (const name of file.tags) if (file.locale === DEFAULT_LOCALE || !tagNames.has(slugify(name))) tagNames.set(slugify(name), name);
    if (tagNames.size) {
      await tx
        .insert(tags)
        .values([...tagNames].map(([slug, name]) => ({ slug, name, translations: tagNamesIn(slug) })))
        .onConflictDoNothing({ target: tags.slug });
    }

    const idsBySlug = async <T extends { id: number; slug: string }>(rows: Promise<T[]>) =>
      new Map((await rows).map((row) => [row.slug, row.id]));
    const sectionIds = await idsBySlug(tx.select({ id: sections.id, slug: sections.slug }).from(sections));
    const regionIds = await idsBySlug(tx.select({ id: regions.id, slug: regions.slug }).from(regions));
    const authorIds = await idsBySlug(tx.select({ id: authors.id, slug: authors.slug }).from(authors));
    const tagIds = await idsBySlug(
      tx.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.slug, [...tagNames.keys(), ''])),
    );

    const existing = new Set(
      (await tx.select({ slug: articles.slug }).from(articles).where(inArray(articles.slug, articleFiles.map((f) => f.slug)))).map(
        (row) => row.slug,
      ),
    );

    // Translations join the group of the story they translate, which is named by its first id.
    const translationGroupOf = async (file: (typeof articleFiles)[number]) => {
      if (!file.translationOf) return null;
      const [original] = await tx
        .select({ id: articles.id, group: articles.translationGroup })
        .from(articles)
        .where(and(eq(articles.slug, file.translationOf), eq(articles.language, DEFAULT_LOCALE)));
      if (!original) throw new Error(`content/${file.locale}/articles/${file.slug}.md: no story "${file.translationOf}" to translate`);
      if (original.group === null)
        await tx.update(articles).set({ translationGroup: original.id }).where(eq(articles.id, original.id));
      return original.group ?? original.id;
    };

    for (const file of articleFiles) {
      if (existing.has(file.slug)) continue;
      const need = (map: Map<string, number>, key: string, what: string) => {
        const id = map.get(key);
        if (id === undefined) throw new Error(`content/articles/${file.slug}.md: unknown ${what} "${key}"`);
        return id;
      };
      const body = await withImageSizes(markdownToDoc(file.markdown));
      const [row] = await tx
        .insert(articles)
        .values({
          slug: file.slug,
          language: file.locale,
          searchConfig: LOCALES[file.locale].searchConfig,
          translationGroup: await translationGroupOf(file),
          headline: file.headline,
          standfirst: file.standfirst,
          body,
          ...derivedTextColumns(body),
          status: 'published',
          access: file.access,
          sectionId: need(sectionIds, file.section, 'section'),
          regionId: need(regionIds, file.region, 'region'),
          publishedAt: file.publishedAt,
          updatedAt: file.updatedAt ?? null,
          editedAt: file.updatedAt ?? file.publishedAt,
          createdAt: file.publishedAt,
          leadImageUrl: `/images/articles/${file.image.file}`,
          leadImageAlt: file.image.alt,
          leadImageCaption: file.image.caption,
          leadImageCredit: file.image.credit,
          editorsNote: file.editorsNote ?? null,
          seoTitle: file.seoTitle ?? null,
          seoDescription: file.seoDescription ?? null,
        })
        .returning({ id: articles.id });
      if (!row) throw new Error(`Could not insert ${file.slug}`);
      await tx.insert(articleAuthors).values(
        file.authors.map((slug, position) => ({ articleId: row.id, authorId: need(authorIds, slug, 'author'), position })),
      );
      if (file.tags.length) {
        await tx
          .insert(articleTags)
          .values(file.tags.map((name) => ({ articleId: row.id, tagId: need(tagIds, slugify(name), 'tag') })))
          .onConflictDoNothing();
      }
      if (file.formerSlugs.length) {
        await tx
          .insert(slugRedirects)
          .values(file.formerSlugs.map((oldSlug) => ({ oldSlug, articleId: row.id })))
          .onConflictDoNothing();
      }
      if (file.audioMinutes) {
        // Stored where an editor's upload goes, so members play it through the same route.
        const bytes = silentMp3({ seconds: file.audioMinutes * 60, id3: true });
        const storageKey = audioStorageKey(crypto.randomBytes(12).toString('base64url'), 'audio/mpeg');
        await media.put(storageKey, bytes, 'audio/mpeg');
        await tx.insert(articleAudio).values({
          articleId: row.id,
          storageKey,
          mimeType: 'audio/mpeg',
          bytes: bytes.length,
          durationSeconds: file.audioMinutes * 60,
          uploadedById: null,
        });
      }
    }
  });
  await seedNewsletters(db, contentDir);
}
