import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CANARY } from '@/test/paywall-shapes';
import { confirmationLink, freshReader, mailsTo, newReaderContext, signIn, signedInContext } from './fixtures/accounts';
import { canaryIssue } from './fixtures/paywall-canaries';
import { demo } from './fixtures/site';
import { CARDS, payOnCheckout } from './fixtures/stripe';

/**
 * Signing up to the free newsletter from the plain forms at the end of an article and in the
 * footer (no script), the emailed double opt-in, /newsletters, and the web archive gated like an
 * article. With NEWSLETTER_SCREENSHOTS=<folder> it also photographs every page at 390 and 1280 px.
 */
const ARTICLE = `/articles/${demo.publicSlug}`;
const CANARY_ISSUE = `/newsletters/${canaryIssue.newsletter}/${canaryIssue.slug}`;
const shots = process.env.NEWSLETTER_SCREENSHOTS;

async function screenshot(page: Page, name: string) {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** What /account says about the free weekly for the signed-in reader of this page. */
async function weeklyOnAccount(page: Page) {
  await page.goto('/account');
  return page
    .getByRole('region', { name: 'Newsletters' })
    .getByRole('listitem')
    .filter({ hasText: 'Ridgeline Weekly' });
}

test('an anonymous reader signs up at the end of an article, with no script; only pressing the emailed link’s button subscribes', async ({
  browser,
}) => {
  const reader = freshReader('article-signup');
  const context = await newReaderContext(browser, reader.ip, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  // Every free newsletter: Ridgeline Weekly, and any other a test added.
  const box = page.getByRole('complementary', { name: /^Get Ridgeline Weekly.* by email$/ }).first();
  await expect(box).toContainText('Free · Fridays at 17:00');
  await screenshot(page, 'article-end');

  // An address a browser accepts but a mail server never would: refused, and kept as typed.
  await box.getByLabel('Your email').fill('reader@localhost');
  await box.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/\/newsletters\/sign-up\?/);
  const main = page.getByRole('main');
  await expect(main.getByRole('alert')).toHaveText('Please enter a valid email address, like name@example.org.');
  await expect(main.getByLabel('Your email')).toHaveValue('reader@localhost');
  await expect(main.getByLabel('Your email')).toHaveAttribute('aria-invalid', 'true');
  await expect(main.getByRole('link', { name: 'Back to where you were' })).toHaveAttribute('href', ARTICLE);
  await screenshot(page, 'sign-up-error');

  await main.getByLabel('Your email').fill(reader.email);
  await main.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await screenshot(page, 'check-email');

  const link = await confirmationLink(page.request, reader.email);
  // Mail scanners open every link: that neither subscribes anyone nor spends it.
  for (let i = 0; i < 2; i++) expect((await page.request.get(link)).status()).toBe(200);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Confirm your subscription' })).toBeVisible();
  await expect(page.getByText(/^Press the button to receive Ridgeline Weekly/)).toContainText(reader.email);
  await screenshot(page, 'confirm');
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page.getByRole('heading', { name: /^You’re subscribed to Ridgeline Weekly/ })).toBeVisible();
  await expect(main.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/signin?callbackUrl=%2Faccount');
  await expect(main.getByRole('link', { name: 'Become a member' })).toHaveAttribute('href', '/membership');
  await screenshot(page, 'subscribed');

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'This link has been used' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirm my subscription' })).toHaveCount(0);
  await screenshot(page, 'confirm-used');
  await context.close();

  // The subscription is the reader's account's: signing in with the address shows it.
  const signedIn = await newReaderContext(browser, reader.ip);
  const account = await signedIn.newPage();
  await signIn(account, reader.email);
  const weekly = await weeklyOnAccount(account);
  await expect(weekly).toContainText('You receive it');
  await signedIn.close();
});

test('the footer’s form signs up too; opening the link alone leaves the reader unsubscribed', async ({ browser }) => {
  const reader = freshReader('footer-signup');
  const context = await newReaderContext(browser, reader.ip, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/about');
  const footer = page.getByRole('contentinfo');
  await footer.getByLabel('Your email').fill(reader.email);
  await footer.getByRole('button', { name: 'Sign up' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  const link = await confirmationLink(page.request, reader.email);
  await page.goto(link);
  await expect(page.getByRole('button', { name: 'Confirm my subscription' })).toBeVisible();
  await context.close();

  const signedIn = await newReaderContext(browser, reader.ip);
  const account = await signedIn.newPage();
  await signIn(account, reader.email);
  await expect((await weeklyOnAccount(account)).getByRole('button', { name: 'Subscribe' })).toBeVisible();
  await screenshot(account, 'footer-signed-in');

  await account.goto(link);
  await account.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(account.getByRole('heading', { name: /^You’re subscribed to Ridgeline Weekly/ })).toBeVisible();
  await expect(await weeklyOnAccount(account)).toContainText('You receive it');
  await signedIn.close();
});

test('/newsletters lists both newsletters; the members’ brief asks non-members to join instead of offering a form', async ({
  page,
}) => {
  await page.goto('/newsletters');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ridgeline by email');
  const weekly = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Ridgeline Weekly', exact: true }) });
  const brief = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'The Daily Brief', exact: true }) });
  await expect(weekly).toContainText('Fridays at 17:00 · Free');
  await expect(weekly.getByLabel('Your email')).toBeVisible();
  await expect(weekly.getByText('What an issue reads like')).toBeVisible();
  await expect(weekly.getByRole('link', { name: 'Past issues of Ridgeline Weekly' })).toHaveAttribute(
    'href',
    '/newsletters/ridgeline-weekly',
  );
  await expect(brief).toContainText('Weekdays at 07:00 · For members');
  await expect(brief.getByRole('link', { name: 'Become a member' })).toHaveAttribute('href', '/membership');
  await expect(brief.getByLabel('Your email')).toHaveCount(0);
  await screenshot(page, 'newsletters');

  await page.goto('/newsletters/ridgeline-weekly');
  // The newest seeded issue; other tests in the run send issues of the weekly of their own.
  const issues = page.getByRole('region', { name: 'Past issues' }).getByRole('heading', { level: 3 });
  const seeded = issues.filter({ hasText: 'Two years on Rustaveli Avenue' });
  await expect(seeded).toHaveCount(1);
  await screenshot(page, 'archive-weekly');
  await seeded.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two years on Rustaveli Avenue');
  await expect(page.locator('.article__body')).toContainText('From the archive');
  await expect(page.getByRole('region', { name: /for members/ })).toHaveCount(0);
  await screenshot(page, 'issue-weekly');

  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/newsletters/ridgeline-weekly/2026-11-27-two-years-on-rustaveli');
  expect(sitemap).toContain(CANARY_ISSUE);
});

