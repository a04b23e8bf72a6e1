import { expect, test } from '@playwright/test';
import { freshReader, mailsTo, newReaderContext, signIn, signedInContext, staffContext } from './fixtures/accounts';
import { expectMemberReads, giftPath, mailWith, photographMail, redeem } from './fixtures/gifts';
import { screenshots } from './fixtures/membership-account';
import { demo, paywalledSentence } from './fixtures/site';
import { CARDS, payOnCheckout } from './fixtures/stripe';

/**
 * Giving a membership and paying it forward (#13), on the stand-in: a gift emailed today that
 * its recipient redeems, signed in with another address, and reads a members-only story with;
 * a gift dated for later and one shared as a link, as their buyer sees them; the pool funded,
 * a reader's request approved in the admin, and the membership it gives.
 */

test('a gift emailed today reaches its recipient, who redeems it with another address and reads as a member', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const buyer = freshReader('gift-buyer');
  const recipient = freshReader('gift-recipient');
  const context = await newReaderContext(browser, buyer.ip);
  const page = await context.newPage();
  await page.goto('/membership');
  await page.getByRole('link', { name: 'Give a membership' }).click();
  await expect(page.getByRole('heading', { name: 'Give a membership' })).toBeVisible();
  await page.getByRole('radio', { name: '3 months · $30' }).check();
  await page.getByLabel('Their email address').fill(recipient.email);
  await page.getByLabel('A message (optional)').fill('For the winter evenings. Read the Gyumri piece first.');
  await expect(page.getByText('$30, paid once. Nothing renews.')).toBeVisible();
  await screenshots(page, 'gift-order');
  await page.getByRole('button', { name: 'Continue to payment' }).click();

  await expect(page.getByRole('heading', { name: /A gift: 3 months of Ridgeline Member/ })).toBeVisible();
  await page.getByLabel('Email').fill(buyer.email);
  await payOnCheckout(page, CARDS.succeeds, 'Pay');
  await expect(page.getByRole('heading', { name: 'Your gift is paid for' })).toBeVisible();
  await expect(page.getByText(`We will email it to ${recipient.email} in a minute`)).toBeVisible();
  await screenshots(page, 'gift-thanks');

  const receipt = await mailWith(page, buyer.email, 'Your receipt: a gift of 3 months of Ridgeline');
  expect(receipt.text).toContain('Amount: $30');
  expect(receipt.text).toContain(`Delivery: By email to ${recipient.email}`);
  const gift = await mailWith(page, recipient.email, 'A gift for you: 3 months of Ridgeline');
  expect(gift.text).toContain('“For the winter evenings. Read the Gyumri piece first.”');
  await photographMail(page, gift, 'gift-mail');
  const path = giftPath(gift);

  // The recipient opens it in their own browser and signs in with whatever address they use.
  const theirs = freshReader('gift-reader');
  const recipientContext = await newReaderContext(browser, theirs.ip);
  const reader = await recipientContext.newPage();
  await reader.goto(`/articles/${demo.membersSlug}`);
  await expect(reader.getByText(paywalledSentence(demo.membersSlug))).toHaveCount(0);
  await reader.goto(path);
  await expect(reader.getByText('For the winter evenings.')).toBeVisible();
  await screenshots(reader, 'gift-redeem');
  await redeem(reader, path, theirs.email);
  await screenshots(reader, 'gift-redeemed');
  await expectMemberReads(reader);
  await reader.goto('/account');
  await expect(reader.getByText(/You are a member until .*, with nothing to pay/)).toBeVisible();

  // The link is spent: anyone else who opens it is told so.
  const someoneElse = await signedInContext(browser, 'gift-late');
  await someoneElse.page.goto(path);
  await expect(someoneElse.page.getByRole('heading', { name: 'This gift has already been redeemed' })).toBeVisible();
  await Promise.all([context.close(), recipientContext.close(), someoneElse.context.close()]);
});

