import type { APIRequestContext, Page } from '@playwright/test';
import type { ReceivedMail } from './mailbox';
import { freshReader, mailsTo, newReaderContext } from './fixtures/accounts';
import { expect, expectSaved, startArticle, test, uniqueHeadline, writeText } from './fixtures/articles';
import { photographMail } from './fixtures/gifts';
import { screenshots } from './fixtures/membership-account';

/**
 * The Russian edition's newsletter (#14) as its readers meet it: /ru/newsletters offers the
 * Russian weekly first and the English newsletters after it, marked as English; the sign-up box
 * at the end of a Russian story and in the footer offers the Russian weekly; the confirmation
 * mail, the pages after it, an issue's mail and the unsubscribe page it links are all Russian.
 * The English edition still offers its English newsletters first.
 */
const WEEKLY = 'Неделя на Кавказе';
const QUOTED = `«${WEEKLY}»`;
const ISSUE = { slug: '2026-11-28-dva-goda-na-rustaveli', subject: 'Два года на проспекте Руставели' };
const STORY = 'novosti-na-tretem-yazyke-dzhavakheti';

/** The newest mail to `email` whose subject passes `match`, waiting for it. */
async function mailTo(request: APIRequestContext, email: string, match: (subject: string) => boolean) {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(request, email)).filter((m) => match(m.subject)).pop();
        return Boolean(found);
      },
      { timeout: 60_000, message: `a mail to ${email}` },
    )
    .toBe(true);
  return found!;
}

/** The path of the confirmation link in the Russian confirmation mail to `email`. */
async function russianConfirmation(request: APIRequestContext, email: string) {
  const mail = await mailTo(request, email, (subject) => subject.startsWith('Подтвердите подписку'));
  const link = /https?:\/\/\S+?(\/ru\/newsletters\/confirm\?token=[\w-]+)/.exec(mail.text)?.[1];
  expect(link, mail.text).toBeTruthy();
  return { mail, link: link! };
}

/** The level-2 headings of the newsletters list, in order. */
const listHeadings = (page: Page) => page.locator('.newsletters-page h2').allTextContents();

