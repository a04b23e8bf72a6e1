import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { staffContext } from './fixtures/accounts';
import { sendFixture } from './fixtures/newsletter-sends';

const EDITOR = 'editor@newsroom.test';
const axeSource = fs.readFileSync(path.join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

// axe is injected as a script for the accessibility check below.
test.use({ bypassCSP: true });

async function editorPage(browser: Parameters<typeof staffContext>[0]) {
  const context = await staffContext(browser, EDITOR);
  return { context, page: await context.newPage() };
}

/** The issues table's row for this subject. */
const issueRow = (page: Page, subject: string) =>
  page.locator('.nl-admin-issues tbody tr').filter({ has: page.getByRole('rowheader', { name: subject }) });

/** Opens The Evening Wire (e2e/fixtures/newsletter-sends.ts) from the list. */
async function openFixtureNewsletter(page: Page) {
  await page.goto('/admin/newsletters');
  await page.getByRole('link', { name: sendFixture.newsletter.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: sendFixture.newsletter.name })).toBeVisible();
}

test('an editor adds a newsletter, is told what is wrong without losing what they typed, changes its schedule and sees it listed', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { context, page } = await editorPage(browser);
  const name = `Tbilisi Nights ${crypto.randomBytes(3).toString('hex')}`;
  const slug = name.toLowerCase().replace(/ /g, '-');

  await page.goto('/admin');
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Newsletters' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Newsletters' })).toBeVisible();
  await page.getByRole('link', { name: 'New newsletter' }).click();

  await page.getByLabel('Name', { exact: true }).fill(name);
  await expect(page.getByLabel('Address')).toHaveValue(slug);
  await page.getByLabel('Description').fill('Where the city goes after dark.');
  await page.getByLabel('What an issue reads like').fill('A walk through the evening’s openings and closings.');
  await page.getByLabel('Members only').check();
  await page.getByLabel('Tuesday').check();
  await page.getByLabel('Thursday').check();
  await page.getByLabel('Time', { exact: true }).fill('7.30');
  await page.getByRole('button', { name: 'Add newsletter' }).click();

  const time = page.getByLabel('Time', { exact: true });
  await expect(time).toHaveAccessibleDescription(/Write the time as hours and minutes on the 24-hour clock/);
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Please check the marked fields.' })).toBeVisible();
  // Nothing typed is lost.
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
  await expect(page.getByLabel('Description')).toHaveValue('Where the city goes after dark.');
  await expect(page.getByLabel('Members only')).toBeChecked();
  await expect(page.getByLabel('Thursday')).toBeChecked();
  await expect(time).toHaveValue('7.30');
  await shoot(page, 'newsletter-new-refused');

  await time.fill('19:30');
  await page.getByRole('button', { name: 'Add newsletter' }).click();
  await expect(page).toHaveURL(/\/admin\/newsletters\/\d+\?created=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'Newsletter added.' })).toBeVisible();
  await expect(page.locator('.lede')).toHaveText('Members only · Tuesdays and Thursdays at 19:30');
  // The public list is a cached page for anonymous readers: the save expired it.
  const reader = await browser.newContext();
  const publicPage = await reader.newPage();
  await publicPage.goto('/newsletters');
  await expect(publicPage.getByRole('heading', { name })).toBeVisible();
  await reader.close();

  await page.getByLabel('Thursday').uncheck();
  await page.getByLabel('Saturday').check();
  await page.getByLabel('Time', { exact: true }).fill('08:15');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.locator('.lede')).toHaveText('Members only · Tuesdays and Saturdays at 08:15');

  // An address another newsletter has is refused, by name.
  await page.getByLabel('Address').fill('ridgeline-weekly');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel('Address')).toHaveAccessibleDescription(
    /Another newsletter already has the address \/newsletters\/ridgeline-weekly/,
  );
  await page.reload();
  await expect(page.getByLabel('Address')).toHaveValue(slug);
  await expect(page.getByLabel('Saturday')).toBeChecked();

  await page.getByRole('link', { name: '← Newsletters' }).click();
  const row = page.locator('.nl-admin-list tbody tr').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row).toContainText('Members only');
  await expect(row).toContainText('Tuesdays and Saturdays at 08:15');
  await expect(row).toContainText('None yet');
  await context.close();
});

