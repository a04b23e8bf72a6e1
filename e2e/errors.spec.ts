import { demo, expect, test } from './fixtures/site';

test('an unknown article answers 404 with a search box and the latest stories', async ({ page }) => {
  const response = await page.goto('/articles/no-such-story-here');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
  await expect(page.getByRole('searchbox')).toBeVisible();
  expect(await page.locator('.not-found .card').count()).toBeGreaterThan(0);
});

test('any unknown URL answers 404 inside the site', async ({ page }) => {
  const response = await page.goto('/this/does/not/exist');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: /^Ridgeline\b.*home page/ })).toBeVisible();
  expect((await page.goto('/sections/not-a-section'))?.status()).toBe(404);
  expect((await page.goto('/authors/nobody'))?.status()).toBe(404);
});

test('an article’s former slug redirects permanently to the current one', async ({ request }) => {
  const response = await request.get(`/articles/${demo.renamedFrom}`, { maxRedirects: 0 });
  // Next says 308; the production server sends GET's permanent redirects as 301 (server/main.mjs).
  expect(response.status()).toBe(301);
  // One Location, even on the first render (where Next sets it twice; the server folds them).
  expect(response.headers().location).toBe(`/articles/${demo.publicSlug}`);
});

test('hostile and odd searches answer 200 with a helpful page', async ({ request }) => {
  const queries = [
    '',
    'a',
    '"',
    '&|!',
    '!!!(',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '\u0000',
    'x'.repeat(10 * 1024),
    '"peace treaty" -france',
  ];
  for (const q of queries) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q.slice(0, 20)).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('<script>alert(1)</script>');
  }
  const oneLetter = await (await request.get('/search?q=a')).text();
  expect(oneLetter).toContain('at least two letters');
  const long = await (await request.get(`/search?q=${'gas '.repeat(2600)}`)).text();
  expect(long).toContain('first 200 characters');
});

test('anonymous pages may be cached briefly by a shared cache', async ({ request }) => {
  const response = await request.get(`/articles/${demo.publicSlug}`);
  expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
});
