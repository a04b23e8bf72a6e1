import type { MetadataRoute } from 'next';
import { listArticlesForSitemap, listRegions, listSections } from '@/lib/content/reads';
import { env } from '@/lib/env';

export const revalidate = 60;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, sections, regions] = await Promise.all([listArticlesForSitemap(), listSections(), listRegions()]);
  const site = env.SITE_URL;
  const newest = articles[0]?.publishedAt ?? undefined;
  return [
    { url: `${site}/`, lastModified: newest ?? undefined, changeFrequency: 'hourly', priority: 1 },
    ...sections.map((s) => ({
      url: `${site}/sections/${s.slug}`,
      lastModified: newest ?? undefined,
      changeFrequency: 'hourly' as const,
    })),
    ...regions.map((r) => ({
      url: `${site}/regions/${r.slug}`,
      lastModified: newest ?? undefined,
      changeFrequency: 'hourly' as const,
    })),
    ...articles.map((a) => ({
      url: `${site}/articles/${a.slug}`,
      lastModified: a.updatedAt ?? a.publishedAt ?? undefined,
    })),
  ];
}
