import { expect, test } from '@playwright/test';
import { signedInContext } from './fixtures/accounts';

test('a signed-in reader switches the free weekly on and off on /account; the members’ brief asks them to join', async ({
  browser,
}) => {
  const { context, page } = await signedInContext(browser, 'newsletters');
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Newsletters' });
  const weekly = section.getByRole('listitem').filter({ hasText: 'Ridgeline Weekly' });
  const brief = section.getByRole('listitem').filter({ hasText: 'The Daily Brief' });
  await expect(weekly).toContainText('Fridays at 17:00 · Free');
  await expect(brief).toContainText('Weekdays at 07:00 · For members');
  await expect(brief.getByRole('link', { name: 'Become a member' })).toHaveAttribute('href', '/membership');
  await expect(brief.getByRole('button')).toHaveCount(0);

  await weekly.getByRole('button', { name: 'Subscribe' }).click();
  await expect(weekly.getByRole('button', { name: 'Unsubscribe' })).toBeVisible();
  await expect(weekly).toContainText('You receive it');
  await page.reload();
  await expect(weekly.getByRole('button', { name: 'Unsubscribe' })).toBeVisible();

  const exported = (await (await page.request.get('/account/export')).json()) as {
    newsletters: { newsletter: string; status: string }[];
  };
  expect(exported.newsletters).toEqual([
    expect.objectContaining({ newsletter: 'Ridgeline Weekly', status: 'subscribed' }),
  ]);

  await weekly.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(weekly.getByRole('button', { name: 'Subscribe' })).toBeVisible();
  await expect(weekly).not.toContainText('You receive it');
  await context.close();
});
