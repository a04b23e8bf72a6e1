import { beforeEach, describe, expect, it, vi } from 'vitest';

const saveNewsletter = vi.fn(
  async (): Promise<
    { ok: true; id: number; previousSlug: null } | { ok: false; reason: 'not-found' | 'slug-taken' }
  > => ({
    ok: true,
    id: 4,
    previousSlug: null,
  }),
);
const clearSuppression = vi.fn(async () => true);
const invalidate = vi.fn();
const redirect = vi.fn((url: string) => {
  throw Object.assign(new Error('NEXT_REDIRECT'), { url });
});
vi.mock('next/navigation', () => ({ redirect }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/db/queries/admin-newsletters', () => ({ saveNewsletter, clearSuppression }));
vi.mock('@/lib/cache/invalidate', () => ({ invalidate }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, form, reader, refusedCallers } = await import('@/test/viewer-standin');
const { clearSuppressionAction, createNewsletterAction, updateNewsletterAction } =
  await import('@/features/newsletters/admin-actions');

const typed = {
  name: 'Border Notes',
  slug: '',
  language: 'en',
  description: 'What changed at the crossings.',
  sample: 'A few paragraphs.\r\n\r\nFrom the frontier.',
  senderName: 'Ridgeline’s editors',
  audience: 'members',
  autoSubscribeMembers: 'on',
  days: ['fri', 'tue'],
  time: '09:30',
};

const CHECK = 'Please check the marked fields.';

/** The form as sent with these fields left out (an unticked box sends nothing). */
const without = (fields: typeof typed, ...names: (keyof typeof typed)[]) =>
  Object.fromEntries(Object.entries(fields).filter(([name]) => !names.includes(name as keyof typeof typed)));

beforeEach(() => {
  vi.clearAllMocks();
});

describe.each([
  { name: 'adding a newsletter', act: () => createNewsletterAction(null, form(typed)) },
  { name: 'changing a newsletter', act: () => updateNewsletterAction(null, form({ ...typed, id: '4' })) },
])('$name', ({ act }) => {
  it.each(refusedCallers('contributor'))('refuses $who before writing anything', async ({ viewer, message }) => {
    callAs(viewer);
    expect(await act()).toEqual({ ok: false, message });
    expect(saveNewsletter).not.toHaveBeenCalled();
    expect(invalidate).not.toHaveBeenCalled();
  });
});

describe('newsletters, for an editor', () => {
  beforeEach(() => callAs(reader('editor')));

  it('adds a newsletter with an address made from its name, refreshes the public page, and opens it', async () => {
    await expect(createNewsletterAction(null, form(typed))).rejects.toMatchObject({
      url: '/admin/newsletters/4?created=1',
    });
    expect(saveNewsletter).toHaveBeenCalledWith({
      id: undefined,
      actorId: 'editor-1',
      fields: {
        name: 'Border Notes',
        slug: 'border-notes',
        language: 'en',
        description: 'What changed at the crossings.',
        sample: 'A few paragraphs.\n\nFrom the frontier.',
        senderName: 'Ridgeline’s editors',
        audience: 'members',
        autoSubscribeMembers: true,
        schedule: { days: ['tue', 'fri'], time: '09:30' },
      },
    });
    expect(invalidate).toHaveBeenCalledWith('newsletters');
  });

  it('keeps the language a newsletter is written in, and refuses one the newsroom has no edition for', async () => {
    await updateNewsletterAction(null, form({ ...typed, id: '4', language: 'ru' }));
    expect(saveNewsletter).toHaveBeenCalledWith(
      expect.objectContaining({ fields: expect.objectContaining({ language: 'ru' }) }),
    );
    vi.clearAllMocks();
    expect(await updateNewsletterAction(null, form({ ...typed, id: '4', language: 'hy' }))).toMatchObject({
      ok: false,
      fieldErrors: { language: ['Choose the language it is written in.'] },
    });
    expect(saveNewsletter).not.toHaveBeenCalled();
  });

  it('saves a newsletter with no schedule when no day is ticked and no time given', async () => {
    expect(
      await updateNewsletterAction(
        null,
        form({ ...without(typed, 'days', 'autoSubscribeMembers'), id: '4', time: '' }),
      ),
    ).toEqual({
      ok: true,
      message: 'Saved. The public newsletters page shows the change.',
    });
    expect(saveNewsletter).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 4,
        fields: expect.objectContaining({ schedule: null, autoSubscribeMembers: false }),
      }),
    );
  });

  it('gives a name in another script an address in Latin letters', async () => {
    await expect(createNewsletterAction(null, form({ ...typed, name: 'ახალი ამბები' }))).rejects.toThrow(
      'NEXT_REDIRECT',
    );
    expect(saveNewsletter).toHaveBeenLastCalledWith(
      expect.objectContaining({ fields: expect.objectContaining({ slug: 'akhali-ambebi' }) }),
    );
  });

  it('refuses bad input at each field and saves nothing', async () => {
    expect(
      await updateNewsletterAction(
        null,
        form({ ...typed, id: '4', name: ' ', slug: 'Not A Slug!', senderName: 'Eve <eve@evil.example>', time: '7am' }),
      ),
    ).toEqual({
      ok: false,
      message: CHECK,
      fieldErrors: {
        name: ['Give the newsletter a name.'],
        slug: ['Use lower-case letters, digits and hyphens, like “ridgeline-weekly”.'],
        senderName: ['Use a plain name, without < or >.'],
        time: ['Write the time as hours and minutes on the 24-hour clock, like 07:00 or 17:30.'],
      },
    });
    expect(await createNewsletterAction(null, form({ ...typed, name: 'ახალი ამბები', time: '24:00' }))).toEqual({
      ok: false,
      message: CHECK,
      fieldErrors: { time: ['Write the time as hours and minutes on the 24-hour clock, like 07:00 or 17:30.'] },
    });
    // A name with no letters at all gives no address.
    expect(await createNewsletterAction(null, form({ ...typed, name: '★ ★ ★' }))).toEqual({
      ok: false,
      message: CHECK,
      fieldErrors: {
        slug: [
          'Type an address in Latin letters: none could be made from the name. Use lower-case letters, digits and hyphens, like “ridgeline-weekly”.',
        ],
      },
    });
    expect(await createNewsletterAction(null, form({ ...typed, time: '' }))).toEqual({
      ok: false,
      message: CHECK,
      fieldErrors: { time: ['Say what time it goes out, like 07:00.'] },
    });
    expect(await createNewsletterAction(null, form({ ...typed, name: 'Sign up' }))).toEqual({
      ok: false,
      message: CHECK,
      fieldErrors: { slug: ['/newsletters/sign-up is a page of its own. Choose a different address.'] },
    });
    expect(await createNewsletterAction(null, form(without(typed, 'days')))).toEqual({
      ok: false,
      message: CHECK,
      fieldErrors: { days: ['Tick the days it goes out, or clear the time for a newsletter with no schedule.'] },
    });
    expect(await createNewsletterAction(null, form({ ...typed, days: ['fri', 'someday'], audience: 'vips' }))).toEqual({
      ok: false,
      message: CHECK,
      fieldErrors: { audience: ['Choose who may receive it.'], days: ['Choose days from the week.'] },
    });
    expect(saveNewsletter).not.toHaveBeenCalled();
    expect(invalidate).not.toHaveBeenCalled();
  });

  it('says when the address is taken, naming it, and when the newsletter is gone', async () => {
    saveNewsletter.mockResolvedValueOnce({ ok: false, reason: 'slug-taken' });
    expect(await updateNewsletterAction(null, form({ ...typed, id: '4', slug: 'the-daily-brief' }))).toEqual({
      ok: false,
      message: CHECK,
      fieldErrors: {
        slug: ['Another newsletter already has the address /newsletters/the-daily-brief. Choose a different one.'],
      },
    });
    saveNewsletter.mockResolvedValueOnce({ ok: false, reason: 'not-found' });
    expect(await updateNewsletterAction(null, form({ ...typed, id: '4' }))).toEqual({
      ok: false,
      message: 'This newsletter no longer exists.',
    });
    expect(await updateNewsletterAction(null, form({ ...typed, id: 'x' }))).toEqual({
      ok: false,
      message: 'This newsletter no longer exists.',
    });
    expect(invalidate).not.toHaveBeenCalled();
  });
});

describe('clearing a suppressed address', () => {
  const clear = () => clearSuppressionAction(form({ email: 'gone@example.net', q: 'example' }));

  it.each(refusedCallers('contributor'))('refuses $who before clearing anything', async ({ viewer }) => {
    callAs(viewer);
    await clear();
    expect(clearSuppression).not.toHaveBeenCalled();
    expect(redirect).not.toHaveBeenCalled();
  });

  it('clears it in the editor’s name and goes back to the list saying so', async () => {
    callAs(reader('editor'));
    await expect(clear()).rejects.toMatchObject({
      url: '/admin/newsletters/suppressions?cleared=gone%40example.net&q=example',
    });
    expect(clearSuppression).toHaveBeenCalledWith({ email: 'gone@example.net', actorId: 'editor-1' });
    clearSuppression.mockResolvedValueOnce(false);
    await expect(clear()).rejects.toMatchObject({
      url: '/admin/newsletters/suppressions?gone=gone%40example.net&q=example',
    });
  });
});
