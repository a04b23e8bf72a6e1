import { expect, test } from '@playwright/test';
import { freshReader, mailsTo, newReaderContext, nextMail, signedInContext } from './fixtures/accounts';
import { paywalledSentence } from './fixtures/site';
import { advanceStripeClock, CARDS, payOnCheckout } from './fixtures/stripe';

const MEMBERS_STORY = 'middle-corridor-trade-route';
const PUBLIC_STORY = 'gyumri-after-the-earthquake';

test('a reader becomes a member from an article, reads everything, cancels, and lapses at the period end', async ({ browser }) => {
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
  await expect.poll(async () => (await mailsTo(page.request, reader.email)).filter((m) => m.subject === 'Welcome to Ridgeline').length).toBe(1);

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

  // The account shows the renewal; the portal cancels at the period end.
  await page.goto('/account');
  await expect(page.getByText('Member: $10 a month')).toBeVisible();
  await expect(page.getByText(/Next renewal on \d+ \w+ \d{4}/)).toBeVisible();
  await page.getByRole('button', { name: 'Manage membership' }).click();
  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  await page.getByRole('link', { name: /Return to/ }).click();
  await expect(page).toHaveURL('/account');
  await expect(page.getByText(/Your membership ends on \d+ \w+ \d{4}/)).toBeVisible({ timeout: 10_000 });
  // Still a member until then.
  await page.goto(`/articles/${MEMBERS_STORY}`);
  await expect(page.getByText(paywalledSentence(MEMBERS_STORY))).toBeVisible();

  // Past the end of the paid period the reader is no longer a member and sees the asks again.
  await advanceStripeClock(page, 32);
  await expect
    .poll(async () => {
      await page.goto(`/articles/${MEMBERS_STORY}`);
      return page.getByRole('heading', { name: 'The rest of this story is for members' }).count();
    }, { timeout: 20_000 })
    .toBe(1);
  await expect(page.getByText(paywalledSentence(MEMBERS_STORY))).toHaveCount(0);
  await page.goto(`/articles/${PUBLIC_STORY}`);
  await expect(page.locator('.appeal--inline')).toBeVisible();
  await context.close();
});

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

test('a member who clicks "Become a member" again is sent to manage their membership, not to a second Checkout', async ({ browser }) => {
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
    `/articles/${MEMBERS_STORY}/opengraph-image`,
  ];
  for (const path of anonymous) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain(secret);
  }
  const { context, page } = await signedInContext(browser, 'nonmember');
  for (const path of anonymous) {
    const body = await (await page.request.get(path)).text();
    expect(body, `${path} as a signed-in reader`).not.toContain(secret);
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

test('a failed renewal shows the past_due banner; when Stripe gives up, access ends', async ({ browser }) => {
  test.setTimeout(150_000);
  const { context, page, email } = await signedInContext(browser, 'pastdue');
  await page.goto('/membership/join?tier=supporter&interval=month');
  await page.getByRole('button', { name: 'Continue to secure payment' }).click();
  await payOnCheckout(page, CARDS.failsAtRenewal);
  await expect(page.getByRole('heading', { name: 'Welcome, and thank you' })).toBeVisible({ timeout: 20_000 });

  await advanceStripeClock(page, 31);
  await expect
    .poll(async () => {
      await page.goto(`/articles/${PUBLIC_STORY}`);
      return page.getByRole('complementary', { name: 'Payment problem' }).count();
    }, { timeout: 20_000 })
    .toBe(1);
  await expect(page.getByRole('link', { name: /Update your card/ })).toBeVisible();
  const failedMail = (await mailsTo(page.request, email)).find((m) => m.subject.includes('payment failed'));
  expect(failedMail?.text).toContain('/account/billing/card');
  // Still a member during the grace period.
  await page.goto(`/articles/${MEMBERS_STORY}`);
  await expect(page.getByText(paywalledSentence(MEMBERS_STORY))).toBeVisible();
  await page.goto('/account');
  await expect(page.locator('.membership-card').getByText(/Your last payment failed/)).toBeVisible();

  // Stripe retries for a week, then cancels: the reader is no longer a member.
  await advanceStripeClock(page, 8);
  await expect
    .poll(async () => {
      await page.goto(`/articles/${MEMBERS_STORY}`);
      return page.getByRole('heading', { name: 'The rest of this story is for members' }).count();
    }, { timeout: 20_000 })
    .toBe(1);
  await context.close();
});
