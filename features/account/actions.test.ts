import { beforeEach, describe, expect, it, vi } from 'vitest';

const updateUserName = vi.fn();
const deleteAccount = vi.fn(async () => ({ ok: true as const }));
const signOut = vi.fn();
const redirect = vi.fn((url: string) => {
  throw Object.assign(new Error('NEXT_REDIRECT'), { url });
});
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({ redirect }));
vi.mock('@/db/queries/users', () => ({ updateUserName }));
vi.mock('@/lib/auth/auth', () => ({ signOut }));
vi.mock('@/lib/membership/account-deletion', () => ({ deleteAccount }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, form, reader } = await import('@/test/viewer-standin');
const { deleteAccountAction, updateNameAction } = await import('@/features/account/actions');

beforeEach(() => {
  vi.clearAllMocks();
});

describe.each([
  {
    name: 'changing the display name',
    act: () => updateNameAction(null, form({ name: 'Ana' })),
    write: updateUserName,
  },
  {
    name: 'deleting the account',
    act: () => deleteAccountAction(null, form({ confirm: 'reader@example.org' })),
    write: deleteAccount,
  },
])('$name', ({ act, write }) => {
  it('refuses an anonymous visitor before writing anything', async () => {
    callAs({ kind: 'anonymous' });
    expect(await act()).toEqual({ ok: false, message: 'Please sign in first.' });
    expect(write).not.toHaveBeenCalled();
  });
});

describe('the account forms', () => {
  it('saves a trimmed name, and an empty one as none', async () => {
    callAs(reader());
    expect(await updateNameAction(null, form({ name: '  Ana  ' }))).toEqual({ ok: true });
    await updateNameAction(null, form({ name: ' ' }));
    expect(updateUserName.mock.calls).toEqual([
      [{ userId: 'reader-1', name: 'Ana' }],
      [{ userId: 'reader-1', name: null }],
    ]);
  });

  it('refuses a name over 80 characters at its field', async () => {
    callAs(reader());
    expect(await updateNameAction(null, form({ name: 'x'.repeat(81) }))).toEqual({
      ok: false,
      fieldErrors: { name: ['Please keep your name under 80 characters.'] },
    });
    expect(updateUserName).not.toHaveBeenCalled();
  });

  it('deletes the account only when the email is typed, then signs out and goes home', async () => {
    callAs(reader());
    expect(await deleteAccountAction(null, form({ confirm: 'someone@example.org' }))).toEqual({
      ok: false,
      fieldErrors: { confirm: ['Type your email address exactly as shown to confirm.'] },
    });
    expect(deleteAccount).not.toHaveBeenCalled();
    await expect(deleteAccountAction(null, form({ confirm: ' READER@example.org ' }))).rejects.toMatchObject({
      url: '/?account=deleted',
    });
    expect(deleteAccount).toHaveBeenCalledWith({ userId: 'reader-1' });
    expect(signOut).toHaveBeenCalled();
  });
});