test('a reader of the Russian edition signs up on /ru/newsletters, confirms from a Russian mail onto Russian pages, and unsubscribes in Russian from an issue’s own link', async ({
  browser,
  editor,
}) => {
  test.setTimeout(240_000);
  const reader = freshReader('ru-newsletters');
  const context = await newReaderContext(browser, reader.ip, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/newsletters');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ridgeline в вашей почте');

  // The Russian weekly first; the English newsletters after it, under their own heading.
  const headings = await listHeadings(page);
  expect(headings.slice(0, 2)).toEqual([WEEKLY, 'На других языках']);
  expect(headings.indexOf('Ridgeline Weekly')).toBeGreaterThan(1);
  const weekly = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: WEEKLY, exact: true }) });
  await expect(weekly).toContainText('По субботам в 10:00 · Бесплатно');
  await expect(weekly).toContainText('Для кого: для всех читателей, участник вы или нет.');
  await expect(weekly.getByText('Как выглядит выпуск')).toBeVisible();
  await expect(weekly.getByRole('link', { name: `Архив рассылки ${QUOTED}` })).toHaveAttribute(
    'href',
    '/ru/newsletters/nedelya-na-kavkaze',
  );
  const others = page.getByRole('region', { name: 'На других языках' });
  const english = others
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Ridgeline Weekly', exact: true }) });
  await expect(english).toContainText('По пятницам в 17:00 · Бесплатно · На английском');
  await expect(english.getByRole('heading', { name: 'Ridgeline Weekly' })).toHaveAttribute('lang', 'en-GB');
  await expect(english.getByRole('link', { name: 'Архив рассылки «Ridgeline Weekly»' })).toHaveAttribute(
    'href',
    '/newsletters/ridgeline-weekly',
  );
  const brief = others.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'The Daily Brief' }) });
  await expect(brief).toContainText('По будням в 07:00 · Для участников · На английском');
  await expect(brief.getByRole('link', { name: 'Стать участником' })).toHaveAttribute('href', '/ru/membership');
  await expect(page.getByRole('main')).not.toContainText(
    /Sign up|Your email|Who it’s for|Past issues of|What an issue/,
  );
  await screenshots(page, 'ru-newsletters');

  await weekly.getByLabel('Электронная почта').fill(reader.email);
  await weekly.getByRole('button', { name: 'Подписаться' }).click();
  await expect(page).toHaveURL('/ru/newsletters/check-email');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page.getByRole('heading', { name: 'Проверьте почту' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Ссылка действует 48 часов.');
  await screenshots(page, 'ru-check-email');

  // The confirmation mail: Russian, and its link opens the Russian edition.
  const { mail, link } = await russianConfirmation(page.request, reader.email);
  expect(mail.subject).toBe(`Подтвердите подписку на рассылку ${QUOTED}`);
  expect(mail.text).toContain(
    `Пожалуйста, подтвердите, что хотите получать рассылку ${QUOTED} от Ridgeline на этот адрес (${reader.email}).`,
  );
  expect(mail.text).toContain('Ссылка действует 48 часов.');
  expect(mail.text).not.toMatch(/Confirm|The link works|If you did not/);
  expect(mail.html).toMatch(/<html[^>]*\blang="ru"/);
  expect(mail.html).toContain('Подтвердить подписку');
  await photographMail(page, mail, 'ru-confirmation-mail');

  await page.goto(link);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page.getByRole('heading', { name: 'Подтвердите подписку' })).toBeVisible();
  await expect(page.getByText(/^Нажмите кнопку, чтобы получать рассылку «Неделя на Кавказе»/)).toContainText(
    reader.email,
  );
  await screenshots(page, 'ru-confirm');
  await page.getByRole('button', { name: 'Подтвердить подписку' }).click();
  await expect(page).toHaveURL(/^[^?]*\/ru\/newsletters\/subscribed\?.*confirmed=1/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Вы подписались на рассылку ${QUOTED}`);
  await expect(main).toContainText(`${WEEKLY} · По субботам в 10:00 · Архив выпусков`);
  await expect(main.getByRole('link', { name: 'Войти' })).toHaveAttribute(
    'href',
    '/ru/signin?callbackUrl=%2Fru%2Faccount',
  );
  await expect(main.getByRole('link', { name: 'Стать участником' })).toHaveAttribute('href', '/ru/membership');
  await expect(main).toContainText('а ещё получают');
  await expect(main).toContainText('«The Daily Brief» (на английском)');
  await screenshots(page, 'ru-subscribed');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Эта ссылка уже использована' })).toBeVisible();
  await context.close();

  // The editor sends an issue of the Russian weekly; its mail is Russian around the issue.
  const headline = uniqueHeadline('Снег на Крестовом перевале');
  await startArticle(editor);
  await writeText(editor, {
    headline,
    standfirst: 'Перевал на Военно-Грузинской дороге на этой неделе закрывали дважды.',
    text: 'Фуры простояли в Коби почти сутки, прежде чем дорогу снова открыли.',
  });
  const panel = editor.getByRole('region', { name: 'Email' });
  const option = panel.getByRole('option', { name: WEEKLY, exact: true });
  await panel.getByLabel('Email to').selectOption((await option.getAttribute('value')) ?? '');
  await panel.getByLabel('Email only — not published on the site').check();
  await expectSaved(editor);
  await editor.getByRole('button', { name: `Send to ${WEEKLY}` }).click();
  await editor
    .getByRole('dialog', { name: `Send “${headline}” to ${WEEKLY}?` })
    .getByRole('button', { name: /^Send to \d+ subscribers?$/ })
    .click();
  await expect(panel.getByText(`Emailed to ${WEEKLY} on`, { exact: false })).toBeVisible({ timeout: 20_000 });

  const issue = await mailTo(editor.request, reader.email, (subject) => subject === headline);
  expect(issue.html).toMatch(/<html[^>]*\blang="ru"/);
  expect(issue.text).toContain('Фуры простояли в Коби почти сутки');
  expect(issue.text).toContain(`Вы получаете рассылку ${QUOTED}, потому что подписались на неё.`);
  expect(issue.text).toMatch(/^Настроить рассылки: https?:\/\/\S+\/ru\/account$/m);
  expect(issue.text).not.toMatch(/You receive|Unsubscribe|Manage your newsletters|Read it on the web/);
  await photographMail(editor, issue, 'ru-issue-mail');
  const unsubscribe = /^Отписаться: (https?:\/\/\S+)$/m.exec(issue.text)?.[1];
  expect(unsubscribe).toBeTruthy();
  const path = new URL(unsubscribe!).pathname;
  expect(path).toMatch(/^\/ru\/unsubscribe\//);

  // Its unsubscribe link, with no session: the Russian page, which does what it says.
  const anonymous = await newReaderContext(browser, reader.ip);
  const unsubscribing = await anonymous.newPage();
  await unsubscribing.goto(path);
  await expect(unsubscribing.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(unsubscribing.getByRole('heading', { level: 1 })).toHaveText(`Отписаться от рассылки ${QUOTED}?`);
  await expect(unsubscribing.getByRole('main')).toContainText(
    `Рассылка ${QUOTED} больше не будет приходить на адрес ${reader.email}.`,
  );
  await screenshots(unsubscribing, 'ru-unsubscribe');
  await unsubscribing.getByRole('button', { name: `Отписаться от рассылки ${QUOTED}` }).click();
  await expect(unsubscribing.getByRole('heading', { level: 1 })).toHaveText(`Вы отписались от рассылки ${QUOTED}`);
  await expect(unsubscribing.getByRole('button', { name: 'Передумали? Подписаться снова' })).toBeVisible();
  await screenshots(unsubscribing, 'ru-unsubscribed');
  await anonymous.close();
});

test('the sign-up box at the end of a Russian story and in its footer offers the Russian weekly in Russian; a refusal comes back in Russian', async ({
  browser,
}) => {
  const reader = freshReader('ru-article-signup');
  const context = await newReaderContext(browser, reader.ip, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/ru/articles/${STORY}`);
  const boxes = page.getByRole('complementary', { name: `Подпишитесь на рассылку ${QUOTED}` });
  await expect(boxes).toHaveCount(2);
  const box = boxes.first();
  await expect(box).toContainText('Бесплатно · По субботам в 10:00.');
  await expect(box).toContainText('Мы пришлём вам ссылку для подтверждения.');
  await expect(box.getByRole('link', { name: 'Все наши рассылки' })).toHaveAttribute('href', '/ru/newsletters');
  await expect(page.getByRole('contentinfo').getByRole('complementary')).toHaveAccessibleName(
    `Подпишитесь на рассылку ${QUOTED}`,
  );
  // Only the edition's own language's newsletter is offered here.
  for (const b of await boxes.all()) await expect(b).not.toContainText(/Ridgeline Weekly|Free|Sign up/);
  await screenshots(page, 'ru-article-signup', box);

  // An address a browser takes but a mail server never would: refused in Russian, kept as typed.
  await box.getByLabel('Электронная почта').fill('chitatel@localhost');
  await box.getByRole('button', { name: 'Подписаться' }).click();
  await expect(page).toHaveURL(/^[^?]*\/ru\/newsletters\/sign-up\?/);
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Подписка на рассылку ${QUOTED}`);
  await expect(main.getByRole('alert')).toHaveText(
    'Введите правильный адрес электронной почты, например name@example.org.',
  );
  await expect(main.getByLabel('Электронная почта')).toHaveValue('chitatel@localhost');
  await expect(main.getByRole('link', { name: 'Вернуться к странице, где вы были' })).toHaveAttribute(
    'href',
    `/ru/articles/${STORY}`,
  );
  await screenshots(page, 'ru-sign-up-error');

  await main.getByLabel('Электронная почта').fill(reader.email);
  await main.getByRole('button', { name: 'Подписаться' }).click();
  await expect(page.getByRole('heading', { name: 'Проверьте почту' })).toBeVisible();
  const { mail } = await russianConfirmation(page.request, reader.email);
  expect(mail.subject).toBe(`Подтвердите подписку на рассылку ${QUOTED}`);
  await context.close();
});

test('a Russian issue is shown in Russian around it, links Russian stories, and has one canonical address', async ({
  page,
  request,
}) => {
  await page.goto('/ru/newsletters/nedelya-na-kavkaze');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru-RU');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(WEEKLY);
  await expect(page.getByRole('main')).toContainText('По субботам в 10:00 · Бесплатно');
  const issues = page.getByRole('region', { name: 'Прошлые выпуски' }).getByRole('heading', { level: 3 });
  // Newest first; an issue another test sends may come before them.
  const subjects = await issues.allTextContents();
  const newer = subjects.indexOf(ISSUE.subject);
  expect(newer).toBeGreaterThanOrEqual(0);
  expect(subjects.indexOf('Узкие места Среднего коридора и дорога с гор')).toBe(newer + 1);
  await expect(page.getByRole('region', { name: 'Прошлые выпуски' })).toContainText('14 ноября 2026 г.');
  await screenshots(page, 'ru-archive');

  await issues.filter({ hasText: ISSUE.subject }).getByRole('link').click();
  await expect(page).toHaveURL(`/ru/newsletters/nedelya-na-kavkaze/${ISSUE.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ISSUE.subject);
  await expect(page.locator('.newsletter-issue__sent')).toHaveText(
    'Отправитель: Редакция Ridgeline · 28 ноября 2026 г.',
  );
  const body = page.locator('.article__body');
  await expect(body).toContainText('Здравствуйте!');
  await expect(body.getByRole('link', { name: 'Читать репортаж' })).toHaveAttribute(
    'href',
    '/ru/articles/ocherednaya-noch-na-prospekte-rustaveli',
  );
  // Every story the issue links is there, in the Russian edition.
  const stories = await body
    .locator('a[href^="/ru/articles/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(stories.length).toBeGreaterThanOrEqual(3);
  for (const story of stories) expect((await request.get(story)).status(), story).toBe(200);
  const footer = page.getByRole('complementary', { name: WEEKLY, exact: true });
  await expect(footer.getByRole('link', { name: `Другие выпуски рассылки ${QUOTED}` })).toHaveAttribute(
    'href',
    '/ru/newsletters/nedelya-na-kavkaze',
  );
  await expect(footer.getByRole('button', { name: 'Подписаться' })).toBeVisible();
  await screenshots(page, 'ru-issue');

  // The English edition shows it too (old links, the sitemap), named as Russian and pointing here.
  const html = await (await request.get(`/newsletters/nedelya-na-kavkaze/${ISSUE.slug}`)).text();
  expect(html).toMatch(
    new RegExp(`rel="canonical" href="https?://[^"/]+/ru/newsletters/nedelya-na-kavkaze/${ISSUE.slug}"`),
  );
  expect(html).toMatch(/<h1 class="article__headline" lang="ru-RU">/);
});

