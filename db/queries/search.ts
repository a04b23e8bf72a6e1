import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { articles, regions, sections } from '@/db/schema';
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, type Locale } from '@/domain/i18n/locales';
import { inEdition, isPublic, PAGE_SIZE } from './articles';

export const SEARCH_QUERY_MAX = 200;

export type SearchHit = {
  slug: string;
  headline: string;
  standfirst: string;
  access: 'public' | 'members';
  /** Members first: a members-only story that opens to everyone later. */
  membersFirst: boolean;
  publishedAt: Date;
  sectionName: string | null;
  regionName: string | null;
  /** HTML with matches wrapped in <mark>; every other character is escaped by the database. */
  snippetHtml: string;
};

/**
 * Full-text search over published articles, ranked headline > standfirst > body.
 * websearch_to_tsquery accepts anything a person types (quotes, -, or) without a syntax error.
 * Someone who may not read members-only stories in full finds them only by what they may read
 * (headline, standfirst, the preview), so a search cannot reveal a word, or the order of words,
 * behind the paywall. Snippets of members-only stories come from the standfirst only.
 */
export async function searchArticles({
  query,
  page,
  mayReadMembersText,
  locale = DEFAULT_LOCALE,
}: {
  query: string;
  page: number;
  mayReadMembersText: boolean;
  /** The edition searched. */
  locale?: Locale;
}) {
  const db = await getDb();
  const q = query.slice(0, SEARCH_QUERY_MAX);
  // Each story is matched in its own language's configuration (Russian stems "выборы" to find
  // "выборов"); written as one condition per configuration so that the GIN indexes serve it.
  const configs = [...new Set(LOCALE_CODES.map((code) => LOCALES[code].searchConfig))];
  const inEachConfig = (column: typeof articles.search | typeof articles.previewSearch) =>
    sql`(${sql.join(
      configs.map(
        (config) =>
          sql`(${articles.searchConfig} = ${config}::regconfig and ${column} @@ websearch_to_tsquery(${config}::regconfig, ${q}))`,
      ),
      sql` or `,
    )})`;
  const tsquery = sql`websearch_to_tsquery(${articles.searchConfig}, ${q})`;
  const matches = mayReadMembersText
    ? inEachConfig(articles.search)
    : sql`((${articles.access} = 'public' and ${inEachConfig(articles.search)}) or (${articles.access} = 'members' and ${inEachConfig(articles.previewSearch)}))`;
  const rankedBy = mayReadMembersText
    ? articles.search
    : sql`case when ${articles.access} = 'members' then ${articles.previewSearch} else ${articles.search} end`;
  // What the site shows (isPublic): an email-only issue is never found.
  const where = and(isPublic(), inEdition(locale), matches);
  // Escape the source text before ts_headline marks it up, so the only tags are our own.
  const escaped = (column: unknown) =>
    sql`replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
  const snippetSource = sql`case when ${articles.access} = 'members' then ${escaped(articles.standfirst)} else ${escaped(articles.bodyText)} end`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        slug: articles.slug,
        headline: articles.headline,
        standfirst: articles.standfirst,
        access: articles.access,
        membersFirst: sql<boolean>`${articles.access} = 'members' and ${articles.opensToAllAt} is not null`,
        publishedAt: articles.publishedAt,
        sectionName: sections.name,
        regionName: regions.name,
        snippetHtml: sql<string>`ts_headline(${articles.searchConfig}, ${snippetSource}, ${tsquery}, 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')`,
      })
      .from(articles)
      .leftJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(regions, eq(regions.id, articles.regionId))
      .where(where)
      .orderBy(desc(sql`ts_rank_cd(${rankedBy}, ${tsquery})`), desc(articles.publishedAt))
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(articles)
      .where(where),
  ]);
  const count = total?.n ?? 0;
  return {
    hits: rows.map((r) => ({
      ...r,
      membersFirst: Boolean(r.membersFirst),
      publishedAt: r.publishedAt ?? new Date(0),
    })) satisfies SearchHit[],
    total: count,
    page,
    pageCount: Math.max(1, Math.ceil(count / PAGE_SIZE)),
  };
}
