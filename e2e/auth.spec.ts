import { expect, test } from '@playwright/test';
import {
  freshReader,
  newReaderContext,
  nextMail,
  requestSignInEmail,
  signIn,
  signedInContext,
} from './fixtures/accounts';

test('a reader signs in with the emailed link and lands where they started', async ({ browser }) => {
  const reader = freshReader();
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  const since = await requestSignInEmail(page, reader.email, '/account');
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  const mail = await nextMail(page.request, reader.email, since);
  expect(mail.subject).toContain(mail.code);
  expect(mail.html).toContain('Sign in to Ridgeline');
  await page.goto(mail.link);
  await expect(page.getByRole('heading', { name: 'Sign in to Ridgeline' })).toBeVisible();
  await page.getByRole('button', { name: `Sign in as ${reader.email}` }).click();
  await expect(page).toHaveURL('/account');
  await expect(page.getByText(`Signed in as ${reader.email}`)).toBeVisible();
  // The header now shows the reader's initial with a menu, on static pages too.
  await page.goto('/');
  await expect(page.locator('details.account-menu summary')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toHaveCount(0);
  await context.close();
});

test('a reader signs in by typing the code from the email', async ({ browser }) => {
  const reader = freshReader();
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();
  const since = await requestSignInEmail(page, reader.email, '/sections/news');
  const mail = await nextMail(page.request, reader.email, since);
  await page.getByLabel('Sign-in code').fill(`${mail.code.slice(0, 3)} ${mail.code.slice(3)}`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/sections/news');
  await page.goto('/account');
  await expect(page.getByText(`Signed in as ${reader.email}`)).toBeVisible();
  await context.close();
});

test('opening the link (as a mail scanner does) neither signs in nor spends it', async ({ browser, playwright }) => {
  const reader = freshReader();
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();
  const since = await requestSignInEmail(page, reader.email);
  const mail = await nextMail(page.request, reader.email, since);

  const scanner = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  for (let i = 0; i < 3; i++) {
    const response = await scanner.get(mail.link);
    expect(response.status()).toBe(200);
    expect(response.headers()['set-cookie'] ?? '').not.toContain('session-token');
  }
  await scanner.dispose();

  await page.goto(mail.link);
  await page.getByRole('button', { name: `Sign in as ${reader.email}` }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await page.goto('/account');
  await expect(page.getByText(`Signed in as ${reader.email}`)).toBeVisible();
  await context.close();
});

test('a used link and a broken link say so and offer a new one', async ({ browser }) => {
  const reader = freshReader();
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();
  const since = await requestSignInEmail(page, reader.email);
  const mail = await nextMail(page.request, reader.email, since);
  await page.goto(mail.link);
  await page.getByRole('button', { name: `Sign in as ${reader.email}` }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));

  const other = await newReaderContext(browser, freshReader().ip);
  const second = await other.newPage();
  await second.goto(mail.link);
  await expect(second.getByRole('heading', { name: 'This link has been used' })).toBeVisible();
  await expect(second.getByRole('link', { name: 'Email me a new link' })).toBeVisible();
  await second.goto('/signin/verify?token=not-a-real-token-at-all-000000');
  await expect(second.getByRole('heading', { name: 'This link has expired' })).toBeVisible();
  await other.close();
  await context.close();
});

test('a wrong code is refused with the tries left; five wrong codes spend the code but never the emailed link', async ({
  browser,
}) => {
  const reader = freshReader();
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();
  const since = await requestSignInEmail(page, reader.email);
  const mail = await nextMail(page.request, reader.email, since);
  const wrong = mail.code === '000000' ? '111111' : '000000';
  for (let left = 4; left >= 1; left--) {
    await page.getByLabel('Sign-in code').fill(wrong);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(`That code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left.`)).toBeVisible();
  }
  await page.getByLabel('Sign-in code').fill(wrong);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/This code no longer works/)).toBeVisible();
  // Now even the right code is spent, but the link from the same email still signs in.
  await page.getByLabel('Sign-in code').fill(mail.code);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/This code no longer works/)).toBeVisible();
  await page.goto(mail.link);
  await page.getByRole('button', { name: `Sign in as ${reader.email}` }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await context.close();
});

test("nobody else can type a reader's code, or lock them out by typing wrong ones", async ({ browser }) => {
  const victim = freshReader();
  const victimContext = await newReaderContext(browser, victim.ip);
  const victimPage = await victimContext.newPage();
  const since = await requestSignInEmail(victimPage, victim.email);
  const mail = await nextMail(victimPage.request, victim.email, since);

  // The attacker asks for an email to the victim's address and types codes on their own page.
  const attackerContext = await newReaderContext(browser, freshReader().ip);
  const attacker = await attackerContext.newPage();
  await requestSignInEmail(attacker, victim.email);
  for (const [i, code] of [mail.code, '123456', '234567', '345678', '456789', '567890'].entries()) {
    await attacker.getByLabel('Sign-in code').fill(code);
    await attacker.getByRole('button', { name: 'Sign in' }).click();
    const left = 4 - i;
    await expect(attacker.locator('main [role="alert"]')).toHaveText(
      left > 0 ? `That code is not right. ${left} ${left === 1 ? 'try' : 'tries'} left.` : /This code no longer works/,
    );
  }
  await attacker.goto('/account');
  await expect(attacker).toHaveURL(/\/signin/);

  // The victim's own code still works in the victim's browser.
  await victimPage.getByLabel('Sign-in code').fill(mail.code);
  await victimPage.getByRole('button', { name: 'Sign in' }).click();
  await victimPage.waitForURL((url) => !url.pathname.startsWith('/signin'));
  await victimPage.goto('/account');
  await expect(victimPage.getByText(`Signed in as ${victim.email}`)).toBeVisible();
  await attackerContext.close();
  await victimContext.close();
});

