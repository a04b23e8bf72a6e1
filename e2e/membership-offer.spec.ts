import { expect, test } from '@playwright/test';
import { signedInContext } from './fixtures/accounts';
import { demo } from './fixtures/site';

test('the offer is a static, cacheable page for anonymous readers, and carries where they came from', async ({
  request,
}) => {
  const plain = await request.get('/membership');
  expect(plain.status()).toBe(200);
  expect(plain.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect(plain.headers()['set-cookie']).toBeUndefined();
  const html = await plain.text();
  expect(html).toContain('Choose your membership');
  expect(html).not.toMatch(/<script[^>]+src="\/_next\/static/);
  expect((await request.get('/membership')).headers()['x-microcache']).toBe('HIT');

  const fromStory = await request.get(`/membership?placement=in-article&from=${demo.publicSlug}`);
  expect(fromStory.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  const attributed = await fromStory.text();
  expect(attributed).toContain(`name="from" value="${demo.publicSlug}"`);
  expect(attributed).toContain('name="placement" value="in-article"');

  const fromBanner = await (await request.get('/membership?placement=banner')).text();
  expect(fromBanner).toContain('name="placement" value="banner"');
  expect(fromBanner).toContain('name="from" value=""');

  // A story we do not publish is not recorded as where a member came from.
  const unknown = await (await request.get('/membership?placement=paywall&from=no-such-story')).text();
  expect(unknown).toContain('name="from" value=""');
  expect(unknown).toContain('name="placement" value="paywall"');
});

test('a signed-in reader gets the offer per request, with its attribution', async ({ browser }) => {
  const { context, page } = await signedInContext(browser, 'offer');
  const response = await page.goto(`/membership?placement=end-of-article&from=${demo.publicSlug}`);
  expect(response?.headers()['cache-control']).toMatch(/no-store/);
  await expect(page.locator('input[name="from"]').first()).toHaveValue(demo.publicSlug);
  await expect(page.locator('input[name="placement"]').first()).toHaveValue('end-of-article');
  await context.close();
});
