import { expect, test } from '@playwright/test';
import { signedInContext } from './fixtures/accounts';
import { demo, shareImagePath } from './fixtures/site';

test('public, cacheable answers never carry the session cookie; personal pages refresh it and are private', async ({
  browser,
  request,
}) => {
  const { context } = await signedInContext(browser, 'cookie');
  const shareImage = await shareImagePath(request, demo.publicSlug);
  const publicPaths = [
    '/rss.xml',
    '/sections/news/rss.xml',
    '/sitemap.xml',
    '/robots.txt',
    shareImage,
    `/images/articles/${demo.publicSlug}.jpg`,
    '/favicon.ico',
  ];
  for (const path of publicPaths) {
    const response = await context.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
  }
  for (const path of [`/articles/${demo.publicSlug}`, '/account', '/']) {
    const response = await context.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['set-cookie'], path).toMatch(/authjs\.session-token=/);
    expect(response.headers()['cache-control'], path).toMatch(/private|no-store/);
    expect(response.headers()['cache-control'], path).not.toMatch(/s-maxage|public/);
  }
  await context.close();
});
