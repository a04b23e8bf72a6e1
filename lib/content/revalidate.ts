import 'server-only';
import { revalidateTag } from 'next/cache';
import { cacheTags } from '@/lib/cache-tags';

/**
 * Expire, now, every cached public read that shows these articles: the article pages (under
 * each slug they had), and every list (home, sections, regions, tags, authors, related
 * stories, feeds, sitemap). The next request renders fresh, so a change shows at once.
 */
export function revalidateArticles(slugs: (string | null | undefined)[]) {
  const tags = new Set<string>([cacheTags.articles]);
  for (const slug of slugs) if (slug) tags.add(cacheTags.article(slug));
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}
