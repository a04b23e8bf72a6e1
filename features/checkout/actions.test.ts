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