test('the reply is the same for a known and an unknown address', async ({ browser }) => {
  const known = await signedInContext(browser, 'known');
  const context = await newReaderContext(browser, freshReader().ip);
  const page = await context.newPage();
  const texts = [];
  for (const email of [known.email, `nobody-${freshReader().email}`]) {
    await requestSignInEmail(page, email);
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
    await expect(page.locator('main')).toContainText(email);
    texts.push((await page.locator('main').innerText()).replace(email, 'X'));
  }
  expect(texts[1]).toBe(texts[0]);
  await context.close();
  await known.context.close();
});

test('sign-in emails are limited per address and per IP, with a sentence saying when to try again', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const reader = freshReader();
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();
  for (let i = 0; i < 5; i++) {
    await requestSignInEmail(page, reader.email);
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  }
  await requestSignInEmail(page, reader.email);
  await expect(page.locator('.form-message')).toHaveText(/Too many sign-in emails .* try again after \d{2}:\d{2}/);
  // Another address from the same IP still works until the IP's own limit of 20.
  for (let i = 0; i < 15; i++) {
    await requestSignInEmail(page, `ip-limit-${i}-${reader.email}`);
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  }
  await requestSignInEmail(page, `one-too-many-${reader.email}`);
  await expect(page.locator('.form-message')).toHaveText(/Too many sign-in emails/);
  await context.close();
});

test('an invalid address gets a clear message and keeps what was typed', async ({ page }) => {
  await page.goto('/signin');
  await page.getByLabel('Email address').fill('not-an-address');
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByText('Please enter a valid email address')).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveValue('not-an-address');
});

test('a callbackUrl to another site is ignored', async ({ browser }) => {
  const reader = freshReader();
  const context = await newReaderContext(browser, reader.ip);
  const page = await context.newPage();
  await signIn(page, reader.email, 'https://evil.example/steal');
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL ?? '').host);
  expect(new URL(page.url()).pathname).toBe('/');
  await context.close();
});

test('sign out ends the session on the server; sign out everywhere ends all of them', async ({ browser }) => {
  test.setTimeout(90_000);
  const reader = freshReader();
  const first = await newReaderContext(browser, reader.ip);
  const second = await newReaderContext(browser, reader.ip);
  const a = await first.newPage();
  const b = await second.newPage();
  await signIn(a, reader.email);
  await signIn(b, reader.email);
  await a.goto('/account');
  await expect(a.getByText('You are signed in on 2 devices or browsers.')).toBeVisible();

  // Signing out on one device: its old cookie no longer works even if replayed.
  const cookie = (await second.cookies()).find((c) => c.name.endsWith('authjs.session-token'));
  expect(cookie).toBeDefined();
  await b.goto('/account');
  await b.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(b).toHaveURL('/');
  await second.addCookies([cookie!]);
  await b.goto('/account');
  await expect(b).toHaveURL(/\/signin/);

  await signIn(b, reader.email);
  await a.goto('/account');
  await a.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(a).toHaveURL('/');
  await b.goto('/account');
  await expect(b).toHaveURL(/\/signin/);
  await a.goto('/account');
  await expect(a).toHaveURL(/\/signin/);
  await first.close();
  await second.close();
});

test('the session cookie is httpOnly and SameSite=Lax, and lives 30 days', async ({ browser }) => {
  const { context } = await signedInContext(browser);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith('authjs.session-token'));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
  const days = ((cookie?.expires ?? 0) * 1000 - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(29);
  expect(days).toBeLessThanOrEqual(30.01);
  await context.close();
});

test('a reader can name themselves, download their data and nobody else’s, and delete their account', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const other = await signedInContext(browser, 'other');
  const { context, page, email } = await signedInContext(browser);
  await page.goto('/account');
  await page.getByLabel('Display name').fill('Ani');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();

  const download = await page.request.get('/account/export');
  expect(download.headers()['content-disposition']).toContain('attachment');
  const data = await download.json();
  expect(data.account.email).toBe(email);
  expect(data.account.name).toBe('Ani');
  expect(JSON.stringify(data)).not.toContain(other.email);

  await page.getByRole('link', { name: 'Delete my account…' }).click();
  await page.getByLabel(`Type ${email} to confirm`).fill('wrong@example.org');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByText('Type your email address exactly as shown to confirm.')).toBeVisible();
  await page.getByLabel(`Type ${email} to confirm`).fill(email);
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/\/\?account=deleted/);
  expect((await page.request.get('/account/export')).status()).toBe(401);

  // Signing in again makes a new, empty account: the old name is gone.
  await signIn(page, email);
  await page.goto('/account');
  await expect(page.getByLabel('Display name')).toHaveValue('');
  await context.close();
  await other.context.close();
});
