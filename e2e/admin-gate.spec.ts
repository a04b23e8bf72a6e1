import { expect, test } from '@playwright/test';
import { signedInContext, staffContext } from './fixtures/accounts';

test('an anonymous visitor is sent to sign in from /admin and its pages, and brought back to the page asked for', async ({
  page,
}) => {
  for (const path of ['/admin', '/admin/people', '/admin/articles?status=draft']) {
    await page.goto(path);
    await expect(page, path).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
});

test('a reader gets 403 from /admin and its pages', async ({ browser }) => {
  const { context, page } = await signedInContext(browser);
  for (const path of ['/admin', '/admin/people']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: 'This part of the site is for the newsroom' })).toBeVisible();
  }
  await context.close();
});

test('an editor enters the newsroom but not People; an admin manages roles and cannot remove the last admin', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const editorContext = await staffContext(browser, 'editor@newsroom.test');
  const editor = await editorContext.newPage();
  await editor.goto('/admin');
  await expect(editor.getByRole('heading', { name: 'Newsroom' })).toBeVisible();
  await expect(editor.getByRole('link', { name: 'People' })).toHaveCount(0);
  expect((await editor.goto('/admin/people'))?.status()).toBe(403);

  const adminContext = await staffContext(browser, 'admin@newsroom.test');
  const admin = await adminContext.newPage();
  await admin.goto('/admin/people');
  const adminRow = admin.getByRole('row', { name: /admin@newsroom\.test/ });
  await adminRow.getByLabel('Role for admin@newsroom.test').selectOption('editor');
  await adminRow.getByRole('button', { name: 'Save' }).click();
  await expect(adminRow.getByText('This is the last admin. Make someone else an admin first.')).toBeVisible();
  await editorContext.close();
  await adminContext.close();
});

test('a reader who replays the admin’s role form directly is refused and nothing changes', async ({ browser }) => {
  test.setTimeout(90_000);
  // The admin's page, without JavaScript: the role form is a plain multipart POST.
  const adminContext = await staffContext(browser, 'admin@newsroom.test', { javaScriptEnabled: false });
  const admin = await adminContext.newPage();
  await admin.goto('/admin/people');
  const form = admin.getByRole('row', { name: /editor@newsroom\.test/ }).locator('form');
  const fields = await form.evaluate((el) =>
    [...new FormData(el as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)] as [string, string]),
  );

  const { context, page } = await signedInContext(browser);
  const me = await (await page.request.get('/account/export')).json();
  const multipart: Record<string, string> = Object.fromEntries(
    fields.map(([k, v]) => [k, k === 'userId' ? me.account.id : k === 'role' ? 'admin' : v]),
  );
  expect(Object.keys(multipart)).toContain('userId');
  const response = await page.request.post('/admin/people', { multipart, maxRedirects: 0 });
  expect(response.status()).toBe(403);
  // Still a reader.
  expect((await page.goto('/admin'))?.status()).toBe(403);
  const after = await (await page.request.get('/account/export')).json();
  expect(after.account.role).toBe('reader');
  await context.close();
  await adminContext.close();
});
