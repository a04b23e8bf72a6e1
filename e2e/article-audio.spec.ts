import { expect as baseExpect, type Browser } from '@playwright/test';
import { silentMp3 } from '../lib/content/demo-recording';
import { freshReader, newReaderContext, signedInContext, staffContext } from './fixtures/accounts';
import { expect, publishNewArticle, test, uniqueHeadline } from './fixtures/articles';
import { joinAsMember, screenshots } from './fixtures/membership-account';

/**
 * Audio versions (#13): an editor attaches a recording to a story; members get a player above
 * the text and the file in ranges; everyone else reads that a recording exists for members,
 * never gets its address in the page, and is refused the file.
 */

const NOT_AUDIO = 'That file is not an MP3 or M4A recording. Export the recording as MP3 or M4A (AAC) and try again.';

async function anonymousPage(browser: Browser, path: string) {
  const context = await newReaderContext(browser, freshReader().ip);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test('an editor attaches a recording; members play it above the text, everyone else is told it exists and refused the file', async ({
  browser,
  editor,
  request,
}) => {
  test.setTimeout(240_000);
  const headline = uniqueHeadline('Listening to the Lesser Caucasus');
  const { slug } = await publishNewArticle(editor, { headline });
  const panel = editor.getByRole('region', { name: 'Audio version' });
  const picker = panel.getByLabel('Attach a recording');

  // A PNG named .mp3 is refused at the field, by its content; the story as typed is untouched.
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  await picker.setInputFiles({ name: 'interview.mp3', mimeType: 'audio/mpeg', buffer: png });
  await expect(panel.getByRole('alert')).toHaveText(NOT_AUDIO);
  await expect(picker).toHaveAttribute('aria-describedby', /recording-file-error/);
  await expect(editor.getByLabel('Headline')).toHaveValue(headline);

  await picker.setInputFiles({
    name: 'lesser-caucasus.mp3',
    mimeType: 'audio/mpeg',
    buffer: silentMp3({ seconds: 12 * 60, id3: true }),
  });
  await expect(panel.getByRole('status')).toHaveText(
    'Attached lesser-caucasus.mp3 (12 min · MP3 · 0.7 MB). Members hear it on the story’s page now.',
  );
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByLabel('Replace the recording')).toBeAttached();
  await expect(panel.getByText('12 min · MP3 · 0.7 MB', { exact: true })).toBeVisible();
  await screenshots(editor, 'audio-editor-field', panel);
  const src = await panel.locator('audio').getAttribute('src');
  baseExpect(src).toMatch(/^\/media\/audio\/[A-Za-z0-9_-]{16}\.mp3$/);

  // Anonymous: the quiet line, no address in the page or its RSC payload, and 403 for the file.
  const anonymous = await anonymousPage(browser, `/articles/${slug}`);
  const note = anonymous.getByText('This story has an audio version for members (12 min).');
  await expect(note).toBeVisible();
  await expect(note.getByRole('link', { name: 'Become a member' })).toHaveAttribute('href', '/membership');
  await expect(anonymous.locator('audio')).toHaveCount(0);
  const html = await (await request.get(`/articles/${slug}`)).text();
  const rsc = await (await request.get(`/articles/${slug}`, { headers: { RSC: '1' } })).text();
  baseExpect(html).toContain('audio version for members');
  baseExpect(html).not.toContain('/media/audio/');
  baseExpect(rsc).not.toContain('/media/audio/');
  await screenshots(anonymous, 'audio-anonymous-note', anonymous.locator('.recording-note'));
  const refused = await request.get(src!);
  baseExpect(refused.status()).toBe(403);
  baseExpect(refused.headers()['set-cookie']).toBeUndefined();
  await anonymous.context().close();

  // A signed-in reader who is not a member is refused too, and sees the same line.
  const { context, page: member, email } = await signedInContext(browser, 'listener');
  await member.goto(`/articles/${slug}`);
  await expect(member.getByText('This story has an audio version for members (12 min).')).toBeVisible();
  baseExpect((await member.request.get(src!)).status()).toBe(403);

  // A member: the player above the text, with its length, fetching nothing until pressed.
  await joinAsMember(member, email);
  await member.goto(`/articles/${slug}`);
  const recording = member.getByRole('figure', { name: 'Listen · 12 min' });
  await expect(recording).toBeVisible();
  const player = recording.locator('audio');
  await expect(player).toHaveAttribute('preload', 'none');
  await expect(player).toHaveAttribute('controls', '');
  await expect(player).toHaveAttribute('src', src!);
  const [playerBox, bodyBox] = await Promise.all([
    player.boundingBox(),
    member.locator('.article__body').boundingBox(),
  ]);
  baseExpect(playerBox!.y).toBeLessThan(bodyBox!.y);

  const whole = await member.request.get(src!);
  baseExpect(whole.status()).toBe(200);
  baseExpect(whole.headers()['content-type']).toBe('audio/mpeg');
  baseExpect(whole.headers()['cache-control']).toMatch(/^private/);
  baseExpect(whole.headers()['set-cookie']).toBeUndefined();
  const size = (await whole.body()).length;
  const part = await member.request.get(src!, { headers: { Range: 'bytes=1000-1999' } });
  baseExpect(part.status()).toBe(206);
  baseExpect(part.headers()['content-range']).toBe(`bytes 1000-1999/${size}`);
  baseExpect((await part.body()).length).toBe(1000);

  // The browser's own player reads it: its length, once asked to load.
  await player.evaluate((audio: HTMLAudioElement) => {
    audio.preload = 'metadata';
    audio.load();
  });
  await expect
    .poll(() => player.evaluate((audio: HTMLAudioElement) => Math.round(audio.duration)), { timeout: 15_000 })
    .toBe(720);
  await screenshots(member, 'audio-member-player', recording);

  // Removing it takes the player off the page at once.
  await panel.getByRole('button', { name: 'Remove recording' }).click();
  await expect(panel.getByRole('status')).toHaveText('Removed the recording.');
  await member.goto(`/articles/${slug}`);
  await expect(member.locator('audio')).toHaveCount(0);
  await expect(member.getByText(/audio version/)).toHaveCount(0);
  baseExpect((await member.request.get(src!)).status()).toBe(404);
  await context.close();
});

test('a contributor cannot attach a recording to a published story, and nobody can without a session', async ({
  browser,
  editor,
  request,
}) => {
  const { id } = await publishNewArticle(editor, { headline: uniqueHeadline('A story for editors only') });
  const mp3 = silentMp3({ seconds: 5 });
  baseExpect((await request.put(`/admin/uploads/audio/${id}`, { data: mp3 })).status()).toBe(401);
  const contributor = await staffContext(browser, 'contributor@newsroom.test');
  try {
    const refused = await contributor.request.put(`/admin/uploads/audio/${id}`, { data: mp3 });
    baseExpect(refused.status()).toBe(403);
    baseExpect(await refused.json()).toEqual({ error: 'Your account is not allowed to change this article.' });
    baseExpect((await contributor.request.delete(`/admin/uploads/audio/${id}`)).status()).toBe(403);
  } finally {
    await contributor.close();
  }
});
