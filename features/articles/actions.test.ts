import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditableArticle } from '@/db/queries/admin-articles';

const draft = {
  id: 4,
  status: 'draft',
  version: 2,
  slug: 'budget',
  publishedAt: null,
  editedAt: new Date(),
  editedBy: null,
  createdById: 'contributor-1',
  submittedAt: null,
  snapshot: {},
} as unknown as EditableArticle;
const getArticleForEdit = vi.fn(async (): Promise<EditableArticle | null> => draft);
const writeArticle = vi.fn();
const createDraftArticle = vi.fn(async () => 12);
const redirect = vi.fn((url: string) => {
  throw Object.assign(new Error('NEXT_REDIRECT'), { url });
});
const forbidden = vi.fn(() => {
  throw new Error('NEXT_HTTP_ERROR_FALLBACK;403');
});
vi.mock('next/navigation', () => ({ forbidden, redirect }));
vi.mock('@/db/queries/admin-articles', () => ({ createDraftArticle, getArticleForEdit }));
vi.mock('./service', () => ({ writeArticle }));
const queueTestSend = vi.fn(async () => {});
vi.mock('@/lib/newsletters/sending', () => ({ queueTestSend }));
vi.mock('@/lib/cache/invalidate', () => ({ articleTags: () => [], invalidate: vi.fn() }));
vi.mock('@/lib/newsroom', () => ({ getNewsroom: () => ({ timeZone: 'UTC' }) }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, form, reader, refusedCallers } = await import('@/test/viewer-standin');
const { createArticleAction, restoreRevisionAction, saveArticleAction, sendTestIssueAction } =
  await import('@/features/articles/actions');

beforeEach(() => {
  vi.clearAllMocks();
});

describe.each([
  { name: 'saving an article', act: () => saveArticleAction({ id: 4, baseVersion: 2, intent: 'save', snapshot: {} }) },
  { name: 'restoring a revision', act: () => restoreRevisionAction({ id: 4, baseVersion: 2, revisionId: 1 }) },
])('$name', ({ act }) => {
  it.each(refusedCallers('reader'))(
    'refuses $who before reading or writing the article',
    async ({ viewer, message }) => {
      callAs(viewer);
      expect(await act()).toEqual({ ok: false, message });
      expect(getArticleForEdit).not.toHaveBeenCalled();
      expect(writeArticle).not.toHaveBeenCalled();
    },
  );
});

describe('the newsroom’s articles', () => {
  it.each(['publish', 'schedule', 'unpublish'])('refuses to let a contributor %s, before writing', async (intent) => {
    callAs(reader('contributor'));
    expect(await saveArticleAction({ id: 4, baseVersion: 2, intent, snapshot: {} })).toEqual({
      ok: false,
      message: 'Only editors can publish, schedule or unpublish. Submit the story for review instead.',
    });
    expect(writeArticle).not.toHaveBeenCalled();
  });

  it('refuses a contributor another contributor’s draft', async () => {
    callAs(reader('contributor', { userId: 'someone-else' }));
    expect(await restoreRevisionAction({ id: 4, baseVersion: 2, revisionId: 1 })).toEqual({
      ok: false,
      message: 'Contributors can edit only the drafts they started.',
    });
    expect(writeArticle).not.toHaveBeenCalled();
  });

  it('does not understand a request of the wrong shape', async () => {
    callAs(reader('editor'));
    expect(await saveArticleAction({ id: 'four' })).toEqual({
      ok: false,
      message: 'That request was not understood. Reload the page and try again.',
    });
  });

  it('hands a conflict’s versions to the editor', async () => {
    callAs(reader('editor'));
    const theirs = { version: 3, editedAt: new Date('2026-01-01T10:00:00Z'), editedBy: 'Nino', snapshot: {} };
    writeArticle.mockResolvedValueOnce({ ok: false, reason: 'conflict', theirs, changes: [] });
    expect(await restoreRevisionAction({ id: 4, baseVersion: 2, revisionId: 1 })).toEqual({
      ok: false,
      message:
        'Nino saved this article while you were editing. Your changes are not saved yet: compare the two versions, then keep yours or take theirs.',
      data: { theirs: { ...theirs, editedAt: '2026-01-01T10:00:00.000Z' }, changes: [] },
    });
  });

  it('sends an anonymous visitor who starts a draft to sign in, and a reader to a 403, creating nothing', async () => {
    callAs({ kind: 'anonymous' });
    await expect(createArticleAction(new FormData())).rejects.toMatchObject({
      url: '/signin?callbackUrl=/admin/articles',
    });
    callAs(reader('reader'));
    await expect(createArticleAction(new FormData())).rejects.toThrow('403');
    expect(createDraftArticle).not.toHaveBeenCalled();
  });

  it('opens a contributor’s new draft in the editor', async () => {
    callAs(reader('contributor'));
    await expect(createArticleAction(new FormData())).rejects.toMatchObject({ url: '/admin/articles/12' });
    expect(createDraftArticle).toHaveBeenCalledWith({ userId: 'contributor-1', language: 'en' });
  });

  it('starts it in the language the form names, and in the default one for a language it does not know', async () => {
    callAs(reader('editor'));
    await expect(createArticleAction(form({ language: 'ru' }))).rejects.toMatchObject({ url: '/admin/articles/12' });
    expect(createDraftArticle).toHaveBeenLastCalledWith({ userId: 'editor-1', language: 'ru' });
    await expect(createArticleAction(form({ language: 'xx' }))).rejects.toMatchObject({ url: '/admin/articles/12' });
    expect(createDraftArticle).toHaveBeenLastCalledWith({ userId: 'editor-1', language: 'en' });
  });
});

describe('sending a test of an issue', () => {
  const test = (fields: Record<string, string> = { id: '4', version: 'free' }) =>
    sendTestIssueAction(null, form(fields));

  it.each(refusedCallers('reader'))('refuses $who before reading the article', async ({ viewer, message }) => {
    callAs(viewer);
    expect(await test()).toEqual({ ok: false, message });
    expect(getArticleForEdit).not.toHaveBeenCalled();
    expect(queueTestSend).not.toHaveBeenCalled();
  });

  it('refuses a contributor a test of someone else’s draft', async () => {
    callAs(reader('contributor', { userId: 'someone-else' }));
    expect(await test()).toMatchObject({ ok: false });
    expect(queueTestSend).not.toHaveBeenCalled();
  });

  it('asks for a newsletter first when the story has none', async () => {
    callAs(reader('editor'));
    getArticleForEdit.mockResolvedValueOnce({
      ...draft,
      snapshot: { newsletterId: null },
    } as unknown as EditableArticle);
    expect(await test()).toMatchObject({ ok: false, message: expect.stringContaining('Choose a newsletter') });
    expect(queueTestSend).not.toHaveBeenCalled();
  });

  it('queues the version asked for, to the caller’s own address only', async () => {
    callAs(reader('editor'));
    getArticleForEdit.mockResolvedValueOnce({ ...draft, snapshot: { newsletterId: 2 } } as unknown as EditableArticle);
    expect(await test({ id: '4', version: 'free', userId: 'someone-else' })).toEqual({
      ok: true,
      message: 'A test is on its way to editor@example.org.',
    });
    expect(queueTestSend).toHaveBeenCalledWith({ articleId: 4, newsletterId: 2, userId: 'editor-1', version: 'free' });
  });

  it('does not understand a version that is not one', async () => {
    callAs(reader('editor'));
    expect(await test({ id: '4', version: 'vip' })).toMatchObject({ ok: false });
    expect(queueTestSend).not.toHaveBeenCalled();
  });
});
