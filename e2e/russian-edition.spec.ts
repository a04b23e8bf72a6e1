import { expect, test, type APIRequestContext } from '@playwright/test';
import { freshReader, newReaderContext, nextMail } from './fixtures/accounts';
import { photographMail } from './fixtures/gifts';
import { screenshots } from './fixtures/membership-account';

/**
 * The Russian edition (#14) as readers reach it: under /ru/, in Russian to the <html lang>, linked
 * to the English edition story by story, searched with Russian stemming, and as closed to
 * non-members as the English one.
 */

const TRANSLATED = { en: 'gyumri-after-the-earthquake', ru: 'gyumri-posle-zemletryaseniya' };
const RUSSIAN_ONLY = 'novosti-na-tretem-yazyke-dzhavakheti';
const RUSSIAN_MEMBERS_ONLY = 'reka-bez-dna-dobycha-graviya-v-dagestane';
/** A company named only in the last third of the members-only Russian story. */
const RUSSIAN_CANARY = 'Каспийскгранит';

/** hreflang → href of a page's alternates, as its head names them. */
async function alternatesOf(request: APIRequestContext, path: string): Promise<Record<string, string>> {
  const html = await (await request.get(path)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const links = [...head.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)];
  return Object.fromEntries(links.map(([, lang, href]) => [lang, new URL(href!).pathname]));
}

