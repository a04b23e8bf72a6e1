import { isLocale, translated } from '@/domain/i18n/locales';
import { FEED_SIZE, renderRssFeed } from '@/lib/feeds/rss';
import { getSection, listSectionArticles } from '@/lib/content/reads';
import { localePath } from '@/lib/i18n/paths';
import { newsroomIn } from '@/lib/i18n/newsroom';

export const dynamic = 'force-static';
export const revalidate = 60;
export const generateStaticParams = () => Promise.resolve([]);

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string; slug: string }> }) {
  const { edition, slug } = await params;
  const section = isLocale(edition) ? await getSection({ slug }) : null;
  if (!section || !isLocale(edition))
    return new Response('No such section.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { items } = await listSectionArticles({ sectionId: section.id, limit: FEED_SIZE, locale: edition });
  return renderRssFeed({
    title: `${newsroomIn(edition).name}: ${translated(section, 'name', edition)}`,
    description: translated(section, 'description', edition),
    path: localePath(edition, `/sections/${slug}/rss.xml`),
    items,
    locale: edition,
  });
}
