import { expect, test, type Page } from '@playwright/test';
import { freshReader, newReaderContext, signedInContext, staffContext } from './fixtures/accounts';
import { expectSaved, startArticle } from './fixtures/articles';
import { demo } from './fixtures/site';

/** Every Content-Security-Policy complaint the page logs, so a test can demand none. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (?:execute|load|apply|connect|frame)/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

const policiesOf = (headers: Record<string, string>) =>
  (headers['content-security-policy'] ?? '').split(/\n|,\s*(?=[a-z-]+-src|default-src)/);

test('reader pages carry the security headers, and a policy that allows no script at all', async ({ request }) => {
  for (const path of ['/', `/articles/${demo.publicSlug}`]) {
    // Twice: once from Next, once from the production server's microcache.
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['strict-transport-security'], 'no HSTS for an http SITE_URL').toBeUndefined();
      const policies = policiesOf(headers);
      expect(
        policies.some(
          (p) =>
            p.includes("frame-ancestors 'none'") && p.includes("default-src 'self'") && p.includes("object-src 'none'"),
        ),
        path,
      ).toBe(true);
      expect(
        policies.some((p) => p.trim() === "script-src 'none'"),
        `${path}: ${headers['content-security-policy']}`,
      ).toBe(true);
    }
  }
});

test('pages that run Next’s runtime keep a policy it can run under', async ({ request }) => {
  for (const path of ['/signin', '/articles/no-such-story-anywhere']) {
    const response = await request.get(path);
    const policies = policiesOf(response.headers());
    expect(
      policies.some((p) => p.includes("frame-ancestors 'none'")),
      path,
    ).toBe(true);
    expect(
      policies.some((p) => p.trim() === "script-src 'none'"),
      path,
    ).toBe(false);
  }
});

test('home, an article and a missing story load with no policy violation', async ({ page }) => {
  const violations = cspViolations(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Ridgeline' }).first()).toBeVisible();
  await page.goto(`/articles/${demo.publicSlug}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(jsonLd ?? 'null')).toBeTruthy();
  // Next renders this one in the browser, from the RSC payload: it needs its scripts.
  const missing = await page.goto('/articles/no-such-story-anywhere');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test('signing in works under the policy', async ({ browser }) => {
  const reader = freshReader();
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();
  const violations = cspViolations(page);
  await page.goto('/signin');
  await page.getByLabel('Email address').fill(reader.email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  expect(violations).toEqual([]);
  await context.close();
});

test('the admin editor loads and saves under the policy', async ({ browser }) => {
  const context = await staffContext(browser, 'editor@newsroom.test');
  const page = await context.newPage();
  const violations = cspViolations(page);
  const response = await page.goto('/admin');
  expect(policiesOf(response?.headers() ?? {}).some((p) => p.includes("frame-ancestors 'none'"))).toBe(true);
  await startArticle(page);
  await page.getByLabel('Headline').fill('A headline typed under a content security policy');
  await expectSaved(page);
  expect(violations).toEqual([]);
  await context.close();
});

test('the icons answer with their types, pages link them, and a signed-in reader gets them too', async ({
  page,
  browser,
  request,
}) => {
  const icons = { '/favicon.ico': 'image/x-icon', '/icon.svg': 'image/svg+xml', '/apple-icon.png': 'image/png' };
  for (const [path, type] of Object.entries(icons)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
  const ico = await (await request.get('/favicon.ico')).body();
  expect([ico.readUInt16LE(2), ico.readUInt16LE(4)], 'an icon with three sizes').toEqual([1, 3]);
  expect([...[0, 1, 2].map((i) => ico[6 + 16 * i])]).toEqual([16, 32, 48]);

  await page.goto('/');
  await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('link[rel="icon"][type="image/svg+xml"][href^="/icon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"][href^="/apple-icon.png"]')).toHaveCount(1);
  const svgHref = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');

  // With a session cookie the proxy sees the request; it must not turn an icon into a page.
  const { context, page: signedIn } = await signedInContext(browser);
  for (const [path, type] of Object.entries({ ...icons, [svgHref ?? '/icon.svg']: 'image/svg+xml' })) {
    const response = await signedIn.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
  await context.close();
});

test('answers are Brotli for a browser that accepts it and gzip for one that refuses it', async ({ request }) => {
  for (let i = 0; i < 2; i++) {
    const br = await request.get(`/articles/${demo.publicSlug}`, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers()['content-encoding']).toBe('br');
    expect(await br.text()).toContain('</html>');
    const gzip = await request.get(`/articles/${demo.publicSlug}`, { headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(gzip.headers()['content-encoding']).toBe('gzip');
  }
});
