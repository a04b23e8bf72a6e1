import { beforeEach, describe, expect, it, vi } from 'vitest';

const createCheckout = vi.fn(async () => 'https://checkout.example/session');
const createPortal = vi.fn(async () => 'https://billing.example/portal');
const hasLiveMembership = vi.fn(async () => false);
const redirect = vi.fn((url: string) => {
  throw Object.assign(new Error('NEXT_REDIRECT'), { url });
});
vi.mock('next/navigation', () => ({ redirect }));
vi.mock('@/lib/membership/checkout', () => ({ createCheckout, createPortal, hasLiveMembership }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, form, reader } = await import('@/test/viewer-standin');
const { openPortalAction, startCheckoutAction } = await import('@/features/checkout/actions');

beforeEach(() => {
  vi.clearAllMocks();
});

describe('joining', () => {
  it('refuses an anonymous visitor before opening a checkout', async () => {
    callAs({ kind: 'anonymous' });
    expect(await startCheckoutAction(null, form({ tier: 'supporter', interval: 'month' }))).toEqual({
      ok: false,
      message: 'Please sign in first.',
    });
    expect(createCheckout).not.toHaveBeenCalled();
    expect(createPortal).not.toHaveBeenCalled();
  });

  it('sends a signed-in reader to Stripe Checkout, with the join page’s address carrying their choice', async () => {
    callAs(reader());
    await expect(
      startCheckoutAction(
        null,
        form({ tier: 'custom', interval: 'month', amount: '12', from: 'a-story', $ACTION_ID_x: '' }),
      ),
    ).rejects.toMatchObject({
      url: 'https://checkout.example/session',
    });
    expect(createCheckout).toHaveBeenCalledWith(
      expect.objectContaining({ userId: 'reader-1' }),
      expect.anything(),
      { from: 'a-story', placement: null },
      '/membership/join?tier=custom&interval=month&amount=12&from=a-story',
      'en',
    );
  });

  it('says so when the payment provider cannot be reached', async () => {
    callAs(reader());
    createCheckout.mockRejectedValueOnce(new Error('down'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    expect(await startCheckoutAction(null, form({ tier: 'custom', interval: 'month', amount: '12' }))).toEqual({
      ok: false,
      message: 'We could not reach our payment provider. Nothing was charged; please try again in a minute.',
    });
  });

  it('sends an anonymous visitor who asks for the billing portal to sign in, and opens nothing', async () => {
    callAs({ kind: 'anonymous' });
    await expect(openPortalAction(new FormData())).rejects.toMatchObject({ url: '/signin?callbackUrl=/account' });
    expect(createPortal).not.toHaveBeenCalled();
  });

  it('opens the billing portal for a signed-in reader', async () => {
    callAs(reader());
    await expect(openPortalAction(new FormData())).rejects.toMatchObject({ url: 'https://billing.example/portal' });
  });
});

/** Intl writes a no-break space between a sum and its sign: compared as a plain space. */
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('joining from the Russian edition', () => {
  it('refuses in Russian: not signed in, no membership chosen, too little and too much', async () => {
    callAs({ kind: 'anonymous' });
    expect(await startCheckoutAction(null, form({ locale: 'ru', tier: 'member', interval: 'month' }))).toEqual({
      ok: false,
      message: 'Сначала войдите в учётную запись.',
    });
    callAs(reader());
    const refusal = async (fields: Record<string, string>) =>
      plain((await startCheckoutAction(null, form({ locale: 'ru', ...fields }))).message ?? '');
    expect(await refusal({ tier: 'gold' })).toBe('Выберите вариант участия.');
    expect(await refusal({ tier: 'custom', amount: '1' })).toBe('Выберите сумму не меньше 3 $ в месяц.');
    expect(await refusal({ tier: 'custom', amount: '5000' })).toBe(
      'Если хотите поддерживать нас суммой больше 1 000 $ в месяц, напишите нам.',
    );
    expect(createCheckout).not.toHaveBeenCalled();
  });

  it('keeps the English refusals in English', async () => {
    callAs(reader());
    expect(await startCheckoutAction(null, form({ tier: 'custom', interval: 'month', amount: '1' }))).toEqual({
      ok: false,
      message: 'Please choose at least $3 a month.',
    });
    expect(await startCheckoutAction(null, form({ tier: 'gold' }))).toEqual({
      ok: false,
      message: 'Please choose a membership.',
    });
  });

  it('opens Checkout in Russian, and says in Russian when it cannot', async () => {
    callAs(reader());
    await expect(
      startCheckoutAction(null, form({ locale: 'ru', tier: 'member', interval: 'year' })),
    ).rejects.toMatchObject({ url: 'https://checkout.example/session' });
    expect(createCheckout).toHaveBeenCalledWith(
      expect.objectContaining({ userId: 'reader-1' }),
      expect.anything(),
      { from: null, placement: null },
      '/ru/membership/join?tier=member&interval=year',
      'ru',
    );
    createCheckout.mockRejectedValueOnce(new Error('down'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    expect(await startCheckoutAction(null, form({ locale: 'ru', tier: 'member', interval: 'month' }))).toEqual({
      ok: false,
      message: 'Не удалось связаться с платёжной системой. Деньги не списаны\u00a0— попробуйте ещё раз через минуту.',
    });
  });

  it('sends someone signed out of the Russian account page to sign in there, and opens the portal in Russian', async () => {
    callAs({ kind: 'anonymous' });
    await expect(openPortalAction(form({ locale: 'ru' }))).rejects.toMatchObject({
      url: '/ru/signin?callbackUrl=/ru/account',
    });
    callAs(reader());
    await expect(openPortalAction(form({ locale: 'ru' }))).rejects.toMatchObject({
      url: 'https://billing.example/portal',
    });
    expect(createPortal).toHaveBeenCalledWith(expect.objectContaining({ userId: 'reader-1' }), undefined, 'ru');
  });
});
