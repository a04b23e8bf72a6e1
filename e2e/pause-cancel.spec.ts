import { expect, test, type Page } from '@playwright/test';
import { signedInContext, staffContext } from './fixtures/accounts';
import { joinAsMember, membershipCard, screenshots, standinStripe } from './fixtures/membership-account';
import { paywalledSentence } from './fixtures/site';

/**
 * Staying and leaving from /account (#13): a pause stops billing and membership until its date
 * and "Resume now" brings both back; cancelling asks why, offers what fits the answer, and still
 * cancels in one more click, with the reason at Stripe and on the dashboard.
 */

const MEMBERS_STORY = 'middle-corridor-trade-route';
const DATE = /\d{1,2} [A-Z][a-z]+ \d{4}/;

async function readsWhole(page: Page) {
  await page.goto(`/articles/${MEMBERS_STORY}`);
  return (await page.getByText(paywalledSentence(MEMBERS_STORY)).count()) > 0;
}

test('a member pauses for a month, is locked out of members-only stories, and resumes now', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page, email } = await signedInContext(browser, 'pauser');
  const subscription = await joinAsMember(page, email);

  await page.goto('/account');
  const card = membershipCard(page);
  await expect(card.getByText(/Next renewal on/)).toBeVisible();
  await screenshots(page, 'account-membership-renewing', card);

  const pause = card.getByRole('group', { name: 'Need a break? Pause instead of cancelling' });
  await expect(pause.getByRole('radio', { name: /^1 month until/ })).toBeChecked();
  await card.getByRole('button', { name: 'Pause membership' }).click();
  await expect(card.getByText(new RegExp(`^Paused until ${DATE.source}\\.$`))).toBeVisible();
  await expect(card.getByText('Billing starts again by itself')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Pause membership' })).toHaveCount(0);
  await screenshots(page, 'account-membership-paused', card);

  const atStripe = await standinStripe.subscriptions.retrieve(subscription.id);
  expect(atStripe.pause_collection?.behavior).toBe('void');
  expect(atStripe.pause_collection!.resumes_at! * 1000).toBeGreaterThan(Date.now() + 27 * 86_400_000);
  expect(atStripe.status).toBe('active');

  // Not a member while paused: the story stops at the paywall.
  expect(await readsWhole(page)).toBe(false);
  await expect(page.getByRole('heading', { name: 'The rest of this story is for members' })).toBeVisible();

  await page.goto('/account');
  await membershipCard(page).getByRole('button', { name: 'Resume now' }).click();
  await expect(membershipCard(page).getByText(/Next renewal on/)).toBeVisible();
  expect((await standinStripe.subscriptions.retrieve(subscription.id)).pause_collection).toBeNull();
  expect(await readsWhole(page)).toBe(true);
  await context.close();
});

/** The dashboard's count of "Too expensive" for this month. */
async function tooExpensiveThisMonth(page: Page) {
  await page.goto('/admin');
  const block = page.getByRole('region', { name: /Why members cancelled/ });
  await expect(block).toBeVisible();
  const table = block.getByRole('table');
  if ((await table.count()) === 0) return { block, count: 0 };
  const headers = await table.getByRole('columnheader').allTextContents();
  const column = headers.indexOf('Too expensive');
  const row = table.getByRole('row').nth(1);
  const cells = await row.getByRole('cell').allTextContents();
  // The first column is the month's row header, so cells are one to the left of the headers.
  return { block, count: Number(cells[column - 1]) };
}

