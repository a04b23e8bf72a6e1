import 'server-only';
import { unstable_cache } from 'next/cache';
import * as appealQueries from '@/db/queries/appeals';
import { getArticleRecording as getArticleRecordingQuery } from '@/db/queries/article-audio';
import { listBenefits as listBenefitsQuery, listFaq as listFaqQuery } from '@/db/queries/benefits';
import * as articleQueries from '@/db/queries/articles';
import * as newsletterArchive from '@/db/queries/newsletter-archive';
import { listNewsletters as listNewslettersQuery } from '@/db/queries/newsletters';
import { countMembersNow as countMembersNowQuery } from '@/db/queries/admin-members';
import { getPoolFigures as getPoolFiguresQuery } from '@/db/queries/gifts';
import * as taxonomy from '@/db/queries/taxonomy';
import { cacheTags } from '@/lib/cache-tags';

/**
 * The public site's reads, cached by tag so that an anonymous page costs no database round
 * trip; content changes revalidate the tags (never time alone), and no copy lives longer than an
 * hour.
 */

const DATA_LIFE_SECONDS = 3600;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

// The cache stores JSON; dates are revived on the way out so callers get what the query returned.
function cached<Args extends unknown[], Result>(
  name: string,
  fn: (...args: Args) => Promise<Result>,
  tags: (...args: NoInfer<Args>) => string[],
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => {
    const json = await unstable_cache(async () => JSON.stringify(await fn(...args)), [name, JSON.stringify(args)], {
      tags: tags(...args),
      // Tags do the work; the hour is a safety net so that no copy outlives its data for long
      // whatever happens to an invalidation.
      revalidate: DATA_LIFE_SECONDS,
    })();
    return JSON.parse(json, (_key, value: unknown) => (typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : value)) as Result;
  };
}

const lists = () => [cacheTags.articles];
const meta = () => [cacheTags.taxonomy];

export const getPublishedArticle = cached('article', articleQueries.getPublishedArticle, ({ slug }) => [cacheTags.article(slug), cacheTags.taxonomy]);
/** A story's recording, on its page's tag: attaching or removing one expires that tag. */
export const getArticleRecording = cached(
  'article-recording',
  ({ articleId }: { articleId: number; slug: string }) => getArticleRecordingQuery({ articleId }),
  ({ slug }) => [cacheTags.article(slug)],
);
export const findRenamedArticleSlug = cached('renamed', articleQueries.findRenamedArticleSlug, lists);
export const listLatestArticles = cached('latest', articleQueries.listLatestArticles, lists);
export const listRelatedArticles = cached('related', articleQueries.listRelatedArticles, lists);
export const listSectionArticles = cached('section-articles', articleQueries.listSectionArticles, lists);
export const listRegionArticles = cached('region-articles', articleQueries.listRegionArticles, lists);
export const listTagArticles = cached('tag-articles', articleQueries.listTagArticles, lists);
export const listAuthorArticles = cached('author-articles', articleQueries.listAuthorArticles, lists);
// Any publish, unpublish or rename of a translation revalidates the lists, and with them this.
export const listPublishedCounterparts = cached('counterparts', articleQueries.listPublishedCounterparts, lists);
export const listArticlesForSitemap = cached('sitemap', articleQueries.listArticlesForSitemap, lists);
export const listPublishedSlugs = cached('slugs', articleQueries.listPublishedSlugs, lists);

export const listSections = cached('sections', taxonomy.listSections, meta);
export const listRegions = cached('regions', taxonomy.listRegions, meta);
export const getSection = cached('section', taxonomy.getSection, meta);
export const getRegion = cached('region', taxonomy.getRegion, meta);
export const getTag = cached('tag', taxonomy.getTag, meta);
export const getAuthor = cached('author', taxonomy.getAuthor, meta);
export const listAuthors = cached('authors', taxonomy.listAuthors, meta);

export const countMembersNow = cached('member-count', () => countMembersNowQuery(), () => [cacheTags.members]);

/** The asks and the campaign goal: every anonymous page carries them, so they come from the cache. */
export const listAppeals = cached('appeals', appealQueries.listAppeals, () => [cacheTags.appeals]);
/** What the pool holds and the readers it carried, on /membership. */
export const getPoolFigures = cached('pool', () => getPoolFiguresQuery(), () => [cacheTags.pool]);
export const listBenefits = cached('benefits', listBenefitsQuery, () => [cacheTags.benefits]);
/** The questions /membership answers; edited beside the benefits, so under their tag. */
export const listFaq = cached('faq', listFaqQuery, () => [cacheTags.benefits]);

/** The newsletters, for /newsletters and the sign-up forms on every page. */
export const listNewsletters = cached('newsletters', () => listNewslettersQuery(), () => [cacheTags.newsletters]);
export const getNewsletterBySlug = cached('newsletter', newsletterArchive.getNewsletterBySlug, ({ slug }) => [
  cacheTags.newsletters,
  cacheTags.newsletterArchive(slug),
]);
/** An archive's issues and one issue: keyed by the newsletter's slug, whose tag a send expires. */
export const listSentIssues = cached(
  'newsletter-issues',
  ({ newsletterId }: { newsletterId: number; newsletterSlug: string }) =>
    newsletterArchive.listSentIssues({ newsletterId }),
  ({ newsletterSlug }) => [cacheTags.newsletterArchive(newsletterSlug)],
);
export const getSentIssue = cached(
  'newsletter-issue',
  ({ newsletterId, slug }: { newsletterId: number; newsletterSlug: string; slug: string }) =>
    newsletterArchive.getSentIssue({ newsletterId, slug }),
  ({ newsletterSlug }) => [cacheTags.newsletterArchive(newsletterSlug)],
);
export const listAllSentIssues = cached('all-newsletter-issues', () => newsletterArchive.listAllSentIssues(), () => [
  cacheTags.newsletterIssues,
  cacheTags.newsletters,
]);

export { PAGE_SIZE } from '@/db/queries/articles';
export type { ArticleCard, ArticleCardPage, Byline, PublishedArticle } from '@/db/queries/articles';