test('a newsletter’s history and an issue’s send: sent N of M, failures with the mail server’s reason, the member and free split', async ({
  browser,
}) => {
  const { context, page } = await editorPage(browser);
  const { finished, running } = sendFixture;
  await openFixtureNewsletter(page);

  const done = issueRow(page, finished.subject);
  await expect(done).toContainText('Sent');
  await expect(done).toContainText(`sent ${finished.sent} of ${finished.recipients}`);
  await expect(done.locator('td[data-label="Failed"]')).toHaveText('1');
  await expect(done.locator('td[data-label="Bounced"]')).toHaveText('1');
  const live = issueRow(page, running.subject);
  await expect(live).toContainText('Sending');
  await expect(live).toContainText(`sent ${running.sent} of ${running.recipients}`);
  // Newest first.
  await expect(page.locator('.nl-admin-issues tbody tr').first()).toContainText(running.subject);

  await done.getByRole('link', { name: finished.subject }).click();
  await expect(page.getByRole('heading', { level: 1, name: finished.subject })).toBeVisible();
  await expect(page.locator('.nl-admin-summary')).toContainText(`sent ${finished.sent} of ${finished.recipients}`);
  const problems = page.locator('.nl-admin-problems');
  await expect(problems.getByRole('row', { name: new RegExp(finished.failure.email) })).toContainText(
    finished.failure.error,
  );
  await expect(problems.getByRole('row', { name: new RegExp(finished.bounce.email) })).toContainText('Bounced');
  await expect(problems).toContainText(finished.bounce.error);
  const versions = page.locator('.nl-admin-versions');
  await expect(versions.getByRole('row', { name: /^Members/ })).toContainText('2');
  await expect(versions.getByRole('row', { name: /Free subscribers/ })).toContainText('2');
  await expect(page.getByRole('link', { name: 'Read it in the web archive' })).toHaveAttribute(
    'href',
    `/newsletters/${sendFixture.newsletter.slug}/${finished.slug}`,
  );
  await expect(page.getByText('This page updates itself')).toHaveCount(0);

  // A finished send's page stays put; a running one asks the server again every 2 seconds, without reloading.
  // A refresh asks for the page it is on as a React Server Components payload; prefetches of its links do not count.
  const refreshes: string[] = [];
  page.on('request', (request) => {
    const headers = request.headers();
    if (
      headers['rsc'] === '1' &&
      !headers['next-router-prefetch'] &&
      new URL(request.url()).pathname === new URL(page.url()).pathname
    )
      refreshes.push(request.url());
  });
  await page.waitForTimeout(2_500);
  expect(refreshes).toEqual([]);

  await page.goBack();
  await issueRow(page, running.subject).getByRole('link', { name: running.subject }).click();
  await expect(page.getByRole('heading', { level: 1, name: running.subject })).toBeVisible();
  await expect(page.locator('.nl-admin-summary')).toContainText('This page updates itself every 2 seconds.');
  await expect(page.locator('.nl-admin-facts')).toContainText('Still sending');
  const loaded = await page.evaluate(() => performance.timeOrigin);
  refreshes.length = 0;
  await expect.poll(() => refreshes.length, { timeout: 7_000 }).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(loaded);
  await context.close();
});

test('an editor finds a suppressed address and clears it; the others stay', async ({ browser }) => {
  const { context, page } = await editorPage(browser);
  await page.goto('/admin/newsletters');
  await page.getByRole('link', { name: 'suppression list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Suppression list' })).toBeVisible();
  await page.getByLabel('Address contains').fill('wire-');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\?q=wire-/);

  const { cleared, kept } = sendFixture.suppressions;
  const table = page.locator('.nl-admin-suppressions');
  await expect(table.getByRole('row', { name: new RegExp(cleared) })).toContainText('Repeated temporary failures');
  await expect(table.getByRole('row', { name: new RegExp(kept) })).toContainText('Bounced');
  await expect(table.getByRole('row', { name: new RegExp(kept) })).toContainText('550 5.1.1');

  await page.getByRole('button', { name: `Clear ${cleared}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${cleared} is off the suppression list` })).toBeVisible();
  await expect(page).toHaveURL(/q=wire-/);
  await expect(table.getByRole('row', { name: new RegExp(cleared) })).toHaveCount(0);
  await expect(table.getByRole('row', { name: new RegExp(kept) })).toBeVisible();
  await page.reload();
  await expect(table.getByRole('row', { name: new RegExp(cleared) })).toHaveCount(0);
  await context.close();
});

test('a contributor has no newsletters admin: no link, and the pages refuse them', async ({ browser }) => {
  const context = await staffContext(browser, 'contributor@newsroom.test');
  const page = await context.newPage();
  await page.goto('/admin');
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Articles' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Newsletters' })).toHaveCount(
    0,
  );
  for (const url of ['/admin/newsletters', '/admin/newsletters/new', '/admin/newsletters/suppressions']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(403);
    await expect(page.getByRole('heading', { name: 'This part of the site is for the newsroom' })).toBeVisible();
  }
  await context.close();
});

test('every newsletters admin page fits a phone and a desktop, with no serious accessibility violations', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await editorPage(browser);
  await openFixtureNewsletter(page);
  const newsletterPath = new URL(page.url()).pathname;
  await issueRow(page, sendFixture.finished.subject).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: sendFixture.finished.subject })).toBeVisible();
  const finishedPath = new URL(page.url()).pathname;
  await page.goBack();
  await issueRow(page, sendFixture.running.subject).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: sendFixture.running.subject })).toBeVisible();
  const runningPath = new URL(page.url()).pathname;

  const pages = [
    ['newsletters', '/admin/newsletters'],
    ['newsletter-new', '/admin/newsletters/new'],
    ['newsletter', newsletterPath],
    ['issue-sent', finishedPath],
    ['issue-sending', runningPath],
    ['suppressions', '/admin/newsletters/suppressions'],
  ] as const;
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, url] of pages) {
      await page.goto(url);
      await expect(page.locator('h1')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${url} at ${width} px`).toBeLessThanOrEqual(0);
      await shoot(page, `${name}-${width}`);
      if (width === 1280) {
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => {
          type Axe = {
            run: (
              ctx: Document,
              opts: object,
            ) => Promise<{
              violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
            }>;
          };
          return (window as unknown as { axe: Axe }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
        });
        const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
          url,
        ).toEqual([]);
      }
    }
  }
  await context.close();
});

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}
