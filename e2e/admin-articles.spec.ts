import {
  captureServerAction,
  expect,
  expectSaved,
  jpegFile,
  publishNewArticle,
  saveIndicator,
  slugOf,
  staffPage,
  startArticle,
  test,
  uniqueHeadline,
  writeEssentials,
} from './fixtures/articles';

/** Asia/Tbilisi is UTC+4 all year: the newsroom's wall clock, seconds included. */
const tbilisiWallClock = (instant: Date) => new Date(instant.getTime() + 4 * 3600_000).toISOString().slice(0, 19);

test('an editor writes a story with a photo, it autosaves, previews, publishes, and readers see it at once', async ({
  page,
  editor,
}) => {
  test.setTimeout(120_000);
  await startArticle(editor);
  const headline = uniqueHeadline('Shepherds return to the high pastures of Tusheti');
  await writeEssentials(editor, { headline, text: 'The road to Omalo opened a week late this year.' });
  await expect(saveIndicator(editor)).toHaveText(/Unsaved changes|Saving…|Saved/);
  await expectSaved(editor);
  const slug = await slugOf(editor);
  expect(slug).toMatch(/^shepherds-return-to-the-high-pastures-of-tusheti-[0-9a-f]{6}$/);

  await editor.getByLabel('Add a lead image').setInputFiles(await jpegFile());
  await expect(editor.locator('.lead-image-preview img')).toBeVisible({ timeout: 20_000 });
  await editor
    .getByRole('region', { name: 'Lead image' })
    .getByLabel('Alt text', { exact: true })
    .fill('Sheep on a green slope under a stone tower');
  await editor
    .getByRole('region', { name: 'Lead image' })
    .getByLabel('Caption', { exact: true })
    .fill('Flocks climb towards Omalo in early summer.');
  await editor
    .getByRole('region', { name: 'Lead image' })
    .getByLabel('Credit', { exact: true })
    .fill('Photo: Ridgeline');
  await expectSaved(editor);

  // Leaving with unsaved changes asks first.
  await editor.getByLabel('Standfirst').fill('Every June the flocks go up; this year the road was late.');
  await expect(saveIndicator(editor)).toHaveText('Unsaved changes');
  const warns = await editor.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(warns).toBe(true);
  await expectSaved(editor);

  // Previews, private to staff.
  const id = Number(/\/admin\/articles\/(\d+)/.exec(editor.url())?.[1]);
  await editor.goto(`/preview/articles/${id}?as=reader`);
  await expect(editor.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(editor.getByText('This story is a draft, not public.')).toBeVisible();
  await expect(editor.locator('.appeal').first()).toBeVisible();
  await editor.goto(`/preview/articles/${id}?as=member`);
  await expect(editor.getByText('Thank you for being a member.')).toBeVisible();
  expect((await page.goto(`/preview/articles/${id}?as=reader`))?.url()).toMatch(/\/signin\?callbackUrl=/);

  // Publish; an anonymous reader sees it on the home page and at its address within 2 seconds.
  await editor.goto(`/admin/articles/${id}`);
  await editor.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor.getByText('Published', { exact: true }).first()).toBeVisible();
  const publishedAt = Date.now();
  await expect
    .poll(async () => (await (await page.request.get('/')).text()).includes(headline), {
      timeout: 2_000,
      intervals: [100, 200, 300],
    })
    .toBe(true);
  expect(Date.now() - publishedAt).toBeLessThan(2_500);
  await page.goto(`/articles/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(page.getByText('Photo: Ridgeline')).toBeVisible();
  const lead = page.locator('.lead-figure img');
  await expect(lead).toHaveAttribute('alt', 'Sheep on a green slope under a stone tower');
});

test('a scheduled story goes live at its time with nobody visiting it', async ({ page, editor }) => {
  test.setTimeout(120_000);
  await startArticle(editor);
  const headline = uniqueHeadline('Night trains to Batumi resume');
  await writeEssentials(editor, { headline });
  await expectSaved(editor);
  const slug = await slugOf(editor);
  await editor.getByLabel(/Publish at/).fill(tbilisiWallClock(new Date(Date.now() + 12_000)));
  await editor.getByRole('button', { name: 'Schedule' }).click();
  await expect(editor.getByText(/^Goes live /)).toBeVisible();
  await expect(editor.getByText('Scheduled', { exact: true }).first()).toBeVisible();
  await editor.context().close();

  expect((await page.request.get(`/articles/${slug}`)).status()).toBe(404);
  // Nobody opens the site while the clock runs.
  await page.waitForTimeout(16_000);
  await expect.poll(async () => (await page.request.get(`/articles/${slug}`)).status(), { timeout: 10_000 }).toBe(200);
  expect(await (await page.request.get('/rss.xml')).text()).toContain(headline);
});

test('a contributor writes and submits a draft but cannot publish, even by calling the action directly', async ({
  page,
  browser,
  editor,
}) => {
  test.setTimeout(90_000);
  const contributor = await staffPage(browser, 'contributor@newsroom.test');
  await startArticle(contributor);
  const headline = uniqueHeadline('Letters from Gyumri');
  await writeEssentials(contributor, { headline });
  await expectSaved(contributor);
  const slug = await slugOf(contributor);
  await expect(contributor.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await expect(contributor.getByRole('button', { name: 'Schedule' })).toHaveCount(0);

  const call = await captureServerAction(contributor, () =>
    contributor.getByRole('button', { name: 'Submit for review' }).click(),
  );
  await expect(contributor.getByText('Submitted for review').first()).toBeVisible();

  // The same call, asking to publish.
  const version = Number(/"baseVersion":(\d+)/.exec(call.body)?.[1]);
  const forged = call.body
    .replace('"intent":"submit"', '"intent":"publish"')
    .replace(`"baseVersion":${version}`, `"baseVersion":${version + 1}`);
  expect(forged).toContain('"intent":"publish"');
  const answer = await contributor.request.post(call.url, { headers: call.headers, data: forged });
  expect(await answer.text()).toContain('Only editors can publish');
  expect((await page.request.get(`/articles/${slug}`)).status()).toBe(404);

  // The editor sees it waiting for review.
  await editor.goto('/admin/articles?status=submitted');
  await expect(editor.getByRole('link', { name: headline })).toBeVisible();
  await contributor.context().close();
});

test('when two editors edit one article, the second save is refused, both versions are shown, and nothing is lost', async ({
  browser,
  editor: first,
}) => {
  test.setTimeout(120_000);
  const id = await startArticle(first);
  await writeEssentials(first, { headline: uniqueHeadline('Gas prices in Tbilisi') });
  await expectSaved(first);

  const second = await staffPage(browser, 'admin@newsroom.test', `/admin/articles/${id}`);
  await expect(second.getByLabel('Headline')).not.toHaveValue('');

  await first.getByLabel('Standfirst').fill('The first editor’s standfirst.');
  await expectSaved(first);

  await second.getByLabel('Standfirst').fill('The second editor’s standfirst, written without seeing the first.');
  await expect(second.getByRole('heading', { name: 'Two versions of this article' })).toBeVisible({ timeout: 15_000 });
  await expect(second.getByText(/saved this article while you were editing/)).toBeVisible();
  await expect(second.locator('.conflict .diff-text del').first()).toContainText('first');
  await expect(second.locator('.conflict .diff-text ins').first()).toContainText('second');
  await expect(second.getByLabel('Standfirst')).toHaveValue(
    'The second editor’s standfirst, written without seeing the first.',
  );
  await expect(saveIndicator(second)).toHaveText('Not saved: someone else saved first');

  await second.getByRole('button', { name: 'Keep my version' }).click();
  await expectSaved(second);
  await second.reload();
  await expect(second.getByLabel('Standfirst')).toHaveValue(
    'The second editor’s standfirst, written without seeing the first.',
  );
  await second.context().close();
});

test('a live story keeps its history; a revision restores; a new address redirects from the old one', async ({
  page,
  editor,
}) => {
  test.setTimeout(120_000);
  const headline = uniqueHeadline('Border villages count the cost');
  const { id, slug: oldSlug } = await publishNewArticle(editor, { headline });

  await editor.getByLabel('Headline').fill(`${headline} (corrected)`);
  await expect(saveIndicator(editor)).toHaveText('Unsaved changes: press Update to publish them');
  // A link inside the admin asks before leaving unsaved changes; dismissing it stays here.
  let asked = '';
  editor.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await editor.getByRole('link', { name: '← All articles' }).click();
  await expect.poll(() => asked).toContain('not saved yet');
  await expect(editor).toHaveURL(new RegExp(`/admin/articles/${id}$`));
  await editor.getByLabel('Address').fill(`${oldSlug}-corrected`);
  await editor.getByRole('button', { name: 'Update' }).click();
  await expectSaved(editor);

  const moved = await page.request.get(`/articles/${oldSlug}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(moved.headers().location).toContain(`/articles/${oldSlug}-corrected`);
  await page.goto(`/articles/${oldSlug}-corrected`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${headline} (corrected)`);

  await editor.goto(`/admin/articles/${id}/history`);
  await expect(editor.getByRole('heading', { name: /^Saved / })).toBeVisible();
  await expect(editor.locator('.revision ins').first()).toContainText('(corrected)');
  editor.once('dialog', (dialog) => void dialog.accept());
  await editor
    .locator('.revision', { has: editor.getByRole('heading', { name: /^Published / }) })
    .getByRole('button', { name: 'Restore this version' })
    .click();
  await editor.waitForURL(/restored=1/);
  await expect(editor.getByText('Restored the earlier version.')).toBeVisible();
  await expect(editor.getByLabel('Headline')).toHaveValue(headline);
  await expect
    .poll(
      async () =>
        (await (await page.request.get(`/articles/${oldSlug}-corrected`)).text()).includes('(corrected)</h1>'),
      { timeout: 2_000 },
    )
    .toBe(false);
  await page.goto(`/articles/${oldSlug}-corrected`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
});

test('markup typed into the headline, text, caption and alt text stays inert on the public page', async ({
  page,
  editor,
}) => {
  test.setTimeout(120_000);
  await startArticle(editor);
  const attack = `<img src=x onerror="window.__xss=1">`;
  const headline = uniqueHeadline(`Headline ${attack}<script>window.__xss=2</script>`);
  await writeEssentials(editor, { headline, text: `Body ${attack} <script>window.__xss=3</script>` });
  await editor.getByLabel('Add a lead image').setInputFiles(await jpegFile(800, 500));
  await expect(editor.locator('.lead-image-preview img')).toBeVisible({ timeout: 20_000 });
  await editor
    .getByRole('region', { name: 'Lead image' })
    .getByLabel('Alt text', { exact: true })
    .fill(`" onload="window.__xss=4`);
  await editor
    .getByRole('region', { name: 'Lead image' })
    .getByLabel('Caption', { exact: true })
    .fill(`Caption ${attack}`);
  await expectSaved(editor);
  const slug = await slugOf(editor);

  // A forged body with a script node and a javascript: link is refused whole.
  const call = await captureServerAction(editor, () => editor.getByRole('button', { name: 'Save draft' }).click());
  const forged = call.body.replace(
    /"body":\{.*?\},"sectionId"/,
    '"body":{"type":"doc","content":[{"type":"script","text":"alert(1)"},{"type":"paragraph","content":[{"type":"text","text":"x","marks":[{"type":"link","attrs":{"href":"javascript:alert(1)"}}]}]}]},"sectionId"',
  );
  expect(forged).not.toBe(call.body);
  const refused = await editor.request.post(call.url, {
    headers: call.headers,
    data: forged.replace(/"baseVersion":\d+/, '"baseVersion":999'),
  });
  // Refused by the body's schema (before any version check), naming what it cannot hold.
  expect(await refused.text()).toMatch(/"ok":false.*a body cannot hold/s);

  await editor.reload();
  await editor.getByRole('button', { name: 'Publish now' }).click();
  await expect(editor.getByText(/^Live since /)).toBeVisible();

  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`/articles/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>window.__xss=2</script>');
  await expect(page.locator('.article__body')).toContainText('<script>window.__xss=3</script>');
  await expect(page.locator('.lead-figure figcaption')).toContainText(`Caption ${attack}`);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('article img[onerror], article [onload]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
