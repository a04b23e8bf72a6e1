import { beforeEach, describe, expect, it, vi } from 'vitest';

const saveAuthor = vi.fn(
  async (): Promise<{ ok: true; id: number } | { ok: false; reason: 'not-found' | 'slug-taken' }> => ({
    ok: true,
    id: 9,
  }),
);
const redirect = vi.fn((url: string) => {
  throw Object.assign(new Error('NEXT_REDIRECT'), { url });
});
vi.mock('next/navigation', () => ({ redirect }));
vi.mock('@/db/queries/admin-authors', () => ({ saveAuthor }));
vi.mock('@/lib/cache/invalidate', () => ({ invalidate: vi.fn() }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, form, reader, refusedCallers } = await import('@/test/viewer-standin');
const { createAuthorAction, updateAuthorAction } = await import('@/features/authors/actions');

const fields = { name: 'Ana Beridze', slug: '', role: 'Tbilisi correspondent', bio: 'One.\r\n\r\nTwo.', photoUrl: '' };

beforeEach(() => {
  vi.clearAllMocks();
});

describe.each([
  { name: 'adding an author', act: () => createAuthorAction(null, form(fields)) },
  { name: 'changing an author', act: () => updateAuthorAction(null, form({ ...fields, id: '9' })) },
])('$name', ({ act }) => {
  it.each(refusedCallers('contributor'))('refuses $who before writing anything', async ({ viewer, message }) => {
    callAs(viewer);
    expect(await act()).toEqual({ ok: false, message });
    expect(saveAuthor).not.toHaveBeenCalled();
  });
});

describe('authors, for an editor', () => {
  beforeEach(() => callAs(reader('editor')));

  it('adds an author with an address made from the name, and opens them', async () => {
    await expect(createAuthorAction(null, form(fields))).rejects.toMatchObject({ url: '/admin/authors/9?created=1' });
    expect(saveAuthor).toHaveBeenCalledWith({
      name: 'Ana Beridze',
      slug: 'ana-beridze',
      role: 'Tbilisi correspondent',
      bio: 'One.\n\nTwo.',
      photoUrl: null,
      translations: { ru: {} },
    });
  });

  it('keeps the author’s name, role and bio in the Russian edition, and what is left empty falls back', async () => {
    await updateAuthorAction(
      null,
      form({ ...fields, id: '9', name_ru: ' Ана Беридзе ', role_ru: 'корреспондент в Тбилиси', bio_ru: '' }),
    );
    expect(saveAuthor).toHaveBeenCalledWith(
      expect.objectContaining({ translations: { ru: { name: 'Ана Беридзе', role: 'корреспондент в Тбилиси' } } }),
    );
  });

  it('saves changes to an author', async () => {
    expect(await updateAuthorAction(null, form({ ...fields, id: '9' }))).toEqual({
      ok: true,
      message: 'Saved. The author’s page and bylines show the change.',
    });
    expect(saveAuthor).toHaveBeenCalledWith(expect.objectContaining({ id: 9 }));
  });

  it('refuses a photo from elsewhere and an address that is taken, at their fields', async () => {
    expect(
      await updateAuthorAction(null, form({ ...fields, id: '9', photoUrl: 'https://evil.example/x.png' })),
    ).toEqual({
      ok: false,
      message: 'Please check the marked fields.',
      fieldErrors: { photoUrl: ['Upload the photo again: that address is not one of ours.'] },
      // The other editions' fields as typed (none were, here).
      values: {},
    });
    saveAuthor.mockResolvedValueOnce({ ok: false, reason: 'slug-taken' });
    expect(await updateAuthorAction(null, form({ ...fields, id: '9' }))).toEqual({
      ok: false,
      message: 'Please check the marked fields.',
      fieldErrors: { slug: ['Another author already has the address /authors/ana-beridze. Choose a different one.'] },
      values: { name_ru: '', role_ru: '', bio_ru: '' },
    });
  });

  it('says an author that is not there no longer exists', async () => {
    expect(await updateAuthorAction(null, form({ ...fields, id: 'x' }))).toEqual({
      ok: false,
      message: 'This author no longer exists.',
    });
    expect(saveAuthor).not.toHaveBeenCalled();
  });
});
