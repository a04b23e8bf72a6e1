import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { freshReader, mailsTo, newReaderContext, signedInContext, staffContext } from './fixtures/accounts';
import { demo } from './fixtures/site';
import { CARDS, payOnCheckout } from './fixtures/stripe';
import type { ReceivedMail } from './mailbox';

/**
 * Giving once (#13): from an article's end with script off, from /membership signed in with an
 * amount of one's own, refused under $3, declined by the card, and counted on the dashboard
 * apart from MRR. One test at a time: the dashboard test counts every gift given meanwhile.
 */
test.describe.configure({ mode: 'default' });

/** Screenshots go to E2E_SCREENSHOTS when it is set (to look at them after the run), else beside the test's output. */
const shotPath = (name: string) =>
  process.env.E2E_SCREENSHOTS ? path.join(process.env.E2E_SCREENSHOTS, name) : test.info().outputPath(name);

/** Photographs the page (or one part of it) at a phone's width and a desktop's. */
async function photograph(page: Page, name: string, part?: (page: Page) => Locator) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const file = shotPath(`give-once-${name}-${width}.png`);
    if (part) await part(page).screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function receiptFor(page: Page, email: string): Promise<ReceivedMail> {
  let receipt: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        receipt = (await mailsTo(page.request, email)).find((m) => m.subject.startsWith('Your receipt'));
        return Boolean(receipt);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return receipt!;
}

const appealOf = (page: Page) => page.locator('.appeal--end');

test('an anonymous reader gives a suggested amount from an article’s end, with no script, and gets a receipt', async ({
  browser,
}) => {
  const reader = freshReader('giver');
  const context = await newReaderContext(browser, reader.ip, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${demo.publicSlug}`);
  const appeal = appealOf(page);
  await expect(appeal.getByRole('heading', { name: 'Or give once' })).toBeVisible();
  await photograph(page, 'article-appeal', appealOf);

  await appeal.getByRole('radio', { name: '$50' }).check();
  await appeal.getByRole('button', { name: 'Give once' }).click();

  // The stand-in's Checkout, as Stripe shows a donation.
  await expect(page.getByRole('heading', { name: /^Donate to / })).toBeVisible();
  await expect(page.getByText('$50.00')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Donate' })).toBeVisible();
  await page.getByLabel('Email').fill(reader.email);
  await photograph(page, 'checkout');
  await payOnCheckout(page, CARDS.succeeds, 'Donate');

  await expect(page.getByRole('heading', { name: 'Thank you for your gift of $50' })).toBeVisible();
  await expect(page.getByText('It pays for reporting')).toBeVisible();
  await photograph(page, 'thank-you');

  const receipt = await receiptFor(page, reader.email);
  expect(receipt.subject).toBe('Your receipt: $50 to Ridgeline');
  expect(receipt.text).toContain('Amount: $50');
  expect(receipt.text).toContain('Kind: One-off gift');
  expect(receipt.text).toContain('newsroom@ridgeline.example');
  expect(receipt.text).not.toMatch(/\btax/i);
  const mailPage = await context.newPage();
  await mailPage.setContent(receipt.html);
  await photograph(mailPage, 'receipt');

  // Cancelling from Checkout goes back to the story it came from.
  await page.goto(`/articles/${demo.publicSlug}`);
  await appealOf(page).getByRole('button', { name: 'Give once' }).click();
  await page.getByRole('link', { name: '← Back' }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${demo.publicSlug}`));
  await context.close();
});

test('a signed-in reader gives an amount of their own from /membership, and finds it on their account', async ({
  browser,
}) => {
  const { context, page, email } = await signedInContext(browser, 'signed-giver');
  await page.goto('/membership');
  const block = page.locator('#give-once');
  await photograph(page, 'membership-block', () => page.locator('#give-once'));
  await block.getByLabel(/Other amount in dollars/).fill('17.50');
  await block.getByLabel('Fund a membership for someone who cannot pay').check();
  await block.getByRole('button', { name: 'Give once' }).click();

  await expect(page.getByText('$17.50')).toBeVisible();
  // The address the reader signed in with, which Checkout does not let them change.
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await expect(page.getByLabel('Email')).toHaveAttribute('readonly', '');
  await payOnCheckout(page, CARDS.succeeds, 'Donate');
  await expect(page.getByRole('heading', { name: 'Thank you for your gift of $17.50' })).toBeVisible();
  await expect(page.getByText('fund that gives memberships to readers who cannot pay')).toBeVisible();

  await expect
    .poll(
      async () => {
        await page.goto('/account');
        return page
          .locator('#gifts')
          .innerText()
          .catch(() => '');
      },
      { timeout: 20_000 },
    )
    .toContain('$17.50');
  await expect(page.locator('#gifts')).toContainText('Fund a membership for someone who cannot pay');
  expect((await receiptFor(page, email)).subject).toBe('Your receipt: $17.50 to Ridgeline');
  await context.close();
});

