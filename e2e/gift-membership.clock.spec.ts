import { expect, test } from '@playwright/test';
import { freshReader, newReaderContext } from './fixtures/accounts';
import { expectMemberReads, giftPath, mailWith, redeem } from './fixtures/gifts';
import { screenshots } from './fixtures/membership-account';
import { demo, paywalledSentence } from './fixtures/site';
import { advanceStripeClock, CARDS, payOnCheckout } from './fixtures/stripe';

/**
 * A gift membership runs out (#13): a reader redeems three months, reads as a member, and when
 * the stand-in's clock (which the site's membership time follows locally, lib/membership/clock.ts)
 * passes the gift's end, the full text is gone and the account says so. It moves the clock every
 * subscription shares, so it runs in the clock project.
 */
test('a redeemed gift ends on the stand-in’s clock, and its reader loses the members’ text', async ({ browser }) => {
  test.setTimeout(150_000);
  const buyer = freshReader('gift-ends-buyer');
  const recipient = freshReader('gift-ends-recipient');
  const context = await newReaderContext(browser, buyer.ip);
  const page = await context.newPage();
  await page.goto('/give/membership');
  await page.getByRole('radio', { name: '3 months · $30' }).check();
  await page.getByLabel('Their email address').fill(recipient.email);
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByRole('heading', { name: /A gift: 3 months of Ridgeline Member/ })).toBeVisible();
  await page.getByLabel('Email').fill(buyer.email);
  await payOnCheckout(page, CARDS.succeeds, 'Pay');
  await expect(page.getByRole('heading', { name: 'Your gift is paid for' })).toBeVisible();
  const path = giftPath(await mailWith(page, recipient.email, 'A gift for you: 3 months of Ridgeline'));

  const readerContext = await newReaderContext(browser, recipient.ip);
  const reader = await readerContext.newPage();
  await redeem(reader, path, recipient.email);
  await expectMemberReads(reader);
  await reader.goto('/account');
  const until = reader.getByText(/You are a member until (.*), with nothing to pay/);
  await expect(until).toBeVisible();

  const readsMembersText = async () => {
    await reader.goto(`/articles/${demo.membersSlug}`);
    return (await reader.getByText(paywalledSentence(demo.membersSlug)).count()) === 1;
  };

  // Nine days before the end: still a member.
  await advanceStripeClock(page, 83);
  await expect.poll(readsMembersText, { timeout: 10_000 }).toBe(true);

  // Past three months from the day it was redeemed: the story is for members again, and the
  // account offers a membership instead of a gift's end date.
  await advanceStripeClock(page, 10);
  await expect.poll(readsMembersText, { timeout: 10_000 }).toBe(false);
  await expect(reader.getByRole('heading', { name: 'The rest of this story is for members' })).toBeVisible();
  await screenshots(reader, 'gift-ended-article');
  await reader.goto('/account');
  await expect(reader.getByText(/You are a member until/)).toHaveCount(0);
  await expect(reader.getByText(/Your membership ended on \d+ \w+ \d{4}\. Members keep/)).toBeVisible();
  await screenshots(reader, 'gift-ended-account');
  await Promise.all([context.close(), readerContext.close()]);
});
