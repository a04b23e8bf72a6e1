import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { authors, regions, sections, tags } from '@/db/schema';

export async function listSections() {
  const db = await getDb();
  return db.select().from(sections).orderBy(asc(sections.position));
}

export async function listRegions() {
  const db = await getDb();
  return db.select().from(regions).orderBy(asc(regions.position));
}

export async function getSection({ slug }: { slug: string }) {
  const db = await getDb();
  const [row] = await db.select().from(sections).where(eq(sections.slug, slug)).limit(1);
  return row ?? null;
}

export async function getRegion({ slug }: { slug: string }) {
  const db = await getDb();
  const [row] = await db.select().from(regions).where(eq(regions.slug, slug)).limit(1);
  return row ?? null;
}

export async function getTag({ slug }: { slug: string }) {
  const db = await getDb();
  const [row] = await db.select().from(tags).where(eq(tags.slug, slug)).limit(1);
  return row ?? null;
}

export async function getAuthor({ slug }: { slug: string }) {
  const db = await getDb();
  const [row] = await db.select().from(authors).where(eq(authors.slug, slug)).limit(1);
  return row ?? null;
}

export async function listAuthors() {
  const db = await getDb();
  return db.select().from(authors).orderBy(asc(authors.name));
}
