import crypto from 'node:crypto';
import path from 'node:path';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { signedInContext } from './fixtures/accounts';
import { expect, slugOf, startArticle, test, uniqueHeadline, writeEssentials, expectSaved } from './fixtures/articles';
import { CARDS, payOnCheckout } from './fixtures/stripe';

/**
 * Members first (#13): an editor publishes a story to members at once and to everyone a little
 * later. Until then an anonymous reader gets the preview and when it opens, with no word of the
 * rest in the page, its RSC payload, the feed or search; a member reads it whole with a note;
 * then, with nobody touching it, the job opens it everywhere.
 */

const shot = (name: string) =>
  process.env.E2E_SCREENSHOTS ? path.join(process.env.E2E_SCREENSHOTS, name) : test.info().outputPath(name);

async function screenshots(page: Page, name: string, element?: Locator) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    if (element) await element.screenshot({ path: shot(`${name}-${width}.png`) });
    else await page.screenshot({ path: shot(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The newsroom's wall clock (Tbilisi, UTC+4 all year) as a datetime-local value. */
const tbilisiWallClock = (instant: Date) => new Date(instant.getTime() + 4 * 3600_000).toISOString().slice(0, 19);

/** A word no other story holds, letters only so that search takes it as one word. */
const canaryWord = () =>
  `earlybird${[...crypto.randomBytes(5)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;

function jsonLd(html: string): { isAccessibleForFree?: boolean } {
  const json = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error('the page has no JSON-LD');
  return JSON.parse(json) as { isAccessibleForFree?: boolean };
}

async function everythingAnonymous(request: APIRequestContext, slug: string, canary: string) {
  const html = await (await request.get(`/articles/${slug}`)).text();
  const rsc = await (await request.get(`/articles/${slug}`, { headers: { RSC: '1' } })).text();
  const rss = await (await request.get('/rss.xml')).text();
  const search = await (await request.get(`/search?q=${canary}`)).text();
  return { html, rsc, rss, search };
}

test('a members-first story is locked for everyone else until its time, then opens everywhere by itself', async ({
  browser,
  editor,
  request,
}) => {
  test.setTimeout(300_000);
  const canary = canaryWord();
  const headline = uniqueHeadline('Members first: the gas deal’s small print');

  await startArticle(editor);
  await writeEssentials(editor, {
    headline,
    text: 'Officials in Tbilisi confirmed on Tuesday that the agreement had been signed behind closed doors.',
  });
  for (const line of [
    'The text runs to forty pages, most of them on prices and the length of the contract.',
    'Two annexes were not shown to parliament, according to three people who have read them.',
    'One of them sets out what happens if deliveries stop for more than a week in winter.',
    `The second annex, which we have seen, names a penalty clause that the ministry calls ${canary}.`,
  ]) {
    await editor.keyboard.press('Enter');
    await editor.keyboard.type(line);
  }
  await expectSaved(editor);
  const slug = await slugOf(editor);

  const access = editor.getByRole('group', { name: 'Who can read it' });
  await access.getByRole('radio', { name: /^Members first/ }).check();
  await expect(access.getByLabel('Opens to everyone after')).toHaveValue('24');
  await expect(access.getByText('Opens to everyone 24 hours after it is published.')).toBeVisible();
  await access.getByLabel('Opens to everyone after').selectOption({ label: 'A date and time…' });
  const opensAt = new Date(Date.now() + 100_000);
  await access.getByLabel(/Opens at/).fill(tbilisiWallClock(opensAt));
  await expect(access.getByText(/^Opens to everyone on .* \(Tbilisi time\)\.$/)).toBeVisible();
  await expectSaved(editor);
  await screenshots(editor, 'members-first-editor-access', access);

  await editor.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor.getByText(/^Live since /)).toBeVisible();

  // An anonymous reader: the preview and when it opens, and the rest nowhere.
  const locked = await everythingAnonymous(request, slug, canary);
  expect(locked.html).toContain('Members read this first; it opens to everyone on');
  expect(locked.html).toContain('Officials in Tbilisi confirmed');
  // Search echoes the words asked for; what it must not do is find the story by them.
  for (const output of [locked.html, locked.rsc, locked.rss]) expect(output).not.toContain(canary);
  expect(locked.rss).toContain(headline);
  expect(locked.search).toContain(`No stories match “${canary}”`);
  expect(jsonLd(locked.html).isAccessibleForFree).toBe(false);

  const anonymous = await browser.newContext();
  const reader = await anonymous.newPage();
  await reader.goto(`/articles/${slug}`);
  await expect(
    reader.getByRole('heading', { name: /^Members read this first; it opens to everyone on .* \(Tbilisi time\)$/ }),
  ).toBeVisible();
  await expect(reader.locator('.kicker__members')).toHaveText('Members first');
  await expect(reader.getByRole('link', { name: 'Become a member' }).first()).toBeVisible();
  await screenshots(reader, 'members-first-locked');

  // A member, joined through Checkout, reads the whole story with the note.
  const member = await signedInContext(browser, 'early');
  await member.page.goto('/membership/join?tier=member&interval=month');
  await member.page.getByRole('button', { name: 'Continue to secure payment' }).click();
  await payOnCheckout(member.page, CARDS.succeeds);
  await expect(member.page.getByRole('heading', { name: 'Welcome, and thank you' })).toBeVisible({ timeout: 20_000 });
  await member.page.goto(`/articles/${slug}`);
  await expect(member.page.getByText(canary, { exact: false })).toBeVisible();
  await expect(member.page.getByRole('note').filter({ hasText: 'Members first: opens to everyone on' })).toBeVisible();
  await screenshots(member.page, 'members-first-member');

  // The newsroom's list says when it opens.
  await editor.goto(`/admin/articles?q=${encodeURIComponent(headline)}`);
  await expect(editor.getByText(/^Members first · opens \d+ \w+ \d{4}, \d\d:\d\d$/)).toBeVisible();
  await screenshots(editor, 'members-first-admin-list');
  await editor.context().close();

  // Nobody visits while the clock runs out; the job opens it and every output follows.
  await expect
    .poll(async () => (await request.get(`/articles/${slug}`).then((r) => r.text())).includes(canary), {
      timeout: 180_000,
      intervals: [5_000],
    })
    .toBe(true);
  expect(Date.now()).toBeGreaterThanOrEqual(opensAt.getTime() - 1_000);
  const open = await everythingAnonymous(request, slug, canary);
  expect(open.html).not.toContain('Members read this first');
  expect(open.rsc).toContain(canary);
  expect(open.rss).toContain(canary);
  expect(open.search).toContain(headline);
  expect(jsonLd(open.html).isAccessibleForFree).toBe(true);
  await reader.reload();
  await expect(reader.getByText(canary, { exact: false })).toBeVisible();
  await expect(reader.locator('.paywall')).toHaveCount(0);
  await anonymous.close();
  await member.context.close();
});
