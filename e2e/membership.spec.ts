import { expect, test } from '@playwright/test';
import Stripe from 'stripe';
import { signedInContext } from './fixtures/accounts';
import { paywalledSentence, shareImagePath } from './fixtures/site';
import { CARDS, payOnCheckout, standinUrl } from './fixtures/stripe';

const MEMBERS_STORY = 'middle-corridor-trade-route';

for (const [name, card, message] of [
  ['declined', CARDS.declined, 'Your card was declined.'],
  ['insufficient-funds', CARDS.insufficientFunds, 'Your card has insufficient funds.'],
] as const) {
  test(`a ${name} card gives a clear message and no membership`, async ({ browser }) => {
    test.setTimeout(90_000);
    const { context, page } = await signedInContext(browser, name);
    await page.goto('/membership/join?tier=supporter&interval=year');
    await expect(page.getByRole('heading', { name: 'Supporter: $50 a year' })).toBeVisible();
    await page.getByRole('button', { name: 'Continue to secure payment' }).click();
    await payOnCheckout(page, card);
    await expect(page.getByText(message)).toBeVisible();
    await page.goto('/account');
    await expect(page.getByText('You are not a member yet.')).toBeVisible();
    await page.goto(`/articles/${MEMBERS_STORY}`);
    await expect(page.getByRole('heading', { name: 'The rest of this story is for members' })).toBeVisible();
    await context.close();
  });
}

test('a member who clicks "Become a member" again is sent to manage their membership, not to a second Checkout', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await signedInContext(browser, 'twice');
  await page.goto('/membership/join?tier=member&interval=month');
  await page.getByRole('button', { name: 'Continue to secure payment' }).click();
  await payOnCheckout(page, CARDS.succeeds);
  await expect(page.getByRole('heading', { name: 'Welcome, and thank you' })).toBeVisible({ timeout: 20_000 });
  await page.goto('/membership/join?tier=patron&interval=month');
  await expect(page).toHaveURL(/\/account/);
  await page.goto('/membership');
  await expect(page.getByText('You are already a member: thank you.')).toBeVisible();
  await context.close();
});

test('deleting a member’s account first cancels their membership in Stripe, so nothing is charged again', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { context, page, email } = await signedInContext(browser, 'leaving');
  await page.goto('/membership/join?tier=member&interval=month');
  await page.getByRole('button', { name: 'Continue to secure payment' }).click();
  await payOnCheckout(page, CARDS.succeeds);
  await expect(page.getByRole('heading', { name: 'Welcome, and thank you' })).toBeVisible({ timeout: 20_000 });

  await page.goto('/account/delete');
  await expect(
    page.getByText(/Your membership \(Member, \$10 a month\) ends the moment you delete your account/),
  ).toBeVisible();
  await page.getByLabel(`Type ${email} to confirm`).fill(email);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/\?account=deleted/);

  const standin = new URL(standinUrl);
  const stripe = new Stripe('sk_test_e2e', { host: standin.hostname, port: Number(standin.port), protocol: 'http' });
  const [customer] = (await stripe.customers.list({ email, limit: 1 })).data;
  const subscriptions = await stripe.subscriptions.list({ customer: customer?.id ?? '', status: 'all' });
  expect(subscriptions.data.map((s) => s.status)).toEqual(['canceled']);
  await context.close();
});

test('a custom amount below the minimum is refused with a sentence', async ({ browser }) => {
  const { context, page } = await signedInContext(browser, 'custom');
  await page.goto('/membership/join?tier=custom&amount=1');
  await expect(page.getByText('Please choose at least $3 a month.')).toBeVisible();
  await context.close();
});

test('anonymous readers, readers and non-members never receive the members-only part', async ({ browser, request }) => {
  const secret = paywalledSentence(MEMBERS_STORY);
  const anonymous = [
    `/articles/${MEMBERS_STORY}`,
    '/rss.xml',
    '/sections/analysis/rss.xml',
    `/search?q=${encodeURIComponent(secret.split(' ').slice(0, 4).join(' '))}`,
    await shareImagePath(request, MEMBERS_STORY),
  ];
  // Each answer is the real page or file: a 404's body would pass without showing anything.
  for (const path of anonymous) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).not.toContain(secret);
  }
  const { context, page } = await signedInContext(browser, 'nonmember');
  for (const path of anonymous) {
    const response = await page.request.get(path);
    expect(response.status(), `${path} as a signed-in reader`).toBe(200);
    expect(await response.text(), `${path} as a signed-in reader`).not.toContain(secret);
  }
  await context.close();
});

test('3-D Secure: failing the authentication step says why and charges nothing', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedInContext(browser, 'threeds-fail');
  await page.goto('/membership/join?tier=member&interval=month');
  await page.getByRole('button', { name: 'Continue to secure payment' }).click();
  await payOnCheckout(page, CARDS.authentication);
  await page.getByRole('button', { name: 'Fail authentication' }).click();
  await expect(page.getByText('We are unable to authenticate your payment method.')).toBeVisible();
  await page.goto('/account');
  await expect(page.getByText('You are not a member yet.')).toBeVisible();
  await context.close();
});

test('3-D Secure: completing the authentication step makes a member', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await signedInContext(browser, 'threeds-ok');
  await page.goto('/membership/join?tier=member&interval=month');
  await page.getByRole('button', { name: 'Continue to secure payment' }).click();
  await payOnCheckout(page, CARDS.authentication);
  await page.getByRole('button', { name: 'Complete authentication' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, and thank you' })).toBeVisible({ timeout: 20_000 });
  await context.close();
});
