import path from 'node:path';
import { mailsTo, signedInContext } from './fixtures/accounts';
import { expect, expectSaved, slugOf, startArticle, test, uniqueHeadline, writeText } from './fixtures/articles';

/** Screenshots go to E2E_SCREENSHOTS when it is set (to look at them after the run), else beside the test's output. */
const shot = (name: string) =>
  process.env.E2E_SCREENSHOTS ? path.join(process.env.E2E_SCREENSHOTS, name) : test.info().outputPath(name);

const EDITOR = 'editor@newsroom.test';

test('an editor writes an email-only issue of Ridgeline Weekly, previews both versions, tests it, sends it, and it never reaches the site', async ({
  browser,
  editor,
}) => {
  test.setTimeout(180_000);

  // A reader who takes the weekly, to receive the issue.
  const reader = await signedInContext(browser, 'weekly-issue');
  await reader.page.goto('/account');
  const weeklySwitch = reader.page
    .getByRole('region', { name: 'Newsletters' })
    .getByRole('listitem')
    .filter({ hasText: 'Ridgeline Weekly' });
  await weeklySwitch.getByRole('button', { name: 'Subscribe' }).click();
  await expect(weeklySwitch.getByRole('button', { name: 'Unsubscribe' })).toBeVisible();

  const id = await startArticle(editor);
  const headline = uniqueHeadline('Letter from the Lesser Caucasus');
  const canary = `orchid${Date.now().toString(36)}`;
  await writeText(editor, {
    headline,
    standfirst: 'Snow came early to the passes; the week in five stories.',
    text: 'The road over the Goderdzi pass closed on Tuesday, a month ahead of last year.',
  });
  for (const line of [
    'In Borjomi the mineral springs kept flowing under a skin of ice, and the bottling plant ran its night shift.',
    'Shepherds in Tusheti brought their flocks down a week early and sold them in Telavi at a loss.',
    `For members: the ${canary} meadows above Bakuriani are being fenced for a ski resort nobody announced.`,
  ]) {
    await editor.keyboard.press('Enter');
    await editor.keyboard.type(line);
  }

  // The Email panel: an issue of the weekly, email only, members-only past its opening.
  const panel = editor.getByRole('region', { name: 'Email' });
  await panel.getByLabel('Email to').selectOption({ label: 'Ridgeline Weekly' });
  await expect(panel.getByText(/^Emailed to \d+ subscribers? when you publish it\.$/)).toBeVisible();
  await panel.getByLabel('Email only — not published on the site').check();
  await expect(panel.getByText(/^Sent to \d+ subscribers? when you send it\.$/)).toBeVisible();
  await editor.getByRole('radio', { name: /^Members only/ }).check();
  await expectSaved(editor);
  const slug = await slugOf(editor);
  // No section or byline: an email-only issue needs neither.
  const send = editor.getByRole('button', { name: 'Send to Ridgeline Weekly' });
  await expect(send).toBeVisible();
  await expect(editor.getByRole('button', { name: 'Publish now' })).toHaveCount(0);

  for (const width of [1280, 390]) {
    await editor.setViewportSize({ width, height: 900 });
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: shot(`email-panel-${width}.png`) });
  }
  await editor.setViewportSize({ width: 1280, height: 900 });

  // The preview: the member's version whole, the free one cut, with the invitation to join.
  await panel.getByRole('link', { name: 'Preview the email' }).click();
  await editor.waitForURL(`**/admin/articles/${id}/email`);
  await expect(editor.getByRole('heading', { name: 'Email preview' })).toBeVisible();
  await expect(editor.getByText(headline, { exact: true })).toBeVisible();
  const frame = editor.frameLocator('iframe.email-preview__frame');
  await expect(frame.getByText(canary, { exact: false })).toBeVisible();
  await expect(editor.getByRole('link', { name: 'As a member' })).toHaveAttribute('aria-current', 'page');
  for (const width of [1280, 390]) {
    await editor.setViewportSize({ width, height: 900 });
    await editor.screenshot({ path: shot(`email-preview-member-${width}.png`), fullPage: width === 390 });
  }
  await editor.setViewportSize({ width: 1280, height: 900 });

  await editor.getByRole('link', { name: 'As a free subscriber' }).click();
  await expect(editor.getByRole('link', { name: 'As a free subscriber' })).toHaveAttribute('aria-current', 'page');
  await expect(frame.getByText('The rest of this issue is for members')).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Become a member' })).toBeVisible();
  await expect(frame.locator('body')).not.toContainText(canary);
  await expect(editor.locator('.email-preview__text pre')).not.toContainText(canary);
  for (const width of [1280, 390]) {
    await editor.setViewportSize({ width, height: 900 });
    await editor.screenshot({ path: shot(`email-preview-free-${width}.png`), fullPage: width === 390 });
  }
  await editor.setViewportSize({ width: 1280, height: 900 });

  // A test of the free version, to the editor alone.
  const since = Date.now() - 1000;
  await editor.getByRole('button', { name: 'Send a test to me' }).click();
  await expect(editor.getByRole('status').filter({ hasText: `A test is on its way to ${EDITOR}.` })).toBeVisible();
  await expect
    .poll(
      async () =>
        (await mailsTo(editor.request, EDITOR)).some(
          (m) => Date.parse(m.receivedAt) >= since && m.subject === `[Test] ${headline}`,
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
  const testMail = (await mailsTo(editor.request, EDITOR)).find((m) => m.subject === `[Test] ${headline}`)!;
  expect(testMail.text).not.toContain(canary);
  expect(testMail.text).toContain('Become a member');

  // Sending asks first, saying how many it reaches.
  await editor.getByRole('link', { name: '← Back to the editor' }).click();
  await editor.waitForURL(`**/admin/articles/${id}`);
  await send.click();
  const confirm = editor.getByRole('dialog', { name: `Send “${headline}” to Ridgeline Weekly?` });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(/It goes to \d+ subscribers?\. It is not published on the site\./);
  await expect(confirm).toContainText('A sent email cannot be taken back.');
  // Cancel is where the focus starts: Enter alone does not send.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  for (const width of [1280, 390]) {
    await editor.setViewportSize({ width, height: 900 });
    await editor.screenshot({ path: shot(`confirm-send-${width}.png`) });
  }
  await editor.setViewportSize({ width: 1280, height: 900 });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();

  await send.click();
  await confirm.getByRole('button', { name: /^Send to \d+ subscribers?$/ }).click();
  await expect(editor.getByText('Sending to Ridgeline Weekly', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByText(/^Emailed to Ridgeline Weekly on /)).toBeVisible();
  await expect(panel.getByLabel('Email to')).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Unpublish' })).toHaveCount(0);
  const progress = panel.getByRole('link', { name: 'See the send’s progress' });
  await expect(progress).toHaveAttribute('href', /^\/admin\/newsletters\/\d+\/issues\/\d+$/);
  for (const width of [1280, 390]) {
    await editor.setViewportSize({ width, height: 900 });
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: shot(`email-panel-sent-${width}.png`) });
  }
  await editor.setViewportSize({ width: 1280, height: 900 });

  // The reader gets the issue; the admin list marks it; the site never shows it.
  await expect
    .poll(async () => (await mailsTo(editor.request, reader.email)).some((m) => m.subject === headline), {
      timeout: 60_000,
    })
    .toBe(true);
  await editor.goto(`/admin/articles?q=${encodeURIComponent(headline)}`);
  const row = editor.getByRole('row').filter({ hasText: headline });
  await expect(row.getByText('Email only', { exact: true })).toBeVisible();
  await expect(row.getByText('Published', { exact: true })).toBeVisible();

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  expect((await visitor.goto(`/articles/${slug}`))?.status()).toBe(404);
  await visitor.goto('/');
  await expect(visitor.getByText(headline)).toHaveCount(0);
  await visitor.goto(`/search?q=${encodeURIComponent('Goderdzi pass')}`);
  await expect(visitor.getByText(headline)).toHaveCount(0);
  const rss = await visitor.request.get('/rss.xml');
  expect(await rss.text()).not.toContain(headline);
  const sitemap = await visitor.request.get('/sitemap.xml');
  expect(await sitemap.text()).not.toContain(`/articles/${slug}<`);
  // Signed in, too: the personal article page answers 404 as well.
  expect((await reader.page.goto(`/articles/${slug}`))?.status()).toBe(404);
  await anonymous.close();
  await reader.context.close();
});
