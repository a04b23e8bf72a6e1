import { beforeEach, describe, expect, it, vi } from 'vitest';

const revalidatePath = vi.fn();
const setArticleSaved = vi.fn();
vi.mock('next/cache', () => ({ revalidatePath }));
vi.mock('@/db/queries/saved', () => ({ setArticleSaved }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, form, reader } = await import('@/test/viewer-standin');
const { toggleSavedAction } = await import('@/features/account/saved-actions');

const member = reader('reader', {
  userId: 'u1',
  membership: { status: 'active', pastDueSince: null, pausedUntil: null },
});

describe('saving a story', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('revalidates only the saved list, in each edition, never a path the client names', async () => {
    callAs(member);
    await toggleSavedAction(form({ articleId: '7', saved: 'true', path: '/' }));
    expect(setArticleSaved).toHaveBeenCalledWith({ userId: 'u1', articleId: 7, saved: true });
    expect(revalidatePath.mock.calls).toEqual([['/account/saved'], ['/ru/account/saved']]);
  });

  it.each([
    { who: 'an anonymous visitor', viewer: { kind: 'anonymous' as const } },
    { who: 'a signed-in reader who is not a member', viewer: reader('reader') },
    { who: 'an editor who is not a member', viewer: reader('editor') },
  ])('saves nothing for $who', async ({ viewer }) => {
    callAs(viewer);
    await toggleSavedAction(form({ articleId: '7', saved: 'true' }));
    expect(setArticleSaved).not.toHaveBeenCalled();
  });
});
