import crypto from 'node:crypto';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { readAppealCopy, readBenefits } from '@/lib/content/appeal-copy';
import { readArticleFiles, readAuthorFiles, readNewsletterFiles, slugify } from '@/lib/content/files';
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

/**
 * The appeals table's first copy and the first list of member benefits, from
 * content/newsroom.yaml. Only missing placements are inserted, and benefits only into an empty
 * list, so an editor's copy from /admin/appeals is never overwritten; it also runs on every
 * start (scripts/prepare-database.ts), so a newsroom seeded before either lived in the database
 * gets them.
 */
export async function seedAppeals(
  db: Pick<Database, 'insert' | 'select'>,
  contentDir = path.join(process.cwd(), 'content'),
) {
  await db.insert(appeals).values(readAppealCopy(contentDir)).onConflictDoNothing({ target: appeals.placement });
  const [listed] = await db.select({ id: membershipBenefits.id }).from(membershipBenefits).limit(1);
  if (!listed)
    await db.insert(membershipBenefits).values(readBenefits(contentDir).map((text, position) => ({ position, text })));
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
  const articleFiles = readArticleFiles(contentDir);
  const authorFiles = readAuthorFiles(contentDir);

  await db.transaction(async (tx) => {
    await tx
      .insert(sections)
      .values(newsroom.sections.map((s, position) => ({ ...s, position })))
      .onConflictDoNothing({ target: sections.slug });
    await tx
      .insert(regions)
      .values(newsroom.regions.map((r, position) => ({ ...r, position })))
      .onConflictDoNothing({ target: regions.slug });
    await tx.insert(users).values(DEMO_STAFF).onConflictDoNothing({ target: users.email });
    await seedAppeals(tx, contentDir);
    await tx
      .insert(authors)
      .values(
        authorFiles.map((a) => ({ slug: a.slug, name: a.name, role: a.role, bio: a.bio, photoUrl: `/images/authors/${a.photo}` })),
      )
      .onConflictDoNothing({ target: authors.slug });

    const tagNames = new Map<string, string>();
    for (const file of articleFiles) for (const name of file.tags) tagNames.set(slugify(name), name);
    if (tagNames.size) {
      await tx
        .insert(tags)
        .values([...tagNames].map(([slug, name]) => ({ slug, name })))
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
