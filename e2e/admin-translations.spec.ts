import { expect, test } from './fixtures/articles';
import { screenshots } from './fixtures/membership-account';

/**
 * Editors in two languages (#14): the list filters by language, a new story starts in the
 * language chosen, and "Translate into Русский" starts a linked draft with the English text
 * beside the editor; both stories then name each other.
 */
test('an editor lists the Russian stories, translates an English one, and the two name each other', async ({
  editor,
}) => {
  test.setTimeout(90_000);
  await editor.goto('/admin/articles');
  await editor.getByLabel('Language', { exact: true }).selectOption({ label: 'Русский' });
  await editor.getByRole('button', { name: 'Filter' }).click();
  await expect(editor).toHaveURL(/language=ru/);
  const table = editor.locator('.admin-articles');
  await expect(table.getByRole('link', { name: /Средний коридор/ })).toBeVisible();
  await expect(table.getByRole('link', { name: /Middle Corridor/ })).toHaveCount(0);
  await screenshots(editor, 'admin-articles-russian');

  // An English story nobody has translated yet.
  await editor.goto('/admin/articles?q=Sevan');
  await editor.getByRole('link', { name: /Sevan/ }).first().click();
  await expect(editor).toHaveURL(/\/admin\/articles\/\d+$/);
  const originalUrl = editor.url();
  const languages = editor.getByRole('region', { name: 'Languages' });
  await expect(languages).toContainText('Written in English; not translated yet.');
  await languages.getByRole('button', { name: 'Translate into Русский' }).click();

  await expect(editor).not.toHaveURL(originalUrl);
  await expect(editor).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(languages).toContainText('Written in Русский');
  await expect(languages.getByRole('link', { name: /Sevan/ })).toBeVisible();
  const original = editor.getByRole('complementary', { name: /The English text/ });
  await expect(original.locator('.translation-original__headline')).toContainText('Sevan');
  await expect(editor.getByLabel('Section')).not.toHaveValue('');
  await screenshots(editor, 'admin-translation-draft');

  // Asked again from the English story, it opens the same draft.
  const draftUrl = editor.url();
  await editor.goto(originalUrl);
  await expect(languages.getByRole('link', { name: 'Untitled' })).toBeVisible();
  await expect(languages.getByRole('button', { name: /Translate into/ })).toHaveCount(0);
  await languages.getByRole('link', { name: 'Untitled' }).click();
  await expect(editor).toHaveURL(draftUrl);
});
