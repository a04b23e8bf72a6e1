import { XMLParser } from 'fast-xml-parser';
import { demo, expect, paywalledSentence, test } from './fixtures/site';

const parser = new XMLParser({ ignoreAttributes: false });

test('the site RSS feed is valid RSS 2.0 and lists the latest stories', async ({ request }) => {
  const response = await request.get('/rss.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const feed = parser.parse(await response.text());
  expect(feed.rss['@_version']).toBe('2.0');
  const items = feed.rss.channel.item as { title: string; link: string; pubDate: string }[];
  expect(items.length).toBeGreaterThanOrEqual(24);
  expect(items.every((i) => i.link.startsWith('http://localhost:') && !Number.isNaN(Date.parse(i.pubDate)))).toBe(true);
  const dates = items.map((i) => Date.parse(i.pubDate));
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
});

test('each section has its own feed with only its stories', async ({ request }) => {
  const feed = parser.parse(await (await request.get('/sections/explainers/rss.xml')).text());
  const items = [feed.rss.channel.item].flat() as { category: string | string[] }[];
  expect(items.length).toBeGreaterThan(0);
  expect(items.every((i) => [i.category].flat().includes('Explainers'))).toBe(true);
  expect((await request.get('/sections/nonsense/rss.xml')).status()).toBe(404);
});

test('the sitemap lists every published article with lastmod, and every URL in it answers 200', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const sitemap = parser.parse(await response.text());
  const urls = sitemap.urlset.url as { loc: string; lastmod?: string }[];
  const articles = urls.filter((u) => u.loc.includes('/articles/'));
  expect(articles.length).toBeGreaterThanOrEqual(24);
  expect(articles.every((u) => u.lastmod && !Number.isNaN(Date.parse(u.lastmod)))).toBe(true);
  expect(articles.map((u) => u.loc)).toContain(`http://localhost:3100/articles/${demo.publicSlug}`);
  for (const { loc } of urls) {
    const page = await request.get(new URL(loc).pathname, { maxRedirects: 0 });
    expect(page.status(), loc).toBe(200);
  }
});

test('robots.txt points at the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toContain('Sitemap: http://localhost:3100/sitemap.xml');
  expect(text).toMatch(/Disallow: \/admin/);
});

test('feeds carry only the preview of a members-only story', async ({ request }) => {
  const secret = paywalledSentence(demo.membersSlug);
  const site = await (await request.get('/rss.xml')).text();
  expect(site).toContain(`/articles/${demo.membersSlug}`);
  expect(site).not.toContain(secret);
  const section = await (await request.get('/sections/analysis/rss.xml')).text();
  expect(section).not.toContain(secret);
});
