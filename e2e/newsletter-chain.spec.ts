import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { ReceivedMail } from './mailbox';
import { confirmationLink, freshReader, mailsTo, newReaderContext, signedInContext } from './fixtures/accounts';
import {
  expect,
  expectSaved,
  startArticle,
  test,
  uniqueHeadline,
  writeEssentials,
  writeText,
} from './fixtures/articles';
import { CARDS, payOnCheckout } from './fixtures/stripe';

/**
 * The whole chain a reader and an editor go through, with the real SMTP listener: a reader signs
 * up by address and confirms, a member joins through Checkout, the editor publishes a story and
 * emails it; the free subscriber receives the public part and the invitation to join, the member
 * the whole story, and the member alone the brief. The free subscriber then unsubscribes from the
 * mail's own link with no session, and the next issue leaves them out.
 */
const shot = (name: string) =>
  process.env.E2E_SCREENSHOTS ? path.join(process.env.E2E_SCREENSHOTS, name) : test.info().outputPath(name);

async function screenshots(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: shot(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function mailWithSubject(request: APIRequestContext, email: string, subject: string): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(request, email)).find((m) => m.subject === subject);
        return Boolean(found);
      },
      { timeout: 60_000, message: `“${subject}” to ${email}` },
    )
    .toBe(true);
  return found!;
}

