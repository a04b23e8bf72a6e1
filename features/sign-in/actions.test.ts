import { beforeEach, describe, expect, it, vi } from 'vitest';

const requestSignInEmail = vi.fn(async () => ({ ok: true as const, browserNonce: 'nonce' }));
const signInWithCode = vi.fn(async (): Promise<{ error: 'wrong'; attemptsLeft: number } | { callbackUrl: string }> => ({
  error: 'wrong',
  attemptsLeft: 1,
}));
const signInWithLink = vi.fn(async (): Promise<{ error: 'used' } | { callbackUrl: string }> => ({ error: 'used' }));
const jar = { get: vi.fn((): { value: string } | undefined => ({ value: 'nonce' })), set: vi.fn(), delete: vi.fn() };
const redirect = vi.fn((url: string) => {
  throw Object.assign(new Error('NEXT_REDIRECT'), { url });
});
vi.mock('next/navigation', () => ({ redirect }));
vi.mock('next/headers', () => ({ cookies: async () => jar }));
vi.mock('@/lib/auth/request-ip', () => ({ requestIp: async () => '127.0.0.1' }));
vi.mock('@/lib/auth/start-session', () => ({ PENDING_SIGN_IN_COOKIE: 'pending', setSessionCookie: vi.fn() }));
vi.mock('@/lib/auth/sign-in', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/sign-in')>()),
  requestSignInEmail,
  signInWithCode,
  signInWithLink,
}));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, form } = await import('@/test/viewer-standin');
const { confirmLinkAction, requestSignInAction, verifyCodeAction } = await import('@/features/sign-in/actions');

beforeEach(() => {
  vi.clearAllMocks();
  callAs({ kind: 'anonymous' });
});

describe('signing in, which anyone may ask for', () => {
  it('sends no email to an address that is not one, and keeps what was typed', async () => {
    const result = await requestSignInAction(null, form({ email: 'not an address', callbackUrl: '/account' }));
    expect(result).toMatchObject({ ok: false, values: { email: 'not an address' } });
    expect(result.fieldErrors?.email?.length).toBeGreaterThan(0);
    expect(requestSignInEmail).not.toHaveBeenCalled();
  });

  it('emails a valid address and goes on to the code, never to another site', async () => {
    await expect(
      requestSignInAction(null, form({ email: ' Ana@Example.org ', callbackUrl: 'https://evil.example/' })),
    ).rejects.toMatchObject({ url: '/signin/code?callbackUrl=%2F' });
    expect(requestSignInEmail).toHaveBeenCalledWith({
      email: 'ana@example.org',
      ip: '127.0.0.1',
      callbackUrl: '/',
      locale: 'en',
    });
  });

  it('signs in from the Russian edition in Russian: its code page, and the mail asked for in Russian', async () => {
    await expect(
      requestSignInAction(null, form({ email: 'ana@example.org', callbackUrl: '/ru/articles/x', locale: 'ru' })),
    ).rejects.toMatchObject({ url: '/ru/signin/code?callbackUrl=%2Fru%2Farticles%2Fx' });
    expect(requestSignInEmail).toHaveBeenLastCalledWith(expect.objectContaining({ locale: 'ru' }));
    const refused = await requestSignInAction(null, form({ email: 'not an address', locale: 'ru' }));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { email: ['Введите действующий адрес электронной почты, например name@example.org.'] },
    });
  });

  it('sends a sign-in whose form carries no callback back home afterwards', async () => {
    await expect(requestSignInAction(null, form({ email: 'ana@example.org' }))).rejects.toMatchObject({
      url: '/signin/code?callbackUrl=%2F',
    });
    expect(await verifyCodeAction(null, form({}))).toEqual({
      ok: false,
      fieldErrors: { code: ['The code is the six digits in the email.'] },
      values: { code: '' },
    });
  });

  it('says a sign-in without its browser cookie has timed out, whatever was typed', async () => {
    jar.get.mockReturnValueOnce(undefined);
    expect(await verifyCodeAction(null, form({ code: 'x' }))).toEqual({
      ok: false,
      message: 'This sign-in has timed out. Please ask for a new email.',
    });
    expect(signInWithCode).not.toHaveBeenCalled();
  });

  it('checks a code only when it is six digits, and says how many tries are left', async () => {
    expect(await verifyCodeAction(null, form({ code: '12a' }))).toEqual({
      ok: false,
      fieldErrors: { code: ['The code is the six digits in the email.'] },
      values: { code: '12a' },
    });
    expect(signInWithCode).not.toHaveBeenCalled();
    expect(await verifyCodeAction(null, form({ code: '123 456' }))).toEqual({
      ok: false,
      fieldErrors: { code: ['That code is not right. 1 try left.'] },
      values: { code: '123456' },
    });
  });

  it('says a used link has been used', async () => {
    expect(await confirmLinkAction(null, form({ token: 't' }))).toEqual({
      ok: false,
      message: 'This link has already been used. Each link works once: please ask for a new one.',
    });
  });
});
