import crypto from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { signedInContext, staffContext } from './fixtures/accounts';
import { CARDS, payOnCheckout } from './fixtures/stripe';

const STORY = 'middle-corridor-trade-route';

/** The value of a dashboard tile. */
async function tile(page: Page, label: string): Promise<string> {
  return (
    await page
      .locator('.stat')
      .filter({ has: page.locator('dt', { hasText: label }) })
      .locator('dd')
      .first()
      .innerText()
  ).trim();
}

const cents = (money: string) => Math.round(Number(money.replace(/[^0-9.]/g, '')) * 100);

/** RFC 4180, as the export writes it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

async function tableRows(page: Page) {
  return page
    .locator('.member-table tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())),
    );
}

async function join(page: Page, query: string) {
  await page.goto(`/membership/join?${query}`);
  await page.getByRole('button', { name: 'Continue to secure payment' }).click();
  await payOnCheckout(page, CARDS.succeeds);
  await expect(page.getByRole('heading', { name: 'Welcome, and thank you' })).toBeVisible({ timeout: 20_000 });
}

test('the dashboard, the members list, the export and a complimentary grant agree with what happened', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const token = `mm${crypto.randomBytes(3).toString('hex')}`;
  const adminContext = await staffContext(browser, 'admin@newsroom.test');
  const admin = await adminContext.newPage();
  await admin.goto('/admin');
  await expect(admin.getByRole('heading', { name: 'Members', exact: true })).toBeVisible();
  const before = {
    members: Number(await tile(admin, 'Members now')),
    mrr: cents(await tile(admin, 'Monthly recurring revenue')),
    started: Number(await tile(admin, 'New, last 30 days')),
  };

  // Two readers pay through Checkout (one from a story's appeal), a third only has an account.
  const a = await signedInContext(browser, `${token}-monthly`);
  await join(a.page, `tier=member&interval=month&from=${STORY}&placement=in-article`);
  const b = await signedInContext(browser, `${token}-yearly`);
  await join(b.page, 'tier=supporter&interval=year&placement=banner');
  const c = await signedInContext(browser, `${token}-granted`);
  await c.page.goto('/account');
  await expect(c.page.getByText('You are not a member yet.')).toBeVisible();

  // A delivery without a valid signature is refused and shows on the dashboard.
  const unsigned = await admin.request.post('/api/stripe/webhook', {
    data: '{"id":"evt_forged"}',
    headers: { 'content-type': 'application/json' },
  });
  expect(unsigned.status()).toBe(400);

  await admin.goto('/admin');
  expect(Number(await tile(admin, 'Members now'))).toBe(before.members + 2);
  // $10 a month, and $50 a year at a twelfth; rounding the total may move it by a cent.
  expect(
    Math.abs(cents(await tile(admin, 'Monthly recurring revenue')) - (before.mrr + 1000 + 5000 / 12)),
  ).toBeLessThanOrEqual(1);
  expect(Number(await tile(admin, 'New, last 30 days'))).toBe(before.started + 2);
  const stories = admin.getByRole('table', { name: 'Stories' });
  await expect(stories.getByRole('link', { name: /public page/ })).toHaveAttribute('href', `/articles/${STORY}`);
  await expect(
    admin.getByRole('table', { name: 'Appeals' }).getByRole('row', { name: /Campaign banner/ }),
  ).toBeVisible();
  await expect(admin.getByRole('img', { name: /Members, week by week/ })).toBeVisible();
  await expect(admin.getByRole('cell', { name: 'Unsigned request (refused)' }).first()).toBeVisible();
  // "Members now" is the members list's count.
  await admin.getByRole('link', { name: String(before.members + 2), exact: true }).click();
  await expect(admin.getByRole('status').filter({ hasText: `${before.members + 2} readers` })).toBeVisible();

  // Search is by any piece of the address, in any case; status and tier narrow it.
  await admin.goto(`/admin/members?q=${token.toUpperCase()}&status=all`);
  expect((await tableRows(admin)).map((r) => r[0]).sort()).toEqual([a.email, b.email].sort());
  await admin.getByLabel('Tier').selectOption('supporter');
  await admin.getByLabel('Status').selectOption('member');
  await admin.getByRole('button', { name: 'Show' }).click();
  await expect(admin).toHaveURL(/tier=supporter/);
  expect(await tableRows(admin)).toEqual([
    [b.email, 'Supporter', 'Active', '$50 / year', expect.any(String), expect.stringMatching(/^Renews /)],
  ]);

  // A reader who never paid is found by full address and given a complimentary membership.
  await admin.goto(`/admin/members?q=${encodeURIComponent(c.email)}`);
  await admin.getByRole('link', { name: 'Open the account' }).click();
  await expect(admin.getByRole('heading', { name: c.email })).toBeVisible();
  await admin.getByLabel('Reason').fill('');
  await admin.getByRole('button', { name: 'Grant membership' }).click();
  await expect(admin.getByText('Say why, for the people who look after members later.')).toBeVisible();
  await admin.getByLabel('Reason').fill('Source protection');
  await admin.getByRole('button', { name: 'Grant membership' }).click();
  await expect(admin.getByText('Complimentary membership granted.')).toBeVisible();
  await expect(admin.getByRole('row', { name: /Source protection/ })).toBeVisible();
  await expect(admin.getByText(/^Member with a complimentary membership until/)).toBeVisible();
  await admin.getByLabel('New note').fill('Prefers to be contacted by Signal, not email.');
  await admin.getByRole('button', { name: 'Add note' }).click();
  await expect(admin.getByText('Prefers to be contacted by Signal, not email.', { exact: true })).toBeVisible();
  await c.page.goto('/account');
  await expect(c.page.getByText(/You are a member until .*, with nothing to pay/)).toBeVisible();

  await admin.goto('/admin');
  expect(Number(await tile(admin, 'Members now'))).toBe(before.members + 3);

  // The export holds exactly the filtered list, in its order.
  await admin.goto(`/admin/members?q=${token}&status=member`);
  const rows = await tableRows(admin);
  expect(rows.map((r) => r[0]).sort()).toEqual([a.email, b.email, c.email].sort());
  const exportLink = admin.getByRole('link', { name: 'Export these 3 as CSV' });
  const href = await exportLink.getAttribute('href');
  expect(href).toBe(`/admin/members/export?q=${token}&status=member`);
  const response = await admin.request.get(href as string);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  expect(response.headers()['content-disposition']).toMatch(
    /^attachment; filename="ridgeline-members-member-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  const [header, ...lines] = parseCsv(await response.text());
  expect(header).toEqual([
    'email',
    'tier',
    'status',
    'amount',
    'currency',
    'interval',
    'member_since',
    'next',
    'next_date',
  ]);
  expect(lines.map((l) => [l[0], l[1], l[2]])).toEqual(rows.map((r) => [r[0], r[1], r[2]]));
  expect(lines.find((l) => l[0] === a.email)?.slice(1, 6)).toEqual(['Member', 'Active', '10.00', 'USD', 'month']);

  // Ending the grant ends the membership.
  await admin.getByRole('link', { name: c.email }).click();
  await admin.getByRole('button', { name: 'End now' }).click();
  await expect(admin.getByText('Grant ended.')).toBeVisible();
  await expect(admin.getByRole('row', { name: /Source protection/ })).toContainText(
    'ended early by admin@newsroom.test',
  );
  await c.page.goto('/account');
  await expect(c.page.getByText(/Your membership ended on \d+ \w+ \d{4}\./)).toBeVisible();
  await expect(c.page.getByRole('link', { name: 'Become a member' }).first()).toBeVisible();

  for (const context of [adminContext, a.context, b.context, c.context]) await context.close();
});

test('an editor sees the members but cannot export them', async ({ browser }) => {
  const context = await staffContext(browser, 'editor@newsroom.test');
  const page = await context.newPage();
  await page.goto('/admin/members');
  await expect(page.getByRole('heading', { name: 'Members', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /as CSV/ })).toHaveCount(0);
  expect((await page.request.get('/admin/members/export?status=all')).status()).toBe(403);
  await page.goto('/admin');
  await expect(page.getByText('Members now')).toBeVisible();
  await context.close();
});

test('readers get 403 and anonymous visitors are sent to sign in (401 from the export)', async ({ browser, page }) => {
  const reader = await signedInContext(browser);
  const me = (await (await reader.page.request.get('/account/export')).json()) as { account: { id: string } };
  const detail = `/admin/members/${me.account.id}`;
  for (const path of ['/admin/members', detail]) {
    expect((await reader.page.goto(path))?.status(), path).toBe(403);
  }
  expect((await reader.page.request.get('/admin/members/export')).status()).toBe(403);
  await reader.context.close();

  // The admin's layout sends them to sign in before the page itself is reached.
  for (const path of ['/admin/members', detail, '/admin/members?status=all&q=a']) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
  }
  expect((await page.request.get('/admin/members/export')).status()).toBe(401);
});
