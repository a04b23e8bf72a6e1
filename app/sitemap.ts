import type { MetadataRoute } from 'next';
import { DEFAULT_LOCALE, LOCALE_CODES } from '@/domain/i18n/locales';
import {
  listAllSentIssues,
  listArticlesForSitemap,
  listNewsletters,
  listRegions,
  listSections,
} from '@/lib/content/reads';
import { env } from '@/lib/env';
import { storyAlternates } from '@/lib/i18n/alternates';
import { localePath } from '@/lib/i18n/paths';

export const revalidate = 60;

/**
 * Every edition's pages, each with its hreflang alternates: the front pages, sections and
 * regions exist in every edition; a story names its translations (and x-default), as its page
 * head does.
 */
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
  const languageOf = new Map(newsletters.map((n) => [n.slug, n.language]));
  const site = env.SITE_URL;
  const url = (path: string) => `${site}${path}`;
  const absolute = (paths: Record<string, string>) =>
    Object.fromEntries(Object.entries(paths).map(([language, path]) => [language, url(path)]));
  const newest = articles[0]?.publishedAt ?? undefined;

  /** A page every edition has at the same path: one entry per edition, each naming all. */
  const inEveryEdition = (path: string, entry: Omit<MetadataRoute.Sitemap[number], 'url'>) => {
    const languages = absolute({
      ...Object.fromEntries(LOCALE_CODES.map((locale) => [locale, localePath(locale, path)])),
      'x-default': localePath(DEFAULT_LOCALE, path),
    });
    return LOCALE_CODES.map((locale) => ({ ...entry, url: url(localePath(locale, path)), alternates: { languages } }));
  };

  const groups = new Map<number, typeof articles>();
  for (const a of articles)
    if (a.translationGroup !== null) groups.set(a.translationGroup, [...(groups.get(a.translationGroup) ?? []), a]);
  const counterpartsOf = (a: (typeof articles)[number]) =>
    a.translationGroup === null ? [] : (groups.get(a.translationGroup) ?? []).filter((other) => other !== a);

  return [
    ...inEveryEdition('/', { lastModified: newest, changeFrequency: 'hourly', priority: 1 }),
    ...sections.flatMap((s) =>
      inEveryEdition(`/sections/${s.slug}`, { lastModified: newest, changeFrequency: 'hourly' as const }),
    ),
    ...regions.flatMap((r) =>
      inEveryEdition(`/regions/${r.slug}`, { lastModified: newest, changeFrequency: 'hourly' as const }),
    ),
    ...articles.map((a) => {
      const languages = storyAlternates(a, counterpartsOf(a));
      return {
        url: url(localePath(a.language, `/articles/${a.slug}`)),
        lastModified: a.updatedAt ?? a.publishedAt ?? undefined,
        ...(Object.keys(languages).length ? { alternates: { languages: absolute(languages) } } : {}),
      };
    }),
    ...(newsletters.length ? inEveryEdition('/newsletters', { lastModified: issues[0]?.sentAt }) : []),
    // A newsletter's archive and issues at the edition of the language they are written in.
    ...newsletters.map((n) => ({
      url: url(localePath(n.language, `/newsletters/${n.slug}`)),
      lastModified: latestIssue.get(n.slug),
    })),
    ...issues.map((i) => {
      const language = languageOf.get(i.newsletter) ?? DEFAULT_LOCALE;
      return { url: url(localePath(language, `/newsletters/${i.newsletter}/${i.slug}`)), lastModified: i.sentAt };
    }),
  ];
}
