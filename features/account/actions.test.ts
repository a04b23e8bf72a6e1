import { beforeEach, describe, expect, it, vi } from 'vitest';

const updateUserName = vi.fn();
const deleteAccount = vi.fn(
  async (): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'last-admin' | 'payments-not-stopped' }> => ({
    ok: true,
  }),
);
const signOut = vi.fn();
const redirect = vi.fn((url: string) => {
  throw Object.assign(new Error('NEXT_REDIRECT'), { url });
});
const revalidatePath = vi.fn();
vi.mock('next/cache', () => ({ revalidatePath }));
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

describe('the account forms in the Russian edition', () => {
  it('refuses a long name in Russian, and saves one revalidating the Russian account page', async () => {
    callAs(reader());
    expect(await updateNameAction(null, form({ name: 'x'.repeat(81), locale: 'ru' }))).toEqual({
      ok: false,
      fieldErrors: { name: ['Имя должно быть короче 80 символов.'] },
    });
    expect(await updateNameAction(null, form({ name: 'Ана', locale: 'ru' }))).toEqual({ ok: true });
    expect(revalidatePath.mock.calls).toEqual([['/ru/account']]);
  });

  it('asks for the address in Russian, says each refusal in Russian, and goes to the Russian front page', async () => {
    callAs(reader());
    expect(await deleteAccountAction(null, form({ confirm: 'someone@example.org', locale: 'ru' }))).toEqual({
      ok: false,
      fieldErrors: { confirm: ['Для подтверждения введите адрес электронной почты точно так, как он указан.'] },
    });
    deleteAccount.mockResolvedValueOnce({ ok: false, reason: 'payments-not-stopped' });
    expect(await deleteAccountAction(null, form({ confirm: 'reader@example.org', locale: 'ru' }))).toEqual({
      ok: false,
      message:
        'Не удалось связаться с платёжной системой, чтобы остановить платежи за участие, поэтому учётная запись не удалена. Попробуйте ещё раз через несколько минут.',
    });
    deleteAccount.mockResolvedValueOnce({ ok: false, reason: 'last-admin' });
    expect(await deleteAccountAction(null, form({ confirm: 'reader@example.org', locale: 'ru' }))).toMatchObject({
      message: expect.stringMatching(/^Вы единственный администратор редакции/),
    });
    expect(signOut).not.toHaveBeenCalled();
    await expect(
      deleteAccountAction(null, form({ confirm: 'reader@example.org', locale: 'ru' })),
    ).rejects.toMatchObject({
      url: '/ru?account=deleted',
    });
    expect(signOut).toHaveBeenCalled();
  });

  it('answers in English when the form names no edition it knows', async () => {
    callAs(reader());
    deleteAccount.mockResolvedValueOnce({ ok: false, reason: 'not-found' });
    expect(await deleteAccountAction(null, form({ confirm: 'reader@example.org', locale: 'xx' }))).toEqual({
      ok: false,
      message: 'Your account has already been deleted.',
    });
  });
});
