import { expect, test } from '@playwright/test';
import { signedInContext } from './fixtures/accounts';
import { joinAsMember, membershipCard, standinStripe } from './fixtures/membership-account';
import { paywalledSentence } from './fixtures/site';
import { advanceStripeClock } from './fixtures/stripe';

/**
 * A pause runs out by itself (#13): moving the stand-in's clock past the date voids the renewal
 * that fell inside the pause, lifts the pause, makes the reader a member again, and charges the
 * renewal after it. It moves the clock every subscription shares, so it runs in the clock project.
 */
test.describe.configure({ mode: 'serial' });

const MEMBERS_STORY = 'middle-corridor-trade-route';

test('a paused membership resumes billing by itself when its date passes', async ({ browser }) => {
  test.setTimeout(150_000);
  const { context, page, email } = await signedInContext(browser, 'pause-runs-out');
  const subscription = await joinAsMember(page, email, 'supporter');
  await page.goto('/account');
  await membershipCard(page).getByRole('button', { name: 'Pause membership' }).click();
  await expect(membershipCard(page).getByText(/^Paused until /)).toBeVisible();
  await page.goto(`/articles/${MEMBERS_STORY}`);
  await expect(page.getByRole('heading', { name: 'The rest of this story is for members' })).toBeVisible();

  // Past the pause's date (a month and a day or two): Stripe lifts the pause and says so.
  await advanceStripeClock(page, 33);
  await expect
    .poll(async () => (await standinStripe.subscriptions.retrieve(subscription.id)).pause_collection, {
      timeout: 10_000,
    })
    .toBeNull();
  await expect
    .poll(
      async () => {
        await page.goto(`/articles/${MEMBERS_STORY}`);
        return page.getByText(paywalledSentence(MEMBERS_STORY)).count();
      },
      { timeout: 20_000 },
    )
    .toBe(1);
  await page.goto('/account');
  await expect(membershipCard(page).getByText(/Next renewal on/)).toBeVisible();
  await expect(membershipCard(page).getByText(/Paused until/)).toHaveCount(0);

  // The renewal inside the pause was voided; the next one is charged again.
  const invoices = async () =>
    (await standinStripe.invoices.list({ subscription: subscription.id, limit: 10 })).data
      .reverse()
      .map((invoice) => `${invoice.status} ${invoice.amount_paid}`);
  expect(await invoices()).toEqual(['paid 500', 'void 0']);
  await advanceStripeClock(page, 31);
  await expect.poll(invoices, { timeout: 10_000 }).toEqual(['paid 500', 'void 0', 'paid 500']);
  await page.goto(`/articles/${MEMBERS_STORY}`);
  await expect(page.getByText(paywalledSentence(MEMBERS_STORY))).toBeVisible();
  await context.close();
});