test('a member says why, sees the offer that fits each answer, declines and cancels; the reason reaches Stripe and the dashboard', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const editor = await staffContext(browser, 'editor@newsroom.test');
  const dashboard = await editor.newPage();
  const before = (await tooExpensiveThisMonth(dashboard)).count;

  const { context, page, email } = await signedInContext(browser, 'leaver');
  const subscription = await joinAsMember(page, email);
  await page.goto('/account');
  await membershipCard(page).getByRole('link', { name: 'Cancel membership…' }).click();
  await expect(page).toHaveURL('/account/cancel');
  await expect(page.getByRole('heading', { name: 'Cancel your membership' })).toBeVisible();
  const reasons = page.getByRole('group', { name: 'Why are you leaving?' });
  await expect(reasons.getByRole('radio')).toHaveCount(5);
  await screenshots(page, 'cancel-reason-step');

  const offers = page.locator('.cancel-offers');
  // Too expensive: the cheaper tier, yearly billing with its saving, or a pause.
  await reasons.getByRole('radio', { name: 'It costs too much' }).check();
  await expect(offers.getByRole('heading', { name: 'It can cost less' })).toBeVisible();
  await expect(offers.getByRole('button', { name: 'Switch to Supporter, $5 a month' })).toBeVisible();
  await expect(offers.getByText('$100 a year, which saves $20')).toBeVisible();
  await expect(offers.getByRole('button', { name: 'Switch to $100 a year' })).toBeVisible();
  await expect(offers.getByRole('button', { name: /^Pause until / })).toHaveCount(3);
  await screenshots(page, 'cancel-offer-too-expensive', offers);

  // Not reading enough: a pause only.
  await reasons.getByRole('radio', { name: 'I’m not reading enough' }).check();
  await expect(offers.getByRole('heading', { name: 'You could pause instead' })).toBeVisible();
  await expect(offers.getByRole('button', { name: /^Pause until / })).toHaveCount(3);
  await expect(offers.getByRole('button', { name: /^Switch to/ })).toHaveCount(0);
  await screenshots(page, 'cancel-offer-not-reading', offers);

  // Payment problems: a new card, or a pause.
  await reasons.getByRole('radio', { name: 'Payment problems' }).check();
  await expect(offers.getByRole('button', { name: 'Update your card' })).toBeVisible();
  await expect(offers.getByRole('button', { name: /^Pause until / })).toHaveCount(3);
  await screenshots(page, 'cancel-offer-payment', offers);

  // Disagreement and anything else: no offer, only that we read it.
  await reasons.getByRole('radio', { name: 'I disagree with your coverage' }).check();
  await expect(offers.getByText('an editor will read it')).toBeVisible();
  await expect(offers.getByRole('button')).toHaveCount(0);
  await screenshots(page, 'cancel-offer-disagree', offers);
  await reasons.getByRole('radio', { name: 'Something else' }).check();
  await expect(offers.getByRole('button')).toHaveCount(0);

  // Declines: back to the price, a word for the editors, and one press.
  await reasons.getByRole('radio', { name: 'It costs too much' }).check();
  await page.getByLabel('Anything you would like us to know').fill('Rent went up in Tbilisi this winter.');
  await expect(page.getByText(new RegExp(`runs until ${DATE.source} and then stops`))).toBeVisible();
  await page.getByRole('button', { name: 'Cancel my membership' }).click();
  await expect(page).toHaveURL('/account');
  const card = membershipCard(page);
  await expect(card.getByText(new RegExp(`^Your membership ends on ${DATE.source}\\.$`))).toBeVisible();
  await expect(card.getByRole('link', { name: 'Cancel membership…' })).toHaveCount(0);
  await screenshots(page, 'account-membership-ending', card);

  const atStripe = await standinStripe.subscriptions.retrieve(subscription.id);
  expect(atStripe).toMatchObject({
    cancel_at_period_end: true,
    cancellation_details: { feedback: 'too_expensive', comment: 'Rent went up in Tbilisi this winter.' },
    metadata: { cancellation_reason: 'too-expensive' },
  });
  // Still a member until the end of the paid period.
  expect(await readsWhole(page)).toBe(true);

  // The reason is counted on the dashboard.
  await expect.poll(async () => (await tooExpensiveThisMonth(dashboard)).count).toBeGreaterThanOrEqual(before + 1);
  await screenshots(dashboard, 'dashboard-cancellation-reasons', (await tooExpensiveThisMonth(dashboard)).block);

  // And it can be taken back.
  await page.goto('/account');
  await membershipCard(page).getByRole('button', { name: 'Keep my membership' }).click();
  await expect(membershipCard(page).getByText(/Next renewal on/)).toBeVisible();
  expect((await standinStripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBe(false);
  await context.close();
  await editor.close();
});

test('taking an offer does it: a member who finds it too expensive moves to the cheaper tier instead of leaving', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page, email } = await signedInContext(browser, 'downgrader');
  const subscription = await joinAsMember(page, email);
  await page.goto('/account/cancel');
  await page.getByRole('radio', { name: 'It costs too much' }).check();
  await page.getByRole('button', { name: 'Switch to Supporter, $5 a month' }).click();
  await expect(page.locator('.form-message')).toHaveCount(0);
  await expect(page).toHaveURL('/account', { timeout: 15_000 });
  await expect(membershipCard(page).getByText('Supporter: $5 a month')).toBeVisible();
  await expect(membershipCard(page).getByText(/Next renewal on/)).toBeVisible();
  const atStripe = await standinStripe.subscriptions.retrieve(subscription.id);
  expect(atStripe.items.data[0]?.price.lookup_key).toBe('supporter_monthly');
  expect(atStripe).toMatchObject({ cancel_at_period_end: false, metadata: { tier: 'supporter' } });
  expect(await readsWhole(page)).toBe(true);

  // A pause taken from the cancel page is a pause like any other.
  await page.goto('/account/cancel');
  await page.getByRole('radio', { name: 'I’m not reading enough' }).check();
  await page
    .getByRole('button', { name: /^Pause until / })
    .nth(1)
    .click();
  await expect(page).toHaveURL('/account');
  await expect(membershipCard(page).getByText(new RegExp(`^Paused until ${DATE.source}\\.$`))).toBeVisible();
  const resumesAt = (await standinStripe.subscriptions.retrieve(subscription.id)).pause_collection?.resumes_at ?? 0;
  expect(resumesAt * 1000).toBeGreaterThan(Date.now() + 58 * 86_400_000);
  await context.close();
});
