import { demo, expect, test } from './fixtures/site';

test('a reader goes from the home page to an article, its author, a tag and search', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Ridgeline/);
  const lead = page.locator('.card--lead .card__headline a');
  const leadHeadline = (await lead.textContent()) ?? '';
  await lead.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(leadHeadline);

  await page.goto(`/articles/${demo.publicSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Armenia and France sketch a defence-industrial partnership',
  );
  await expect(page.locator('.kicker').first()).toContainText('Armenia');
  await expect(page.locator('.lead-figure figcaption')).toContainText('Illustration: Ridgeline');

  await page.getByRole('link', { name: demo.author.name }).first().click();
  await expect(page).toHaveURL(`/authors/${demo.author.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(demo.author.name);
  await expect(page.getByRole('img', { name: `Portrait of ${demo.author.name}` })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Armenia and France sketch a defence-industrial partnership' }),
  ).toBeVisible();

  await page.goto(`/articles/${demo.publicSlug}`);
  await page.getByRole('navigation', { name: 'Tags' }).getByRole('link', { name: 'france' }).click();
  await expect(page).toHaveURL('/tags/france');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('France');

  await page.goto('/search');
  await page.getByLabel('Search Ridgeline').first().fill('howitzer France');
  await page.getByRole('button', { name: 'Search' }).first().click();
  await expect(page).toHaveURL(/\/search\?q=howitzer\+France/);
  await expect(page.locator('.search-hit').first().getByRole('link')).toHaveText(
    'Armenia and France sketch a defence-industrial partnership',
  );
  await expect(page.locator('.search-hit mark').first()).toBeVisible();
});

test('an article carries the in-article appeal after the third paragraph, an end appeal and related stories', async ({
  page,
}) => {
  await page.goto(`/articles/${demo.publicSlug}`);
  const body = page.locator('.article__body');
  const appeal = body.locator('.appeal--inline');
  await expect(appeal).toBeVisible();
  const paragraphsBefore = await appeal.evaluate(
    (el) => el.previousElementSibling?.querySelectorAll(':scope > p').length,
  );
  expect(paragraphsBefore).toBe(3);
  await expect(appeal.getByRole('link', { name: 'Become a member' })).toHaveAttribute(
    'href',
    `/membership?placement=in-article&from=${demo.publicSlug}`,
  );
  await expect(page.locator('.appeal--end').getByRole('link', { name: 'Become a member' })).toHaveAttribute(
    'href',
    /placement=end-of-article/,
  );
  const related = page.getByRole('region', { name: 'Related stories' }).locator('.card');
  await expect(related).toHaveCount(4);
  await expect(
    related.getByRole('link', { name: 'Armenia and France sketch a defence-industrial partnership' }),
  ).toHaveCount(0);
});

test('section, region and author listings paginate with stable URLs', async ({ page }) => {
  for (const path of [
    '/sections/news',
    '/sections/photo-stories',
    '/regions/georgia',
    '/regions/north-caucasus',
    '/authors/giorgi-beridze',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(await page.locator('.card').count(), path).toBeGreaterThan(0);
  }
  const regional = await page.goto('/regions/regional/page/2');
  expect([200, 404]).toContain(regional?.status());
  expect((await page.goto('/sections/news/page/99'))?.status()).toBe(404);
  expect((await page.goto('/sections/news/page/one'))?.status()).toBe(404);
});

test('the site reads without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${demo.publicSlug}`);
  await expect(page.locator('.article__body p').nth(4)).toBeVisible();
  await page.goto('/search?q=pipelines');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  await context.close();
});

test("reader pages come as plain HTML, without Next's client runtime; pages with client components keep it", async ({
  browser,
  request,
}) => {
  // The first request after a content change renders afresh (with the runtime); the cached copy
  // that every later reader gets is the plain one.
  for (const path of ['/', `/articles/${demo.publicSlug}`]) {
    await expect
      .poll(async () => {
        const html = await (await request.get(path)).text();
        return {
          scripts: /<script[^>]*\bsrc=/.test(html),
          rsc: html.includes('self.__next_f'),
          jsonLd: path === '/' || html.includes('application/ld+json'),
        };
      })
      .toEqual({ scripts: false, rsc: false, jsonLd: true });
  }

  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(req.url());
  });
  await expect(async () => {
    scripts.length = 0;
    await page.goto(`/articles/${demo.publicSlug}`);
    expect(scripts).toEqual([]);
  }).toPass();
  await expect(page.locator('.article__body p').nth(4)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Become a member' }).first()).toBeVisible();

  // The sign-in form is a client component: that page still loads Next's runtime.
  scripts.length = 0;
  await page.goto('/signin');
  await expect.poll(() => scripts.length).toBeGreaterThan(0);
  await context.close();
});

test('repeat anonymous requests come from the one-second microcache; a request with a session cookie never does', async ({
  request,
}) => {
  const path = `/articles/${demo.publicSlug}`;
  await expect
    .poll(async () => {
      await request.get(path);
      return (await request.get(path)).headers()['x-microcache'];
    })
    .toBe('HIT');
  for (let i = 0; i < 2; i++) {
    const response = await request.get(path, { headers: { cookie: 'authjs.session-token=not-a-session' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['x-microcache']).toBeUndefined();
  }
});