test('the language switch leads to a story’s translation and back, and to the other front page when there is none', async ({
  page,
}) => {
  await page.goto(`/articles/${TRANSLATED.en}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  await page.getByRole('link', { name: 'Читать по-русски →' }).click();
  await expect(page).toHaveURL(`/ru/articles/${TRANSLATED.ru}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Гюмри');
  // The site's switch gives way to the story's own.
  await expect(page.getByRole('link', { name: 'English', exact: true })).toBeHidden();
  await screenshots(page, 'ru-article');
  await page.getByRole('link', { name: 'Read in English →' }).click();
  await expect(page).toHaveURL(`/articles/${TRANSLATED.en}`);

  // A story in Russian only: the switch goes to the English front page.
  await page.goto(`/ru/articles/${RUSSIAN_ONLY}`);
  await expect(page.getByRole('link', { name: /Read in English/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL('/');
  // And an English story with no translation leads to the Russian front page.
  await page.goto('/articles/armenia-france-defence-talks');
  await page.getByRole('link', { name: 'Русский', exact: true }).click();
  await expect(page).toHaveURL('/ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await screenshots(page, 'ru-home');
});

test('every hreflang pair points back, in the page heads and in the sitemap', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const articleUrls = [...sitemap.matchAll(/<loc>([^<]*\/articles\/[^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  expect(articleUrls).toContain(`/ru/articles/${TRANSLATED.ru}`);
  expect(articleUrls).toContain(`/ru/articles/${RUSSIAN_ONLY}`);
  let pairs = 0;
  for (const path of articleUrls) {
    const alternates = await alternatesOf(request, path);
    if (!Object.keys(alternates).length) continue;
    expect(alternates, path).toHaveProperty('x-default');
    expect(Object.values(alternates), `${path} names itself`).toContain(path);
    for (const [lang, href] of Object.entries(alternates)) {
      if (lang === 'x-default' || href === path) continue;
      expect(await alternatesOf(request, href), `${href} points back to ${path}`).toEqual(alternates);
      pairs += 1;
    }
  }
  expect(pairs, 'the six translated stories, both ways').toBe(12);
  expect(await alternatesOf(request, `/ru/articles/${RUSSIAN_ONLY}`)).toEqual({});

  // The sitemap says the same: a story's entry lists its translation.
  const entry = sitemap.slice(sitemap.indexOf(`/ru/articles/${TRANSLATED.ru}</loc>`)).split('</url>')[0]!;
  expect(entry).toContain(`hreflang="en" href="http://localhost:3100/articles/${TRANSLATED.en}"`);
  expect(entry).toContain(`hreflang="x-default" href="http://localhost:3100/articles/${TRANSLATED.en}"`);
});

test('a Russian listing counts its stories with the right plural form for 1, 3 and 5', async ({ page }) => {
  await page.goto('/ru/regions/armenia');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page.locator('.listing__count')).toHaveText('1 статья');
  await page.goto('/ru/sections/features');
  await expect(page.locator('.listing__count')).toHaveText('3 статьи');
  await page.goto('/ru/tags/economy');
  // A tag's page says its count in the lede.
  await expect(page.locator('.listing .lede')).toHaveText('5 статей с тегом «экономика».');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Экономика');
  await screenshots(page, 'ru-tag-listing');
});

test('the Russian membership page offers membership in Russian, with the edition’s questions', async ({ page }) => {
  await page.goto('/ru/membership');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Сохраните независимость Ridgeline');
  await expect(page.getByRole('heading', { name: 'Выберите вариант участия' })).toBeVisible();
  await screenshots(page, 'ru-membership');
});

test('Russian search stems: “выборы” finds a story that says only “выборов”', async ({ page }) => {
  await page.goto('/ru/search');
  await page.getByRole('searchbox').first().fill('выборы');
  await page.getByRole('searchbox').first().press('Enter');
  await expect(page).toHaveURL(/\/ru\/search\?q=/);
  await expect(page.getByRole('link', { name: /Новости на третьем языке/ })).toBeVisible();
  await screenshots(page, 'ru-search');
});

test('a members-only Russian story leaks nothing behind its paywall to a non-member, in any output', async ({
  request,
}) => {
  const path = `/ru/articles/${RUSSIAN_MEMBERS_ONLY}`;
  const html = await (await request.get(path)).text();
  expect(html).toContain('Продолжение этого материала — для участников');
  expect(html).toContain('application/ld+json');
  expect(html).not.toContain(RUSSIAN_CANARY);
  expect(await (await request.get(path, { headers: { RSC: '1' } })).text()).not.toContain(RUSSIAN_CANARY);
  const feed = await (await request.get('/ru/rss.xml')).text();
  expect(feed).toContain(path);
  expect(feed).not.toContain(RUSSIAN_CANARY);
  expect(await (await request.get('/ru/sections/features/rss.xml')).text()).not.toContain(RUSSIAN_CANARY);
  const search = await (await request.get(`/ru/search?q=${encodeURIComponent(RUSSIAN_CANARY)}`)).text();
  expect(search).not.toContain(RUSSIAN_MEMBERS_ONLY);
  const ogImage = /property="og:image" content="([^"]+)"/.exec(html)?.[1];
  expect(ogImage, 'the page names its share image').toBeDefined();
  const og = await request.get(new URL(ogImage ?? '').pathname);
  expect(og.status()).toBe(200);
  expect(og.headers()['content-type']).toBe('image/png');
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain(RUSSIAN_CANARY);
});

test('signing in from the Russian edition sends a Russian email, returns to the Russian page, and Checkout opens in Russian', async ({
  browser,
}) => {
  const reader = freshReader('ru-reader');
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();
  await page.goto('/ru');
  await page.getByRole('link', { name: 'Войти' }).click();
  await expect(page).toHaveURL('/ru/signin');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вход');
  await page.getByLabel('Адрес электронной почты').fill('not an address');
  await page.getByRole('button', { name: 'Прислать ссылку для входа' }).click();
  await expect(page.getByText('Введите действующий адрес электронной почты')).toBeVisible();
  await page.getByLabel('Адрес электронной почты').fill(reader.email);
  const since = Date.now() - 1000;
  await page.getByRole('button', { name: 'Прислать ссылку для входа' }).click();
  await expect(page).toHaveURL(/\/ru\/signin\/code/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Проверьте почту');
  await screenshots(page, 'ru-signin-code');

  const mail = await nextMail(page.request, reader.email, since);
  expect(mail.subject).toBe(`Ваш код для входа в Ridgeline: ${mail.code}`);
  expect(mail.text).toContain('Ссылка и код действуют один раз, 15 минут.');
  expect(mail.link).toMatch(/^\/ru\/signin\/verify\?token=/);
  expect(mail.html).toMatch(/<html[^>]*lang="ru"/);
  await photographMail(page, mail, 'ru-signin-mail');

  await page.goto(mail.link);
  await page.getByRole('button', { name: `Войти как ${reader.email}` }).click();
  await expect(page).toHaveURL('/ru');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page.locator(`summary[aria-label="Ваша учётная запись (${reader.email})"]`)).toBeVisible();

  // Joining from the Russian edition: Stripe Checkout is asked to speak Russian.
  await page.goto('/ru/membership/join?tier=member&interval=month');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await screenshots(page, 'ru-join');
  await page.getByRole('button', { name: 'Перейти к защищённой оплате' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-stripe-locale', 'ru');
  await context.close();
});