test('a signed-in reader subscribes from /newsletters in one press, with no email to confirm', async ({ browser }) => {
  const { context, page, email } = await signedInContext(browser, 'newsletters-page');
  await page.goto('/newsletters');
  const weekly = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Ridgeline Weekly', exact: true }) });
  await expect(weekly).toContainText(`As ${email}`);
  await screenshot(page, 'newsletters-signed-in');
  await weekly.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('heading', { name: 'You’re subscribed to Ridgeline Weekly' })).toBeVisible();
  await page.goto('/newsletters');
  await expect(weekly).toContainText('You receive it.');
  await expect(page.getByRole('main')).toContainText('You receive Ridgeline Weekly.');
  await expect(weekly.getByRole('link', { name: 'Manage your newsletters' })).toHaveAttribute('href', '/account');
  expect((await mailsTo(page.request, email)).filter((m) => m.subject.startsWith('Confirm'))).toHaveLength(0);
  await context.close();
});

test('the brief’s archive shows anyone who may not read it the preview and the paywall, never its members’ text', async ({
  browser,
  request,
}) => {
  const html = await (await request.get(CANARY_ISSUE)).text();
  expect(html).toContain(canaryIssue.subject);
  expect(html).toContain('The rest of this issue is for members');
  expect(html).not.toContain(CANARY);
  expect(await (await request.get(CANARY_ISSUE, { headers: { RSC: '1' } })).text()).not.toContain(CANARY);
  // The seeded issues too: anything past the preview stays on the server.
  const seeded = await (await request.get('/newsletters/the-daily-brief/2026-11-23-anniversary-week')).text();
  expect(seeded).toContain('The rest of this issue is for members');
  expect(seeded).not.toContain('stays as quiet as it has been');

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/newsletters/the-daily-brief');
  await expect(page.getByRole('link', { name: canaryIssue.subject })).toBeVisible();
  await screenshot(page, 'archive-brief');
  await page.goto(CANARY_ISSUE);
  await expect(page.getByRole('heading', { name: 'The rest of this issue is for members' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Sign in' })).toHaveAttribute(
    'href',
    `/signin?callbackUrl=${encodeURIComponent(CANARY_ISSUE)}`,
  );
  await screenshot(page, 'issue-brief-anonymous');
  await context.close();

  const reader = await signedInContext(browser, 'brief-nonmember');
  await reader.page.goto(CANARY_ISSUE);
  await expect(reader.page.getByRole('heading', { name: 'The rest of this issue is for members' })).toBeVisible();
  expect(await reader.page.content()).not.toContain(CANARY);
  await reader.context.close();
});

test('a member reads the brief’s archive issue whole', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedInContext(browser, 'brief-member');
  await page.goto('/membership/join?tier=member&interval=month');
  await page.getByRole('button', { name: 'Continue to secure payment' }).click();
  await payOnCheckout(page, CARDS.succeeds);
  await expect(page.getByRole('heading', { name: 'Welcome, and thank you' })).toBeVisible({ timeout: 20_000 });
  await page.goto(CANARY_ISSUE);
  await expect(page.locator('.article__body')).toContainText(CANARY);
  await expect(page.getByRole('heading', { name: 'The rest of this issue is for members' })).toHaveCount(0);
  await screenshot(page, 'issue-brief-member');
  // Members are not asked to sign up at the end of a story: the brief is theirs already.
  await page.goto(ARTICLE);
  await expect(page.getByRole('complementary', { name: /by email/ })).toHaveCount(1); // the footer's only
  await context.close();
});

test('the article page stays a static page that ships no script, with a plain form posting to the sign-up', async ({
  request,
}) => {
  await expect
    .poll(async () => {
      const response = await request.get(ARTICLE);
      const html = await response.text();
      return {
        scripts: /<script\b(?![^>]*\btype="application\/ld\+json")/.test(html),
        noScriptPolicy: (response.headers()['content-security-policy'] ?? '').includes("script-src 'none'"),
        cached: Boolean(response.headers()['x-nextjs-cache']),
        forms: (html.match(/<form\b[^>]*\baction="\/newsletters\/subscribe"[^>]*>/g) ?? []).filter((tag) =>
          tag.includes('method="post"'),
        ).length,
      };
    })
    .toEqual({ scripts: false, noScriptPolicy: true, cached: true, forms: 2 });
});
