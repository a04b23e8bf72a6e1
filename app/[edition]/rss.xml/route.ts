import { LOCALE_CODES, isLocale } from '@/domain/i18n/locales';
import { FEED_SIZE, renderRssFeed } from '@/lib/feeds/rss';
import { listLatestArticles } from '@/lib/content/reads';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { newsroomIn } from '@/lib/i18n/newsroom';

export const dynamic = 'force-static';
export const revalidate = 60;
export const generateStaticParams = () => LOCALE_CODES.map((edition) => ({ edition }));

/** Each edition's feed of its latest stories: /rss.xml, /ru/rss.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params;
  if (!isLocale(edition)) return new Response('Not found.', { status: 404 });
  const newsroom = newsroomIn(edition);
  return renderRssFeed({
    title: translator(edition, 'site')('feedTitle', { name: newsroom.name }),
    description: newsroom.description,
    path: localePath(edition, '/rss.xml'),
    items: await listLatestArticles({ limit: FEED_SIZE, locale: edition }),
    locale: edition,
  });
}
