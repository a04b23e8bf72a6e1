import { FEED_SIZE, renderRssFeed } from '@/lib/feeds/rss';
import { listLatestArticles } from '@/lib/content/reads';
import { getNewsroom } from '@/lib/newsroom';

export const dynamic = 'force-static';
export const revalidate = 60;

export async function GET() {
  const newsroom = getNewsroom();
  return renderRssFeed({
    title: newsroom.name,
    description: newsroom.description,
    path: '/rss.xml',
    items: await listLatestArticles({ limit: FEED_SIZE }),
  });
}
