import { beforeEach, describe, expect, it, vi } from 'vitest';

const revalidatePath = vi.fn();
const setArticleSaved = vi.fn();
vi.mock('next/cache', () => ({ revalidatePath }));
vi.mock('@/db/queries/saved', () => ({ setArticleSaved }));
vi.mock('@/lib/auth/viewer', () => ({
  authorize: async () => ({
    ok: true,
    viewer: { kind: 'reader', userId: 'u1', email: 'm@example.org', role: 'reader', name: null, membership: { status: 'active', pastDueSince: null }, complimentaryUntil: null },
  }),
}));

const { toggleSavedAction } = await import('@/features/account/saved-actions');

describe('saving a story', () => {
  beforeEach(() => revalidatePath.mockClear());

  it('revalidates only the saved list, never a path the client names', async () => {
    const form = new FormData();
    form.set('articleId', '7');
    form.set('saved', 'true');
    form.set('path', '/');
    await toggleSavedAction(form);
    expect(setArticleSaved).toHaveBeenCalledWith({ userId: 'u1', articleId: 7, saved: true });
    expect(revalidatePath.mock.calls).toEqual([['/account/saved']]);
  });
});
