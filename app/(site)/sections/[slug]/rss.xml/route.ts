import { FEED_SIZE, renderRssFeed } from '@/lib/feeds/rss';
import { getSection, listSectionArticles } from '@/lib/content/reads';
import { getNewsroom } from '@/lib/newsroom';

export const dynamic = 'force-static';
export const revalidate = 60;
export const generateStaticParams = () => Promise.resolve([]);

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const section = await getSection({ slug });
  if (!section)
    return new Response('No such section.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { items } = await listSectionArticles({ sectionId: section.id, limit: FEED_SIZE });
  return renderRssFeed({
    title: `${getNewsroom().name}: ${section.name}`,
    description: section.description,
    path: `/sections/${slug}/rss.xml`,
    items,
  });
}
