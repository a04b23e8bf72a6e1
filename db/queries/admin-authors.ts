import 'server-only';
import { and, asc, count, eq, ne } from 'drizzle-orm';
import { getDb } from '@/db';
import { articleAuthors, authors } from '@/db/schema';
import type { Translations } from '@/domain/i18n/locales';

/** The newsroom's authors with how many stories carry each byline. */
export async function listAuthorsForAdmin() {
  const db = await getDb();
  return db
    .select({
      id: authors.id,
      slug: authors.slug,
      name: authors.name,
      role: authors.role,
      photoUrl: authors.photoUrl,
      stories: count(articleAuthors.articleId),
    })
    .from(authors)
    .leftJoin(articleAuthors, eq(articleAuthors.authorId, authors.id))
    .groupBy(authors.id)
    .orderBy(asc(authors.name));
}

export async function getAuthorById({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db.select().from(authors).where(eq(authors.id, id)).limit(1);
  return row ?? null;
}

export type AuthorFields = {
  name: string;
  slug: string;
  role: string;
  bio: string;
  photoUrl: string | null;
  /** Name, role and bio in the other editions' languages; what is missing falls back to the above. */
  translations?: Translations<{ name: string; role: string; bio: string }>;
};
export type AuthorSaveResult =
  { ok: true; id: number; previousSlug: string | null } | { ok: false; reason: 'slug-taken' | 'not-found' };

const isUniqueViolation = (error: unknown): boolean => {
  const codes = [error, (error as { cause?: unknown } | null)?.cause].map(
    (e) => (e as { code?: unknown } | null)?.code,
  );
  return codes.includes('23505');
};

/**
 * Creates an author (no id) or changes one. A slug another author holds is refused, never
 * taken over; the unique index settles a race between two saves.
 */
export async function saveAuthor({ id, ...fields }: AuthorFields & { id?: number }): Promise<AuthorSaveResult> {
  const db = await getDb();
  try {
    return await db.transaction(async (tx): Promise<AuthorSaveResult> => {
      const [clash] = await tx
        .select({ id: authors.id })
        .from(authors)
        .where(and(eq(authors.slug, fields.slug), id === undefined ? undefined : ne(authors.id, id)))
        .limit(1);
      if (clash) return { ok: false, reason: 'slug-taken' };
      if (id === undefined) {
        const [row] = await tx.insert(authors).values(fields).returning({ id: authors.id });
        if (!row) throw new Error('could not insert the author');
        return { ok: true, id: row.id, previousSlug: null };
      }
      const [before] = await tx.select({ slug: authors.slug }).from(authors).where(eq(authors.id, id)).for('update');
      if (!before) return { ok: false, reason: 'not-found' };
      await tx.update(authors).set(fields).where(eq(authors.id, id));
      return { ok: true, id, previousSlug: before.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'slug-taken' };
    throw error;
  }
}