test('a gift dated for later and a gift shared as a link, as their signed-in buyer sees them', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page, email } = await signedInContext(browser, 'gift-giver');
  const recipient = freshReader('gift-later').email;

  // A message too long is refused at its field, with everything else kept as typed.
  await page.goto('/give/membership');
  await page.getByLabel('Their email address').fill(recipient);
  const later = new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Send it on').fill(later);
  await page.getByLabel('A message (optional)').fill('x'.repeat(520));
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(page.getByText('Please keep the message to 500 characters; it has 520.')).toBeVisible();
  await expect(page.getByLabel('Their email address')).toHaveValue(recipient);
  await expect(page.getByLabel('Send it on')).toHaveValue(later);
  await screenshots(page, 'gift-order-refused');
  await page.getByLabel('A message (optional)').fill('Happy birthday, a little early.');
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await payOnCheckout(page, CARDS.succeeds, 'Pay');
  await expect(page.getByRole('heading', { name: 'Your gift is paid for' })).toBeVisible();
  await expect(page.getByText(new RegExp(`We will email it to ${recipient} on `))).toBeVisible();

  // Shared by hand: twelve months of Supporter at the yearly price, and the link to pass on.
  await page.goto('/give/membership');
  await page.getByRole('radio', { name: 'Supporter' }).check();
  await page.getByRole('radio', { name: '12 months · $50' }).check();
  await page.getByRole('radio', { name: 'I’ll share the link myself' }).check();
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await payOnCheckout(page, CARDS.succeeds, 'Pay');
  const link = page.locator('.gift-link');
  await expect(link).toHaveText(/\/gift\/[A-Za-z0-9_-]{24}$/);
  await screenshots(page, 'gift-thanks-link');
  const receipt = await mailWith(page, email, /^Your receipt: a gift of 12 months/);
  expect(receipt.text).toContain((await link.textContent())!);
  await photographMail(page, receipt, 'gift-receipt-link');

  await page.goto('/account');
  const given = page.getByRole('region', { name: 'Memberships you gave' });
  await expect(given.locator('li', { hasText: '6 months of Member' })).toContainText(
    `Goes by email to ${recipient} on `,
  );
  await expect(given.locator('li', { hasText: '12 months of Supporter' })).toContainText(
    'A link you share yourself; not redeemed yet',
  );
  await screenshots(page, 'gifts-given', given);
  // Nothing reached the recipient yet: it is dated nine days ahead.
  expect(await mailsTo(page.request, recipient)).toEqual([]);
  await context.close();
});

test('readers fund the pool, an editor approves a request, and the reader it carries reads as a member', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const funder = freshReader('pool-funder');
  const context = await newReaderContext(browser, funder.ip);
  const page = await context.newPage();
  await page.goto('/membership');
  const pool = page.getByRole('region', { name: 'Fund a membership for someone' });
  const carried = async () => Number(/(\d+) readers? given a membership/.exec((await pool.textContent()) ?? '')?.[1]);
  const before = await carried();
  await screenshots(page, 'pool-membership', pool);
  await pool.getByRole('radio', { name: '$100' }).check();
  await expect(pool.getByRole('radio', { name: 'Fund a membership for someone who cannot pay' })).toBeChecked();
  await pool.getByRole('button', { name: 'Give once' }).click();
  await page.getByLabel('Email').fill(funder.email);
  await payOnCheckout(page, CARDS.succeeds, 'Donate');
  await expect(page.getByRole('heading', { name: 'Thank you for your gift of $100' })).toBeVisible();

  // A reader who cannot pay asks, signing in first with the address the membership should go to.
  const asker = freshReader('pool-asker');
  const askContext = await newReaderContext(browser, asker.ip);
  const ask = await askContext.newPage();
  await ask.goto('/membership');
  await ask.getByRole('link', { name: 'Ask for one from the pool' }).click();
  await expect(ask.getByRole('heading', { name: 'Ask for a membership' })).toBeVisible();
  await screenshots(ask, 'pool-ask-signed-out');
  await ask.getByRole('link', { name: 'Sign in to ask' }).click();
  await signIn(ask, asker.email, '/membership/ask');
  await expect(ask).toHaveURL(/\/membership\/ask$/);
  await expect(ask.getByText(`The membership will go to ${asker.email}`)).toBeVisible();
  const reason = `I study journalism in Yerevan and my card stopped working (${asker.email.slice(10, 20)}).`;
  await ask.getByLabel('Why are you asking?').fill(reason);
  await screenshots(ask, 'pool-ask');
  await ask.getByRole('button', { name: 'Send my request' }).click();
  await expect(ask.getByText(/An editor will read your request/)).toBeVisible();

  // The editor reads it in the admin and approves three months of Supporter.
  const editorContext = await staffContext(browser, 'editor@newsroom.test');
  const admin = await editorContext.newPage();
  await admin.goto('/admin/pool');
  const request = admin.locator('.pool-request', { hasText: asker.email });
  await expect(request.getByText(reason)).toBeVisible();
  await screenshots(admin, 'pool-admin', request);
  await request.getByLabel('Membership').selectOption('supporter');
  await request.getByLabel('Length').selectOption('3');
  await request.getByRole('button', { name: 'Approve' }).click();
  await expect(admin.getByRole('status')).toHaveText(
    `Approved: 3 months of Supporter on its way to ${asker.email} by email.`,
  );
  await expect(admin.getByText(reason)).toHaveCount(0);
  await expect(admin.getByRole('row', { name: new RegExp(asker.email) })).toContainText('Approved');
  await screenshots(admin, 'pool-admin-decided');

  const mail = await mailWith(ask, asker.email, 'Your membership of Ridgeline, from our readers');
  await photographMail(ask, mail, 'pool-mail');
  // Signed in already, with the address the request came from.
  await ask.goto(giftPath(mail));
  await ask.getByRole('button', { name: 'Start my membership' }).click();
  await expect(ask.getByRole('heading', { name: 'Your membership has started' })).toBeVisible();
  await expectMemberReads(ask);

  await expect
    .poll(
      async () => {
        await page.goto('/membership');
        return carried();
      },
      { timeout: 10_000 },
    )
    .toBe(before + 1);
  await Promise.all([context.close(), askContext.close(), editorContext.close()]);
});
