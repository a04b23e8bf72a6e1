import { expect, test } from '@playwright/test';
import { freshReader, mailsTo, newReaderContext, nextMail, signedInContext } from './fixtures/accounts';
import { paywalledSentence } from './fixtures/site';
import { advanceStripeClock, CARDS, payOnCheckout } from './fixtures/stripe';

/**
 * These tests move the Stripe stand-in's clock, which every subscription and open Checkout
 * session shares. They run one after another, after all other browser tests (see the
 * "stripe-clock" project in playwright.config.ts), so that no one else's session expires.
 */
test.describe.configure({ mode: 'serial' });

const MEMBERS_STORY = 'middle-corridor-trade-route';
const PUBLIC_STORY = 'gyumri-after-the-earthquake';

test('a reader becomes a member from an article, reads everything, cancels, and lapses at the period end', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const reader = freshReader('member');
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();

  // From the appeal in an article to the offer, carrying where the click came from.
  await page.goto(`/articles/${PUBLIC_STORY}`);
  await page.locator('.appeal--inline').getByRole('link', { name: 'Become a member' }).click();
  await expect(page).toHaveURL(`/membership?placement=in-article&from=${PUBLIC_STORY}`);
  await page.getByRole('button', { name: 'Become a member', exact: true }).click();

  // Sign in on the way, by the emailed link, and come back to the choice.
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByLabel('Email address').fill(reader.email);
  const since = Date.now() - 1000;
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  const mail = await nextMail(page.request, reader.email, since);
  await page.goto(mail.link);
  await page.getByRole('button', { name: `Sign in as ${reader.email}` }).click();
  await expect(page).toHaveURL(/\/membership\/join\?.*tier=member/);
  await expect(page.getByRole('heading', { name: 'Member: $10 a month' })).toBeVisible();

  // Stripe Checkout (the stand-in), paying with the card that works.
  await page.getByRole('button', { name: 'Continue to secure payment' }).click();
  await payOnCheckout(page, CARDS.succeeds);
  await expect(page).toHaveURL(/\/membership\/welcome/);
  await expect(page.getByRole('heading', { name: 'Welcome, and thank you' })).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(
      async () =>
        (await mailsTo(page.request, reader.email)).filter((m) => m.subject === 'Welcome to Ridgeline').length,
    )
    .toBe(1);
  // The brief comes with membership, and the welcome mail says how to stop it.
  const welcome = (await mailsTo(page.request, reader.email)).find((m) => m.subject === 'Welcome to Ridgeline');
  expect(welcome?.text).toContain('The Daily Brief comes with it');
  await page.goto('/account');
  await expect(
    page.getByRole('region', { name: 'Newsletters' }).getByRole('listitem').filter({ hasText: 'The Daily Brief' }),
  ).toContainText('Weekdays at 07:00 · For members · You receive it');

  // Members read everything and see no asks.
  await page.goto(`/articles/${MEMBERS_STORY}`);
  await expect(page.getByText(paywalledSentence(MEMBERS_STORY))).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The rest of this story is for members' })).toHaveCount(0);
  await page.goto(`/articles/${PUBLIC_STORY}`);
  await expect(page.locator('.appeal')).toHaveCount(0);
  await expect(page.getByText('Thank you for being a member.')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Membership campaign' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Become a member' })).toHaveCount(0);

  // Members can save stories for later.
  await page.getByRole('button', { name: 'Save for later' }).click();
  await expect(page.getByRole('button', { name: 'Saved ✓' })).toBeVisible();
  await page.goto('/account/saved');
  await expect(page.getByRole('link', { name: /Gyumri/ }).first()).toBeVisible();

  // The account shows the renewal; leaving takes two clicks and cancels at the period end.
  await page.goto('/account');
  await expect(page.getByText('Member: $10 a month')).toBeVisible();
  await expect(page.getByText(/Next renewal on \d+ \w+ \d{4}/)).toBeVisible();
  await page.getByRole('link', { name: 'Cancel membership…' }).click();
  await page.getByRole('button', { name: 'Cancel my membership' }).click();
  await expect(page).toHaveURL('/account');
  await expect(page.getByText(/Your membership ends on \d+ \w+ \d{4}/)).toBeVisible({ timeout: 10_000 });
  // Still a member until then.
  await page.goto(`/articles/${MEMBERS_STORY}`);
  await expect(page.getByText(paywalledSentence(MEMBERS_STORY))).toBeVisible();

  // Past the end of the paid period the reader is no longer a member and sees the asks again.
  await advanceStripeClock(page, 32);
  await expect
    .poll(
      async () => {
        await page.goto(`/articles/${MEMBERS_STORY}`);
        return page.getByRole('heading', { name: 'The rest of this story is for members' }).count();
      },
      { timeout: 20_000 },
    )
    .toBe(1);
  await expect(page.getByText(paywalledSentence(MEMBERS_STORY))).toHaveCount(0);
  await page.goto(`/articles/${PUBLIC_STORY}`);
  await expect(page.locator('.appeal--inline')).toBeVisible();
  await context.close();
});

test('a failed renewal shows the past_due banner; when Stripe gives up, access ends', async ({ browser }) => {
  test.setTimeout(150_000);
  const { context, page, email } = await signedInContext(browser, 'pastdue');
  await page.goto('/membership/join?tier=supporter&interval=month');
  await page.getByRole('button', { name: 'Continue to secure payment' }).click();
  await payOnCheckout(page, CARDS.failsAtRenewal);
  await expect(page.getByRole('heading', { name: 'Welcome, and thank you' })).toBeVisible({ timeout: 20_000 });

  await advanceStripeClock(page, 31);
  await expect
    .poll(
      async () => {
        await page.goto(`/articles/${PUBLIC_STORY}`);
        return page.getByRole('complementary', { name: 'Payment problem' }).count();
      },
      { timeout: 20_000 },
    )
    .toBe(1);
  await expect(page.getByRole('link', { name: /Update your card/ })).toBeVisible();
  // The mail goes out from the job queue, a moment after the webhook.
  await expect
    .poll(async () => (await mailsTo(page.request, email)).find((m) => m.subject.includes('payment failed'))?.text, {
      timeout: 20_000,
    })
    .toContain('/account/billing/card');
  // Still a member during the grace period.
  await page.goto(`/articles/${MEMBERS_STORY}`);
  await expect(page.getByText(paywalledSentence(MEMBERS_STORY))).toBeVisible();
  await page.goto('/account');
  await expect(page.locator('.membership-card').getByText(/Your last payment failed/)).toBeVisible();

  // Stripe retries for a week, then cancels: the reader is no longer a member.
  await advanceStripeClock(page, 8);
  await expect
    .poll(
      async () => {
        await page.goto(`/articles/${MEMBERS_STORY}`);
        return page.getByRole('heading', { name: 'The rest of this story is for members' }).count();
      },
      { timeout: 20_000 },
    )
    .toBe(1);
  await context.close();
});