test('the English edition still offers its English newsletters first, and the Russian one after them, marked as Russian', async ({
  page,
}) => {
  await page.goto('/newsletters');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ridgeline by email');
  const headings = await listHeadings(page);
  expect(headings[0]).toBe('Ridgeline Weekly');
  const other = headings.indexOf('In other languages');
  expect(other).toBeGreaterThan(headings.indexOf('The Daily Brief'));
  expect(headings.indexOf(WEEKLY)).toBeGreaterThan(other);
  const weekly = page
    .getByRole('region', { name: 'In other languages' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: WEEKLY }) });
  await expect(weekly).toContainText('Saturdays at 10:00 · Free · In Russian');
  await expect(weekly.getByRole('heading', { name: WEEKLY })).toHaveAttribute('lang', 'ru-RU');
  await expect(weekly.getByText('What an issue reads like')).toHaveCount(0);
  await expect(weekly.getByRole('link', { name: `Past issues of ${WEEKLY}` })).toHaveAttribute(
    'href',
    '/ru/newsletters/nedelya-na-kavkaze',
  );
  await expect(weekly.getByLabel('Your email')).toBeVisible();
  await screenshots(page, 'en-newsletters');

  // An English story's box and the footer offer the English weekly only.
  await page.goto('/articles/gyumri-after-the-earthquake');
  const boxes = page.getByRole('complementary', { name: /^Get Ridgeline Weekly.* by email$/ });
  await expect(boxes).toHaveCount(2);
  for (const box of await boxes.all()) {
    await expect(box).toContainText('Free · Fridays at 17:00');
    await expect(box).not.toContainText(WEEKLY);
  }
});