test('an amount under $3 is refused with a clear message, keeping what was typed', async ({ browser }) => {
  const reader = freshReader('small-giver');
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();
  await page.goto('/membership');
  const block = page.locator('#give-once');
  await block.getByRole('radio', { name: 'Other' }).check();
  await block.getByLabel(/Other amount in dollars/).fill('2.50');
  await block.getByLabel('Fund a membership for someone who cannot pay').check();
  await block.getByRole('button', { name: 'Give once' }).click();

  await expect(page).toHaveURL(/\/give\?/);
  await expect(page.locator('.give-once [role="alert"]')).toHaveText(
    'The smallest gift we can take is $3: below that, card fees take most of it.',
  );
  const other = page.getByLabel(/Other amount in dollars/);
  await expect(other).toHaveValue('2.50');
  await expect(other).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Fund a membership for someone who cannot pay')).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Other' })).toBeChecked();
  await photograph(page, 'refused');

  // Putting it right goes on to Checkout with the same choice.
  await other.fill('3');
  await page.getByRole('button', { name: 'Give once' }).click();
  await expect(page.getByRole('button', { name: 'Donate' })).toBeVisible();
  await expect(page.getByText('$3.00')).toBeVisible();
  await context.close();
});

test('a declined card gets a clear message on Checkout and records nothing', async ({ browser }) => {
  const reader = freshReader('declined-giver');
  const context = await newReaderContext(browser, reader.ip, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${demo.publicSlug}`);
  await appealOf(page).getByRole('button', { name: 'Give once' }).click();
  await page.getByLabel('Email').fill(reader.email);
  await payOnCheckout(page, CARDS.declined, 'Donate');
  await expect(page.getByRole('alert')).toHaveText('Your card was declined.');
  await expect(page.getByLabel('Email')).toHaveValue(reader.email);
  await expect(page.getByRole('button', { name: 'Donate' })).toBeVisible();
  // Nothing was taken, so nothing is thanked for or mailed.
  await page.waitForTimeout(3000);
  expect(await mailsTo(page.request, reader.email)).toEqual([]);
  await context.close();
});

test('the dashboard counts one-off gifts and the pool’s share apart from MRR', async ({ browser }) => {
  const admin = await staffContext(browser, 'admin@newsroom.test');
  const dashboard = await admin.newPage();
  const figures = async () => {
    await dashboard.goto('/admin');
    const stat = dashboard.locator('section[aria-labelledby="one-off-heading"] .stat[data-period="month"]');
    const dds = await stat.locator('dd').allInnerTexts();
    const money = (text: string) => Math.round(Number(/\$([\d,.]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? 0) * 100);
    return { total: money(dds[0] ?? ''), pool: money(dds[2] ?? ''), line: dds[1] ?? '' };
  };
  const mrr = async () =>
    (
      await dashboard
        .locator('.stat')
        .filter({ hasText: 'Monthly recurring revenue' })
        .locator('dd')
        .first()
        .innerText()
    ).trim();
  const before = await figures();
  const mrrBefore = await mrr();

  const reader = freshReader('pool-giver');
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();
  await page.goto('/membership');
  const block = page.locator('#give-once');
  await block.getByRole('radio', { name: '$100' }).check();
  await block.getByLabel('Fund a membership for someone who cannot pay').check();
  await block.getByRole('button', { name: 'Give once' }).click();
  await page.getByLabel('Email').fill(reader.email);
  await payOnCheckout(page, CARDS.succeeds, 'Donate');
  await expect(page.getByRole('heading', { name: 'Thank you for your gift of $100' })).toBeVisible();

  await expect.poll(async () => (await figures()).total - before.total, { timeout: 20_000 }).toBe(10000);
  const after = await figures();
  expect(after.pool - before.pool).toBe(10000);
  expect(after.line).toMatch(/^\d+ gifts? from \d+ donors?$/);
  expect(await mrr()).toBe(mrrBefore);
  await photograph(dashboard, 'dashboard', (p) => p.locator('section[aria-labelledby="one-off-heading"]'));
  await context.close();
  await admin.close();
});
