import {
  expect,
  expectSaved,
  publishNewArticle,
  saveIndicator,
  startArticle,
  test,
  uniqueHeadline,
  writeText,
} from './fixtures/articles';

test('a publish refused for want of a section and a byline still saves the draft, and says so', async ({ editor }) => {
  test.setTimeout(90_000);
  await startArticle(editor);
  const headline = uniqueHeadline('Apricot growers wait for the frost to pass');
  await writeText(editor, {
    headline,
    standfirst: 'Orchards in Ararat hold their breath.',
    text: 'Smudge pots burned all night.',
  });
  // Before the autosave (1.5 s after typing stops) has had its chance.
  await expect(saveIndicator(editor)).toHaveText('Unsaved changes');
  await editor.getByRole('button', { name: 'Publish now' }).click();

  const refusal = editor.getByRole('alert').filter({ hasText: 'Not published' });
  await expect(
    refusal.getByText('Saved as a draft. Not published: it needs a section and a byline.', { exact: true }),
  ).toBeVisible();
  await expectSaved(editor);
  await expect(editor.locator('.pill')).toHaveText('Draft');
  // The reasons stay tied to their fields, and the notice leads to them.
  await expect(editor.getByLabel('Section')).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByLabel('Section')).toHaveAccessibleDescription('Choose a section before publishing.');
  await expect(editor.getByRole('group', { name: 'Authors' })).toHaveAccessibleDescription(
    'Add at least one author before publishing.',
  );
  await expect(refusal.getByRole('list', { name: 'Go to' }).getByRole('link')).toHaveText(['Section', 'Authors']);

  for (const width of [1280, 390]) {
    await editor.setViewportSize({ width, height: 900 });
    await refusal.scrollIntoViewIfNeeded();
    await editor.screenshot({ path: test.info().outputPath(`publish-refused-${width}.png`), fullPage: width === 390 });
  }
  await refusal.getByRole('link', { name: 'Authors' }).click();
  await expect(editor.getByLabel('Add an author')).toBeFocused();
  await expect(editor.getByLabel('Add an author')).toBeInViewport();
  await editor.screenshot({ path: test.info().outputPath('publish-refused-390-authors.png') });
  await expect(saveIndicator(editor)).toHaveText(/^Saved /);

  // The server has the text: a reload shows it, with nothing left in the browser to offer back.
  await editor.reload();
  await expect(editor.getByLabel('Headline')).toHaveValue(headline);
  await expect(editor.getByLabel('Standfirst')).toHaveValue('Orchards in Ararat hold their breath.');
  await expect(editor.getByRole('textbox', { name: 'Text', exact: true })).toContainText(
    'Smudge pots burned all night.',
  );
  await expect(editor.getByText(/This browser kept changes/)).toHaveCount(0);
  await expectSaved(editor);

  // With a section and a byline, the same draft publishes.
  await editor.getByLabel('Section').selectOption({ label: 'News' });
  await editor.getByLabel('Add an author').selectOption({ index: 1 });
  await editor.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor.locator('.pill')).toHaveText('Published');
});

test('a refused update of a live story changes nothing readers see, and keeps the typing in this browser', async ({
  page,
  editor,
}) => {
  test.setTimeout(90_000);
  const headline = uniqueHeadline('Cable car to Chiatura reopens');
  const { slug } = await publishNewArticle(editor, { headline });
  await expect(editor.locator('.pill')).toHaveText('Published');

  await editor.getByLabel('Headline').fill(`${headline}, again`);
  await editor.getByLabel('Section').selectOption({ label: 'Choose a section' });
  await editor.getByRole('button', { name: 'Update' }).click();
  await expect(
    editor.getByText(
      'Not updated: it needs a section. Readers still see the published version; your changes are kept only in this browser until you fix that and press Update.',
      { exact: true },
    ),
  ).toBeVisible();
  await expect(saveIndicator(editor)).toHaveText('Not saved');
  await page.goto(`/articles/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: headline, exact: true })).toBeVisible();

  // The browser still has the typing and offers it back after a reload.
  await editor.reload();
  await expect(editor.getByLabel('Headline')).toHaveValue(headline);
  await editor.getByRole('button', { name: 'Restore them' }).click();
  await expect(editor.getByLabel('Headline')).toHaveValue(`${headline}, again`);
});
