import crypto from 'node:crypto';
import { test as base, expect, type BrowserContext, type Page, type PlaywrightWorkerArgs } from '@playwright/test';
import sharp from 'sharp';
import { baseURL } from '../playwright.config';
import { freshReader, newReaderContext, nextMail, signedInContext, staffContext } from './fixtures/accounts';
import { demo } from './fixtures/site';

/** People and settings: authors, staff invitations and access, and the appeals readers see. */

type StaffPage = { context: BrowserContext; page: Page };

// The seeded staff's shared sessions (fixtures/accounts.ts), opened at a page and closed after the test.
const test = base.extend<{
  asStaff: (who: 'admin' | 'editor', url: string, options?: { javaScriptEnabled?: boolean }) => Promise<StaffPage>;
}>({
  asStaff: async ({ browser }, provide) => {
    const opened: BrowserContext[] = [];
    await provide(async (who, url, options = {}) => {
      const context = await staffContext(browser, `${who}@newsroom.test`, options);
      opened.push(context);
      const page = await context.newPage();
      await page.goto(url);
      return { context, page };
    });
    await Promise.all(opened.map((c) => c.close()));
  },
});

const portrait = () =>
  sharp({ create: { width: 600, height: 600, channels: 3, background: '#5b4636' } })
    .composite([
      { input: Buffer.from('<svg width="600" height="600"><circle cx="300" cy="240" r="140" fill="#e3c9a8"/></svg>') },
    ])
    .jpeg()
    .toBuffer();

/** The HTML an anonymous reader gets: no cookie, so the cached, prerendered variant. */
async function anonymousHtml(playwright: PlaywrightWorkerArgs['playwright'], url: string) {
  const request = await playwright.request.newContext({ baseURL });
  try {
    // React separates adjacent text with <!-- -->; the reader sees none of it.
    return (await (await request.get(url)).text()).replaceAll('<!-- -->', '');
  } finally {
    await request.dispose();
  }
}