/** Adds paragraphs after what writeText typed; the last one holds the canary. */
async function addParagraphs(page: Page, lines: string[]) {
  for (const line of lines) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

async function chooseEmail(page: Page, newsletter: string, { emailOnly }: { emailOnly: boolean }) {
  const panel = page.getByRole('region', { name: 'Email' });
  // The members' one is listed as "The Daily Brief (members)".
  const option = panel.getByRole('option', { name: new RegExp(`^${newsletter}( \\(members\\))?$`) });
  const value = await option.getAttribute('value');
  expect(value).toBeTruthy();
  await panel.getByLabel('Email to').selectOption(value ?? '');
  if (emailOnly) await panel.getByLabel('Email only — not published on the site').check();
  await page.getByRole('radio', { name: /^Members only/ }).check();
  await expectSaved(page);
}

async function sendEmailOnly(page: Page, headline: string, newsletter: string) {
  await page.getByRole('button', { name: `Send to ${newsletter}` }).click();
  const confirm = page.getByRole('dialog', { name: `Send “${headline}” to ${newsletter}?` });
  await confirm.getByRole('button', { name: /^Send to \d+ subscribers?$/ }).click();
  await expect(
    page.getByRole('region', { name: 'Email' }).getByText(`Emailed to ${newsletter} on`, { exact: false }),
  ).toBeVisible({
    timeout: 20_000,
  });
}

test('subscribe, confirm and receive: the free subscriber gets the teaser, the member the whole story and the brief, and one-click unsubscribe stops the next issue', async ({
  browser,
  editor,
}) => {
  test.setTimeout(300_000);

  // A reader signs up by address on /newsletters and confirms from the emailed link.
  const free = freshReader('chain-free');
  const freeContext = await newReaderContext(browser, free.ip);
  const freePage = await freeContext.newPage();
  await freePage.goto('/newsletters');
  const weekly = freePage
    .getByRole('listitem')
    .filter({ has: freePage.getByRole('heading', { name: 'Ridgeline Weekly', exact: true }) });
  await weekly.getByLabel('Your email').fill(free.email);
  await weekly.getByRole('button', { name: 'Sign up' }).click();
  await expect(freePage.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await freePage.goto(await confirmationLink(freePage.request, free.email));
  expect(await mailsTo(freePage.request, free.email)).toHaveLength(1);
  await freePage.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(freePage.getByRole('heading', { name: /^You’re subscribed to Ridgeline Weekly/ })).toBeVisible();
  await freeContext.close();

  // A member joins through Checkout: the brief is theirs on joining; they take the weekly too.
  const member = await signedInContext(browser, 'chain-member');
  await member.page.goto('/membership/join?tier=member&interval=month');
  await member.page.getByRole('button', { name: 'Continue to secure payment' }).click();
  await payOnCheckout(member.page, CARDS.succeeds);
  await expect(member.page.getByRole('heading', { name: 'Welcome, and thank you' })).toBeVisible({ timeout: 20_000 });
  const newsletterOnAccount = (name: string) =>
    member.page.getByRole('region', { name: 'Newsletters' }).getByRole('listitem').filter({ hasText: name });
  await expect
    .poll(
      async () => {
        await member.page.goto('/account');
        return newsletterOnAccount('The Daily Brief').textContent();
      },
      { timeout: 30_000 },
    )
    .toContain('You receive it');
  await newsletterOnAccount('Ridgeline Weekly').getByRole('button', { name: 'Subscribe' }).click();
  await expect(newsletterOnAccount('Ridgeline Weekly').getByRole('button', { name: 'Unsubscribe' })).toBeVisible();

  // The editor publishes a story, members-only past its opening, and emails it to the weekly.
  const canary = `larkspur${Date.now().toString(36)}`;
  const story = uniqueHeadline('Tbilisi’s funicular reopens');
  await startArticle(editor);
  await writeEssentials(editor, {
    headline: story,
    standfirst: 'The cars climb Mtatsminda again after two winters of repairs.',
    text: 'The funicular up Mtatsminda carried its first passengers in two years on Monday morning.',
  });
  await addParagraphs(editor, [
    'The city paid for new cables and brakes; the cars themselves are the ones built in the 1960s.',
    `For members: the ${canary} contract for the upper station went to a company registered a week before the tender.`,
  ]);
  await chooseEmail(editor, 'Ridgeline Weekly', { emailOnly: false });
  await editor.getByRole('button', { name: 'Publish and email to Ridgeline Weekly' }).click();
  const confirmSend = editor.getByRole('dialog', { name: `Publish “${story}” and email it to Ridgeline Weekly?` });
  await expect(confirmSend).toContainText('The story goes live on the site at the same time.');
  await confirmSend.getByRole('button', { name: 'Publish and email' }).click();
  await expect(editor.getByText(/^Live since /)).toBeVisible({ timeout: 20_000 });

  const freeCopy = await mailWithSubject(editor.request, free.email, story);
  expect(freeCopy.text).toContain('The funicular up Mtatsminda carried its first passengers');
  expect(freeCopy.text).toContain('Become a member');
  expect(freeCopy.text).not.toContain(canary);
  expect(freeCopy.html).not.toContain(canary);
  const memberCopy = await mailWithSubject(editor.request, member.email, story);
  expect(memberCopy.text).toContain(canary);
  expect(memberCopy.html).toContain(canary);
  expect(memberCopy.text).not.toContain('The rest of this issue is for members');

  // Both versions, as a mail app shows them.
  const viewer = await browser.newContext();
  const mailPage = await viewer.newPage();
  await mailPage.setContent(freeCopy.html);
  await expect(mailPage.getByRole('link', { name: 'Become a member' })).toBeVisible();
  await screenshots(mailPage, 'chain-mail-free');
  await mailPage.setContent(memberCopy.html);
  await screenshots(mailPage, 'chain-mail-member');
  await viewer.close();

  // An email-only issue of the members' brief reaches the member whole, and never the free reader.
  const briefCanary = `saffron${Date.now().toString(36)}`;
  const brief = uniqueHeadline('The brief: gas prices in Yerevan');
  await startArticle(editor);
  await writeText(editor, {
    headline: brief,
    standfirst: 'What to know this morning.',
    text: 'Armenia’s regulator approved a rise in household gas tariffs from January.',
  });
  await addParagraphs(editor, [`For members: the ${briefCanary} figures the regulator did not publish.`]);
  await chooseEmail(editor, 'The Daily Brief', { emailOnly: true });
  await sendEmailOnly(editor, brief, 'The Daily Brief');
  const briefCopy = await mailWithSubject(editor.request, member.email, brief);
  expect(briefCopy.text).toContain(briefCanary);

  // The free subscriber unsubscribes from the link in the mail's footer, with no session.
  const unsubscribe = /^Unsubscribe: (https?:\/\/\S+)$/m.exec(freeCopy.text)?.[1];
  expect(unsubscribe).toBeTruthy();
  const anonymous = await newReaderContext(browser, free.ip);
  const page = await anonymous.newPage();
  await page.goto(new URL(unsubscribe!).pathname);
  await expect(page.getByRole('heading', { name: 'Unsubscribe from Ridgeline Weekly?' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`${free.email} will no longer receive Ridgeline Weekly`);
  await screenshots(page, 'chain-unsubscribe');
  await page.getByRole('button', { name: 'Unsubscribe from Ridgeline Weekly' }).click();
  await expect(page.getByRole('heading', { name: 'You are unsubscribed from Ridgeline Weekly' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'I changed my mind: subscribe me again' })).toBeVisible();
  await screenshots(page, 'chain-unsubscribed');
  await anonymous.close();

  // The next issue of the weekly reaches the member and leaves the free reader out.
  const next = uniqueHeadline('The week: snow on the Georgian Military Road');
  await startArticle(editor);
  await writeText(editor, {
    headline: next,
    standfirst: 'The Jvari pass closed twice this week.',
    text: 'Lorries queued for a day at Kobi before the road reopened.',
  });
  await chooseEmail(editor, 'Ridgeline Weekly', { emailOnly: true });
  await sendEmailOnly(editor, next, 'Ridgeline Weekly');
  await mailWithSubject(editor.request, member.email, next);
  // Once the send has finished, the free reader has nothing from it.
  await editor.getByRole('region', { name: 'Email' }).getByRole('link', { name: 'See the send’s progress' }).click();
  await expect(editor.getByRole('heading', { level: 1, name: next })).toBeVisible();
  await expect(editor.locator('.nl-admin-summary')).toContainText(/^Sent sent \d+ of \d+/, { timeout: 60_000 });
  await screenshots(editor, 'chain-send-progress');
  const freeMail = await mailsTo(editor.request, free.email);
  expect(freeMail.map((m) => m.subject)).not.toContain(next);
  expect(freeMail.map((m) => m.subject)).not.toContain(brief);
  await member.context.close();
});
