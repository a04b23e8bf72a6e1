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

test('an editor names a tag in the Russian edition; Russian readers see the name, and an emptied English name is refused as typed', async ({
  editor,
  page,
}) => {
  await editor.goto('/admin/sections');
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText('Sections, regions and tags');
  const tags = editor.getByRole('form', { name: 'Tags: names in each edition' });
  const russian = tags.getByLabel('water in Русский');
  await expect(russian).toHaveValue('вода');
  await russian.fill('водные ресурсы');
  // Half the form refused: the English name emptied, and nothing typed is lost.
  await tags.getByLabel('water in English').fill('');
  await tags.getByRole('button', { name: 'Save tags' }).click();
  await expect(tags.getByRole('alert').first()).toBeVisible();
  await expect(tags.getByText('Give it a name: the other editions fall back to it.')).toBeVisible();
  await expect(tags.getByLabel('water in Русский')).toHaveValue('водные ресурсы');
  await screenshots(editor, 'admin-sections-refused');
  await tags.getByLabel('water in English').fill('water');
  await tags.getByRole('button', { name: 'Save tags' }).click();
  await expect(tags.getByRole('status')).toHaveText('Saved. Every edition shows the new names.');

  await expect
    .poll(async () => (await (await page.request.get('/ru/tags/water')).text()).includes('Водные ресурсы'), {
      timeout: 10_000,
    })
    .toBe(true);
  await page.goto('/tags/water');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Water');
});