test('an admin adds an author with a photo and a bio; the author’s page shows them, and a taken address is refused', async ({
  browser,
  asStaff,
  playwright,
}) => {
  test.setTimeout(90_000);
  const { context, page } = await asStaff('admin', '/admin/authors/new');
  const suffix = crypto.randomBytes(3).toString('hex');
  const name = `Tamar Chkheidze ${suffix}`;
  await page.getByLabel('Name', { exact: true }).fill(name);
  // The address follows the name until it is edited.
  await expect(page.getByLabel('Address', { exact: true })).toHaveValue(`tamar-chkheidze-${suffix}`);
  await page.getByLabel('Role or title', { exact: true }).fill('Kutaisi correspondent');
  await page
    .getByLabel('Bio', { exact: true })
    .fill(`Tamar reports from western Georgia.\n\nBefore that she covered the courts in Tbilisi (${suffix}).`);
  // The Russian edition's name and role; its bio is left to fall back to the English one.
  await page.getByLabel('Name in Russian').fill(`Тамар Чхеидзе ${suffix}`);
  await page.getByLabel('Role or title in Russian').fill('корреспондент в Кутаиси');
  await page
    .getByLabel('Upload a photo')
    .setInputFiles({ name: 'tamar.jpg', mimeType: 'image/jpeg', buffer: await portrait() });
  await expect(page.getByRole('status').filter({ hasText: 'Uploaded tamar.jpg (600 × 600).' })).toBeVisible();
  await expect(page.getByRole('img', { name: `Current photo of ${name}` })).toBeVisible();
  await page.getByRole('button', { name: 'Add author' }).click();
  await expect(page).toHaveURL(/\/admin\/authors\/\d+\?created=1$/);
  await expect(page.getByText(`Author added. Their page is live at /authors/tamar-chkheidze-${suffix}.`)).toBeVisible();
  const editUrl = new URL(page.url()).pathname;

  // A reader sees the new page at once: it renders on demand, not only at build time.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const response = await reader.goto(`/authors/tamar-chkheidze-${suffix}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(reader.getByText('Kutaisi correspondent')).toBeVisible();
  await expect(reader.getByText('Tamar reports from western Georgia.')).toBeVisible();
  await expect(reader.getByText(`Before that she covered the courts in Tbilisi (${suffix}).`)).toBeVisible();
  // In the Russian edition, under the same address.
  await reader.goto(`/ru/authors/tamar-chkheidze-${suffix}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(`Тамар Чхеидзе ${suffix}`);
  await expect(reader.getByText('корреспондент в Кутаиси')).toBeVisible();
  await expect(reader.getByText('Tamar reports from western Georgia.')).toBeVisible();
  await reader.goto(`/authors/tamar-chkheidze-${suffix}`);
  const photo = reader.getByRole('img', { name: `Portrait of ${name}` });
  await expect(photo).toBeVisible();
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);

  // Editing the role shows on the public page within seconds.
  await page.goto(editUrl);
  await page.getByLabel('Role or title', { exact: true }).fill('Western Georgia correspondent');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect
    .poll(async () => anonymousHtml(playwright, `/authors/tamar-chkheidze-${suffix}`), { timeout: 5_000 })
    .toContain('Western Georgia correspondent');

  // Another author's address is refused with a message on the field, and nothing typed is lost.
  await page.goto('/admin/authors/new');
  await page.getByLabel('Name', { exact: true }).fill('Someone New');
  await page.getByLabel('Address', { exact: true }).fill(demo.author.slug);
  await page.getByLabel('Bio', { exact: true }).fill('Kept as typed.');
  await page.getByRole('button', { name: 'Add author' }).click();
  await expect(
    page.getByText(`Another author already has the address /authors/${demo.author.slug}. Choose a different one.`),
  ).toBeVisible();
  await expect(page.getByLabel('Address', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Bio', { exact: true })).toHaveValue('Kept as typed.');
  await expect(page).toHaveURL('/admin/authors/new');

  await page.goto('/admin/authors');
  await expect(page.getByRole('link', { name })).toBeVisible();
  await readerContext.close();
  await context.close();
});

test('an admin invites a contributor; the emailed link signs them in to the newsroom but not People; removing access ends it', async ({
  browser,
  asStaff,
}) => {
  test.setTimeout(120_000);
  const { context: adminContext, page: admin } = await asStaff('admin', '/admin/people');
  const invitee = freshReader('contributor');
  await admin.getByLabel('Email address', { exact: true }).fill(invitee.email);
  await admin.getByLabel('Role', { exact: true }).selectOption('contributor');
  const since = Date.now() - 1000;
  await admin.getByRole('button', { name: 'Send invitation' }).click();
  await expect(
    admin.getByRole('status').filter({ hasText: `Invitation sent to ${invitee.email} (contributor).` }),
  ).toBeVisible();
  const row = admin.getByRole('row', { name: new RegExp(invitee.email.replace(/[.]/g, '\\.')) });
  await expect(row.getByText('Invited, has not signed in yet')).toBeVisible();

  const mail = await nextMail(admin.request, invitee.email, since);
  expect(mail.subject).toBe('admin@newsroom.test invited you to the Ridgeline newsroom');
  expect(mail.text).toContain('admin@newsroom.test invited you to join the Ridgeline newsroom as a contributor.');
  expect(mail.link).toMatch(/^\/signin\/verify\?token=[\w-]+$/);

  const inviteeContext = await newReaderContext(browser, invitee.ip);
  const person = await inviteeContext.newPage();
  await person.goto(mail.link);
  await person.getByRole('button', { name: `Sign in as ${invitee.email}` }).click();
  await expect(person).toHaveURL('/admin');
  await expect(person.getByRole('heading', { name: 'Newsroom' })).toBeVisible();
  await expect(person.getByText(`Signed in as ${invitee.email} (contributor).`)).toBeVisible();
  expect((await person.goto('/admin/people'))?.status()).toBe(403);
  expect((await person.goto('/admin/appeals'))?.status()).toBe(403);
  expect((await person.goto('/admin/authors'))?.status()).toBe(403);

  await admin.reload();
  await row.getByRole('button', { name: `Remove access for ${invitee.email}` }).click();
  await expect(
    admin.getByRole('status').filter({ hasText: `${invitee.email} no longer has access to the newsroom.` }),
  ).toBeVisible();
  await expect(row).toHaveCount(0);
  const changes = admin.getByRole('region', { name: 'Recent changes' });
  await expect(changes.getByText(`admin@newsroom.test invited ${invitee.email} as contributor`)).toBeVisible();
  await expect(
    changes.getByText(`admin@newsroom.test removed access for ${invitee.email} (was contributor)`),
  ).toBeVisible();

  // Their session has ended: the newsroom sends them to sign in again.
  await person.goto('/admin');
  await expect(person).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
  await inviteeContext.close();
  await adminContext.close();
});

test('the last admin cannot remove their own access', async ({ asStaff }) => {
  const { context, page } = await asStaff('admin', '/admin/people');
  const row = page.getByRole('row', { name: /admin@newsroom\.test/ });
  await row.getByRole('button', { name: 'Remove access for admin@newsroom.test' }).click();
  await expect(row.getByRole('alert')).toHaveText('This is the last admin. Make someone else an admin first.');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Role for admin@newsroom.test')).toHaveValue('admin');
  await context.close();
});

test('an editor rewrites the end-of-article appeal and the campaign goal; an anonymous reader sees both within seconds', async ({
  browser,
  asStaff,
  playwright,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await asStaff('editor', '/admin/appeals');
  const endForm = page.getByRole('form', { name: 'End-of-article appeal' });
  const originalBody = await endForm.getByLabel('Body text').inputValue();
  const marker = crypto.randomBytes(4).toString('hex');
  const newBody = `Every story here is paid for by a reader. Reference ${marker}.\n\nThank you for reading to the end.`;

  const bannerForm = page.getByRole('form', { name: 'Site banner' });
  const originalGoal = await bannerForm.getByLabel('Members').inputValue();
  const originalEnd = await bannerForm.getByLabel('Last day').inputValue();
  const goal = 1000 + crypto.randomInt(0, 8999);
  const nextYear = new Date().getUTCFullYear() + 1;

  try {
    await endForm.getByLabel('Body text').fill(newBody);
    // The preview is the site's own component, updated as the editor types.
    const endPreview = page.getByRole('group', { name: /Preview/ }).filter({ has: page.locator('.appeal--end') });
    await expect(endPreview.getByText(`Every story here is paid for by a reader. Reference ${marker}.`)).toBeVisible();
    await endForm.getByRole('button', { name: 'Save end-of-article appeal' }).click();
    await expect(endForm.getByRole('status')).toHaveText('Saved. Readers see the change now.');

    await bannerForm.getByLabel('Members').fill(String(goal));
    await bannerForm.getByLabel('Last day').fill(`${nextYear}-06-30`);
    await expect(page.locator('.appeal-editor__stage .campaign-banner')).toContainText(
      `Our goal: ${goal.toLocaleString('en-GB')} members by 30 June ${nextYear}.`,
    );
    await bannerForm.getByRole('button', { name: 'Save site banner' }).click();
    await expect(bannerForm.getByRole('status')).toHaveText('Saved. Readers see the change now.');

    const readerContext = await browser.newContext();
    const reader = await readerContext.newPage();
    const goalText = `Our goal: <strong>${goal.toLocaleString('en-GB')} members</strong> by 30 June ${nextYear}.`;
    await expect
      .poll(
        async () => {
          const html = await anonymousHtml(playwright, `/articles/${demo.publicSlug}`);
          return html.includes(`Reference ${marker}.`) && html.includes(goalText);
        },
        { timeout: 5_000 },
      )
      .toBe(true);
    await reader.goto(`/articles/${demo.publicSlug}`);
    await expect(reader.locator('.appeal--end')).toContainText(
      `Every story here is paid for by a reader. Reference ${marker}.`,
    );
    // The two paragraphs typed (the appeal's own, not the give-once form's small print).
    await expect(reader.locator('.appeal--end > p')).toHaveCount(2);
    await expect(reader.getByRole('complementary', { name: 'Membership campaign' })).toContainText(
      `Our goal: ${goal.toLocaleString('en-GB')} members by 30 June ${nextYear}.`,
    );
    await reader.goto('/membership');
    await expect(reader.locator('.goal__label')).toContainText(`of ${goal} members by 30 June ${nextYear}`);
    await readerContext.close();

    // A goal with a number but no date is refused, and the form keeps what was typed.
    await bannerForm.getByLabel('Last day').fill('');
    await bannerForm.getByRole('button', { name: 'Save site banner' }).click();
    await expect(
      bannerForm.getByText('A goal needs both a number of members and an end date; leave both empty for none.'),
    ).toBeVisible();
    await expect(bannerForm.getByLabel('Members')).toHaveValue(String(goal));
  } finally {
    // Put the demo copy back for the other specs that read the appeals.
    await page.goto('/admin/appeals');
    await endForm.getByLabel('Body text').fill(originalBody);
    await endForm.getByRole('button', { name: 'Save end-of-article appeal' }).click();
    await expect(endForm.getByRole('status')).toBeVisible();
    await bannerForm.getByLabel('Members').fill(originalGoal);
    await bannerForm.getByLabel('Last day').fill(originalEnd);
    await bannerForm.getByRole('button', { name: 'Save site banner' }).click();
    await expect(bannerForm.getByRole('status')).toBeVisible();
    await context.close();
  }
});

test('an editor rewrites what members get; /membership and the paywall list it at once, and a list too long is refused as typed', async ({
  asStaff,
  playwright,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await asStaff('editor', '/admin/appeals');
  const form = page.getByRole('form', { name: 'What members get' });
  const field = form.getByLabel('Benefits');
  const original = await field.inputValue();
  const marker = crypto.randomBytes(4).toString('hex');
  const list = [
    `The Daily Brief, every weekday (${marker})`,
    'Every members-only story',
    'No more appeals on the site',
  ];
  const shot = (name: string) =>
    process.env.E2E_SCREENSHOTS ? `${process.env.E2E_SCREENSHOTS}/${name}` : test.info().outputPath(name);
  try {
    await field.fill(list.join('\n'));
    // The preview is the site's own paywall, as the editor types.
    const preview = page.getByRole('group', { name: 'Preview: the paywall' });
    await expect(preview.getByRole('listitem')).toHaveText(list);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await form.locator('xpath=ancestor::section[1]').screenshot({ path: shot(`benefits-editor-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Nine lines are refused, with the list kept as typed.
    const nine = Array.from({ length: 9 }, (_, i) => `Benefit ${i + 1}`).join('\n');
    await field.fill(nine);
    await form.getByRole('button', { name: 'Save the benefits' }).click();
    await expect(form.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toHaveText(
      'Nothing was saved: please check the list.',
    );
    // The reason, at the field.
    await expect(page.locator('#benefits-error')).toHaveText(
      'Keep it to 8 lines: readers take in a short list at a glance.',
    );
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue(nine);

    await field.fill(list.join('\n'));
    await form.getByRole('button', { name: 'Save the benefits' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved. Readers see the new list now.');

    await expect
      .poll(
        async () => {
          const [membership, story] = await Promise.all([
            anonymousHtml(playwright, '/membership'),
            anonymousHtml(playwright, `/articles/${demo.membersSlug}`),
          ]);
          return membership.includes(list[0]!) && story.includes(list[0]!);
        },
        { timeout: 5_000 },
      )
      .toBe(true);
    const reader = await (await page.context().browser()!.newContext()).newPage();
    await reader.goto(`/articles/${demo.membersSlug}`);
    await expect(reader.locator('.paywall li')).toHaveText(list);
    for (const width of [1280, 390]) {
      await reader.setViewportSize({ width, height: 900 });
      await reader.locator('.paywall').screenshot({ path: shot(`benefits-paywall-${width}.png`) });
    }
    await reader.goto('/membership');
    await expect(reader.getByRole('region', { name: 'What members get' }).getByRole('listitem')).toHaveText(list);
    await reader.context().close();
  } finally {
    // Put the demo list back for the other specs.
    await page.goto('/admin/appeals');
    await field.fill(original);
    await form.getByRole('button', { name: 'Save the benefits' }).click();
    await expect(form.getByRole('status')).toBeVisible();
    await context.close();
  }
});

test('turning the in-article appeal off removes it from articles; turning it on brings it back', async ({
  browser,
  asStaff,
  playwright,
}) => {
  test.setTimeout(90_000);
  const { context, page } = await asStaff('editor', '/admin/appeals');
  const form = page.getByRole('form', { name: 'In-article appeal' });
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const article = `/articles/${demo.publicSlug}`;
  try {
    await form.getByLabel('Show this to readers').uncheck();
    await expect(page.getByText('Preview: off, readers do not see this')).toBeVisible();
    await form.getByRole('button', { name: 'Save in-article appeal' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved. This appeal is off: readers do not see it.');
    await expect
      .poll(async () => (await anonymousHtml(playwright, article)).includes('appeal--inline'), { timeout: 5_000 })
      .toBe(false);
    await reader.goto(article);
    await expect(reader.locator('.appeal--end')).toBeVisible();
    await expect(reader.locator('.appeal--inline')).toHaveCount(0);
  } finally {
    await page.goto('/admin/appeals');
    await form.getByLabel('Show this to readers').check();
    await form.getByRole('button', { name: 'Save in-article appeal' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved. Readers see the change now.');
  }
  await expect
    .poll(async () => (await anonymousHtml(playwright, article)).includes('appeal--inline'), { timeout: 5_000 })
    .toBe(true);
  await readerContext.close();
  await context.close();
});

test('a reader who replays the editor’s appeal form is refused and readers see no change', async ({
  browser,
  asStaff,
  playwright,
}) => {
  test.setTimeout(90_000);
  // The editor's page without JavaScript: the form is a plain multipart POST.
  const { context: editorContext, page: editor } = await asStaff('editor', '/admin/appeals', {
    javaScriptEnabled: false,
  });
  const fields = await editor
    .getByRole('form', { name: 'End-of-article appeal' })
    .evaluate((el) =>
      [...new FormData(el as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)] as [string, string]),
    );
  const multipart = Object.fromEntries(fields.map(([k, v]) => [k, k === 'body' ? 'A reader rewrote the appeal.' : v]));
  expect(Object.keys(multipart)).toContain('placement');

  const { context, page } = await signedInContext(browser);
  const response = await page.request.post('/admin/appeals', { multipart, maxRedirects: 0 });
  expect(response.status()).toBe(403);
  expect(await anonymousHtml(playwright, `/articles/${demo.publicSlug}`)).not.toContain('A reader rewrote the appeal.');
  await context.close();
  await editorContext.close();
});

test('a reader gets 403 and an anonymous visitor is sent to sign in from authors, appeals and people', async ({
  browser,
  page,
}) => {
  const paths = ['/admin/authors', '/admin/authors/new', '/admin/appeals', '/admin/people'];
  for (const url of paths) {
    await page.goto(url);
    await expect(page, url).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
  }
  const { context, page: reader } = await signedInContext(browser);
  for (const url of paths) {
    expect((await reader.goto(url))?.status(), url).toBe(403);
  }
  await context.close();
});

test('an editor rewrites the membership page’s questions in each edition; readers of /membership see the English ones at once, and half a question is refused as typed', async ({
  asStaff,
  playwright,
}) => {
  test.setTimeout(120_000);
  const { page } = await asStaff('editor', '/admin/appeals');
  const marker = crypto.randomBytes(4).toString('hex');
  const faq = page.getByRole('form', { name: 'Questions on the membership page' });
  const firstAnswer = faq.getByRole('group', { name: 'Question 1' }).getByLabel('Answer');
  const answer = `Yes, in two clicks from your account (${marker}).`;
  await firstAnswer.fill(answer);
  await faq.getByRole('button', { name: 'Save the questions' }).click();
  await expect(faq.getByRole('status')).toHaveText('Saved. Readers see the questions now.');
  await expect
    .poll(async () => (await anonymousHtml(playwright, '/membership')).includes(marker), { timeout: 10_000 })
    .toBe(true);

  // The Russian edition has its own copy of every appeal and question.
  await page.getByRole('navigation', { name: 'Edition' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/admin\/appeals\?language=ru$/);
  await expect(page.getByRole('form', { name: 'In-article appeal' }).getByLabel('Heading')).toHaveValue(
    'Ridgeline существует на деньги читателей',
  );
  const russian = page.getByRole('form', { name: 'Questions on the membership page' });
  await expect(russian.getByRole('group', { name: 'Question 1' }).getByLabel('Question')).toHaveValue(
    'Можно ли отменить участие?',
  );
  const added = russian.getByRole('group', { name: 'A new question' }).first();
  await added.getByLabel('Question').fill('Можно ли подарить участие?');
  await russian.getByRole('button', { name: 'Save the questions' }).click();
  await expect(russian.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toHaveText(
    'Nothing was saved: please check the marked questions.',
  );
  await expect(added.getByLabel('Answer')).toHaveAccessibleDescription(
    /Write the answer to this question, or empty both/,
  );
  await expect(added.getByLabel('Question')).toHaveValue('Можно ли подарить участие?');
  await added.getByLabel('Answer').fill('Да: на странице «Подарить участие».');
  await russian.getByRole('button', { name: 'Save the questions' }).click();
  await expect(russian.getByRole('status')).toHaveText('Saved. Readers see the questions now.');
  const shot = (name: string) =>
    process.env.E2E_SCREENSHOTS ? `${process.env.E2E_SCREENSHOTS}/${name}` : test.info().outputPath(name);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: shot(`appeals-russian-${width}.png`), fullPage: true });
  }
  await page.reload();
  await expect(page.getByRole('group', { name: 'Question 5' }).getByLabel('Question')).toHaveValue(
    'Можно ли подарить участие?',
  );
  // The English questions are as the editor left them.
  expect(await anonymousHtml(playwright, '/membership')).toContain(marker);
});
