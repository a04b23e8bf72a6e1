import type { MetadataRoute } from 'next';
import {
  listAllSentIssues,
  listArticlesForSitemap,
  listNewsletters,
  listRegions,
  listSections,
} from '@/lib/content/reads';
import { env } from '@/lib/env';

export const revalidate = 60;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, sections, regions, newsletters, issues] = await Promise.all([
    listArticlesForSitemap(),
    listSections(),
    listRegions(),
    listNewsletters(),
    listAllSentIssues(),
  ]);
  // The web archive: each newsletter's page is as new as its latest issue.
  const latestIssue = new Map<string, Date>();
  for (const issue of issues) if (!latestIssue.has(issue.newsletter)) latestIssue.set(issue.newsletter, issue.sentAt);
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
    ...(newsletters.length ? [{ url: `${site}/newsletters`, lastModified: issues[0]?.sentAt }] : []),
    ...newsletters.map((n) => ({ url: `${site}/newsletters/${n.slug}`, lastModified: latestIssue.get(n.slug) })),
    ...issues.map((i) => ({ url: `${site}/newsletters/${i.newsletter}/${i.slug}`, lastModified: i.sentAt })),
  ];
}
