import { expect, test } from '@playwright/test';
import { CANARY } from '@/test/paywall-shapes';
import { signedInContext, staffContext } from './fixtures/accounts';
import { CANARY_SECTION, canaryArticles } from './fixtures/paywall-canaries';

/**
 * Members-only stories of every shape (list-only, quote-only, images only, one paragraph, …),
 * each hiding a canary word behind the paywall: no output a non-member can reach carries it.
 */
test.describe('what a non-member receives of a members-only story', () => {
  for (const { shape, slug } of canaryArticles) {
    test(`shaped as ${shape}: the page, its RSC payload and its JSON-LD hold only the preview`, async ({ request }) => {
      const page = await request.get(`/articles/${slug}`);
      expect(page.status()).toBe(200);
      const html = await page.text();
      expect(html).toContain('application/ld+json');
      expect(html).not.toContain(CANARY);
      const rsc = await request.get(`/articles/${slug}`, { headers: { RSC: '1' } });
      expect(await rsc.text()).not.toContain(CANARY);
      const ogImage = /property="og:image" content="([^"]+)"/.exec(html)?.[1];
      expect(ogImage, 'the page names its share image').toBeDefined();
      const og = await request.get(new URL(ogImage ?? '').pathname);
      expect(og.status()).toBe(200);
      expect(og.headers()['content-type']).toBe('image/png');
    });
  }

  test('feeds carry the previews only', async ({ request }) => {
    const feed = await (await request.get(`/sections/${CANARY_SECTION}/rss.xml`)).text();
    for (const { slug } of canaryArticles) expect(feed).toContain(`/articles/${slug}`);
    expect(feed).not.toContain(CANARY);
    expect(await (await request.get('/rss.xml')).text()).not.toContain(CANARY);
  });

  test('search finds nothing by a word behind the paywall, anonymous or signed in without a membership', async ({
    browser,
    request,
  }) => {
    const anonymous = await (await request.get(`/search?q=${CANARY}`)).text();
    expect(anonymous).toContain(`No stories match “${CANARY}”`);
    const { context, page } = await signedInContext(browser, 'paywall');
    await page.goto(`/search?q=${CANARY}`);
    await expect(page.getByRole('status')).toHaveText(`No stories match “${CANARY}”. Try fewer or different words.`);
    for (const { slug } of canaryArticles) {
      await page.goto(`/articles/${slug}`);
      await expect(page.getByRole('link', { name: 'Become a member' }).first()).toBeVisible();
      expect(await page.content()).not.toContain(CANARY);
    }
    await context.close();
  });

  test('the staff preview as a reader shows what readers get; as a member, the whole story', async ({ browser }) => {
    const context = await staffContext(browser, 'editor@newsroom.test');
    const page = await context.newPage();
    const { headline } = canaryArticles[0]!;
    await page.goto(`/admin/articles?q=${encodeURIComponent(headline)}`);
    const href = await page.getByRole('link', { name: headline }).getAttribute('href');
    const id = /\/admin\/articles\/(\d+)/.exec(href ?? '')?.[1];
    expect(id, 'the story is listed in the admin').toBeDefined();
    await page.goto(`/preview/articles/${id}?as=reader`);
    expect(await page.content()).not.toContain(CANARY);
    await page.goto(`/preview/articles/${id}?as=member`);
    expect(await page.content()).toContain(CANARY);
    await context.close();
  });
});
