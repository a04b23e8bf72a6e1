import 'server-only';
import { revalidateTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';

/**
 * The one way to invalidate cached public reads: expire these tags now, so the next request
 * renders fresh and a change shows at once. It works the same from a server action, a route
 * handler and the job runner (Next's updateTag only works in actions), and the cache handler
 * writes each expiry through to disk (lib/cache/durable-tags.mjs), so a restart keeps it.
 */
export function invalidate(...tags: string[]) {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}

/**
 * The tags of everything that shows these articles: their pages (under each slug they had) and
 * every list (home, sections, regions, tags, authors, related stories, feeds, sitemap).
 */
export function articleTags(slugs: (string | null | undefined)[]): string[] {
  return [cacheTags.articles, ...slugs.filter((slug): slug is string => Boolean(slug)).map(cacheTags.article)];
}
