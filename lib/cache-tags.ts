/**
 * Names of the cache tags public reads carry. A change to content revalidates exactly the tags
 * it touches (lib/cache/invalidate.ts).
 */
export const cacheTags = {
  /** Every list of articles: home, sections, regions, tags, authors, related, feeds, sitemap. */
  articles: 'articles',
  article: (slug: string) => `article:${slug}`,
  /** Sections, regions, tags and authors themselves (names, bios, photos). */
  taxonomy: 'taxonomy',
  /** The member count shown on /membership and in the campaign banner. */
  members: 'members',
  /** The in-article and end-of-article appeals, the site banner and the campaign goal. */
  appeals: 'appeals',
} as const;

/** The newsletters as readers see them listed: names, descriptions, samples, schedules (/newsletters). */
export const NEWSLETTERS_TAG = 'newsletters';
