import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { authors, regions, sections, tags } from '@/db/schema';
import type { Locale, Translations } from '@/domain/i18n/locales';

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

/** What the site groups stories by, as editors name it. */
export type TaxonomyKind = 'sections' | 'regions' | 'tags';

/** A section's, region's or tag's names in every edition (the default one's is `name`). */
export type TaxonomyRow = {
  id: number;
  slug: string;
  name: string;
  translations: Translations<{ name: string; description: string }>;
};

const TABLES = { sections, regions, tags } as const;

/** Sections and regions in their order, tags by name, for the admin's names page. */
export async function listTaxonomyForAdmin(): Promise<Record<TaxonomyKind, TaxonomyRow[]>> {
  const db = await getDb();
  const columns = (table: (typeof TABLES)[TaxonomyKind]) => ({
    id: table.id,
    slug: table.slug,
    name: table.name,
    translations: table.translations,
  });
  const [sectionRows, regionRows, tagRows] = await Promise.all([
    db.select(columns(sections)).from(sections).orderBy(asc(sections.position)),
    db.select(columns(regions)).from(regions).orderBy(asc(regions.position)),
    db.select(columns(tags)).from(tags).orderBy(asc(tags.name)),
  ]);
  return { sections: sectionRows, regions: regionRows, tags: tagRows };
}

/**
 * Renames sections, regions or tags: each row's default-language name and its names in the other
 * editions (an empty one removed: that edition shows the default name). The slug never changes,
 * so no address moves. A section's description in the other editions is kept as it was.
 */
export async function saveTaxonomyNames({
  kind,
  rows,
}: {
  kind: TaxonomyKind;
  rows: { id: number; name: string; names: Partial<Record<Locale, string>> }[];
}): Promise<{ ok: true } | { ok: false; reason: 'not-found' }> {
  const db = await getDb();
  const table = TABLES[kind];
  return db.transaction(async (tx) => {
    for (const row of rows) {
      const [before] = await tx
        .select({ translations: table.translations })
        .from(table)
        .where(eq(table.id, row.id))
        .for('update');
      if (!before) return { ok: false, reason: 'not-found' } as const;
      const translations: Translations<{ name: string; description: string }> = { ...before.translations };
      for (const [locale, name] of Object.entries(row.names) as [Locale, string][]) {
        const description = translations[locale]?.description;
        translations[locale] = { ...(description ? { description } : {}), ...(name ? { name } : {}) };
      }
      await tx.update(table).set({ name: row.name, translations }).where(eq(table.id, row.id));
    }
    return { ok: true } as const;
  });
}
