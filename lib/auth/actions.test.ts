import { beforeEach, describe, expect, it, vi } from 'vitest';

const deleteSessionsOfUser = vi.fn();
const signOut = vi.fn();
const redirect = vi.fn((url: string) => {
  throw Object.assign(new Error('NEXT_REDIRECT'), { url });
});
vi.mock('next/navigation', () => ({ redirect }));
vi.mock('@/db/queries/users', () => ({ deleteSessionsOfUser }));
vi.mock('@/lib/auth/auth', () => ({ signOut }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, reader } = await import('@/test/viewer-standin');
const { signOutAction, signOutEverywhereAction } = await import('@/lib/auth/actions');

beforeEach(() => {
  vi.clearAllMocks();
});

describe('signing out', () => {
  it('ends this session and goes home', async () => {
    callAs(reader());
    await expect(signOutAction(new FormData())).rejects.toMatchObject({ url: '/' });
    expect(signOut).toHaveBeenCalledWith({ redirect: false });
  });

  it('ends every session of the reader who asks, and no one else’s', async () => {
    callAs(reader());
    await expect(signOutEverywhereAction(new FormData())).rejects.toMatchObject({ url: '/' });
    expect(deleteSessionsOfUser).toHaveBeenCalledWith({ userId: 'reader-1' });
  });

  it('deletes no sessions for an anonymous visitor', async () => {
    callAs({ kind: 'anonymous' });
    await expect(signOutEverywhereAction(new FormData())).rejects.toMatchObject({ url: '/' });
    expect(deleteSessionsOfUser).not.toHaveBeenCalled();
  });
});
