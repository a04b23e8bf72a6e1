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
  /** The pool's balance and the readers it carried, on /membership. */
  pool: 'pool',
  /** The in-article and end-of-article appeals, the site banner and the campaign goal. */
  appeals: 'appeals',
  /** What membership brings: /membership, the paywall on every members-only story, the welcome page. */
  benefits: 'benefits',
  /** The newsletters themselves (names, descriptions, audiences): /newsletters and every sign-up form. */
  newsletters: 'newsletters',
  /** Every list of archived issues: the sitemap's. */
  newsletterIssues: 'newsletter-issues',
  /** One newsletter's web archive: its list of issues and each issue's page. */
  newsletterArchive: (slug: string) => `newsletter:${slug}`,
} as const;

/**
 * The newsletters as readers see them: names, descriptions, samples, schedules, audiences
 * (/newsletters, each archive's head, and the sign-up forms, the footer's on every page).
 */
export const NEWSLETTERS_TAG = cacheTags.newsletters;

/**
 * What sending an issue of this newsletter changes in public: its archive (the list and the
 * issue's own page, which may have been cached as missing) and the sitemap.
 */
export function newsletterArchiveTags(slug: string): string[] {
  return [cacheTags.newsletterIssues, cacheTags.newsletterArchive(slug)];
}
