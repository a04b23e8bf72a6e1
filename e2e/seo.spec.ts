import { demo, expect, paywalledSentence, test } from './fixtures/site';

test('an article has JSON-LD NewsArticle, canonical URL, OpenGraph and Twitter meta', async ({ page, request }) => {
  await page.goto(`/articles/${demo.publicSlug}`);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@type']).toBe('NewsArticle');
  expect(jsonLd.headline).toBe('Armenia and France sketch a defence-industrial partnership');
  expect(jsonLd.isAccessibleForFree).toBe(true);
  expect(Date.parse(jsonLd.datePublished)).not.toBeNaN();
  expect(Date.parse(jsonLd.dateModified)).not.toBeNaN();
  expect(jsonLd.author[0].name).toBe(demo.author.name);
  expect(jsonLd.publisher.name).toBe('Ridgeline');
  expect(jsonLd.image[0]).toMatch(/^http:\/\/localhost:3100\/images\//);

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `http://localhost:3100/articles/${demo.publicSlug}`,
  );
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Armenia and France/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toBeTruthy();
  const image = await request.get(new URL(ogImage ?? '').pathname + new URL(ogImage ?? '').search);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).length).toBeGreaterThan(10_000);
});

test('every kind of page has a title, description and OpenGraph tags', async ({ page }) => {
  for (const path of [
    '/',
    '/sections/news',
    '/regions/armenia',
    '/tags/energy',
    `/authors/${demo.author.slug}`,
    '/membership',
    '/about',
  ]) {
    await page.goto(path);
    await expect(page.locator('meta[property="og:title"]'), path).toHaveCount(1);
    await expect(page.locator('meta[name="description"]'), path).toHaveCount(1);
    expect((await page.title()).length, path).toBeGreaterThan(5);
  }
});

test('a members-only article shows a preview and the paywall, and says so in JSON-LD', async ({ page, request }) => {
  const response = await request.get(`/articles/${demo.membersSlug}`);
  const html = await response.text();
  expect(html).not.toContain(paywalledSentence(demo.membersSlug));
  await page.goto(`/articles/${demo.membersSlug}`);
  await expect(page.getByRole('heading', { name: 'The rest of this story is for members' })).toBeVisible();
  await expect(page.locator('.article__body .paywall').getByRole('link', { name: 'Become a member' })).toBeVisible();
  await expect(page.locator('.article__body > div > p')).toHaveCount(2);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd.isAccessibleForFree).toBe(false);
  expect(jsonLd.hasPart.isAccessibleForFree).toBe(false);
  expect(JSON.stringify(jsonLd)).not.toContain(paywalledSentence(demo.membersSlug));
});
