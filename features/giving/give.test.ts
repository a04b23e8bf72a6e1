import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anonymousViewer } from '@/domain/auth/viewer';

const createDonationCheckout = vi.fn();
vi.mock('@/lib/membership/donations', () => ({ createDonationCheckout }));
const { giveFromForm } = await import('./give');

beforeEach(() => createDonationCheckout.mockReset());

const post = (values: Record<string, string>) => giveFromForm({ values, viewer: anonymousViewer });

describe('a give-once form’s post', () => {
  it('opens Checkout for the amount and purpose, with the attribution and the page to come back to', async () => {
    createDonationCheckout.mockResolvedValue('http://stripe.test/c/pay/cs_1');
    const outcome = await post({
      amount: '25',
      other: '',
      purpose: 'pool',
      from: 'river-story',
      placement: 'end-of-article',
      back: '/articles/river-story#appeal-end-heading',
    });
    expect(outcome).toEqual({ kind: 'checkout', url: 'http://stripe.test/c/pay/cs_1' });
    expect(createDonationCheckout).toHaveBeenCalledWith({
      viewer: anonymousViewer,
      amount: 2500,
      purpose: 'pool',
      attribution: { from: 'river-story', placement: 'end-of-article' },
      cancelPath: '/articles/river-story#appeal-end-heading',
    });
  });

  it('sends a refused amount back to /give with everything as typed, and never opens Checkout', async () => {
    const outcome = await post({
      amount: 'other',
      other: '2',
      purpose: 'pool',
      from: 'river-story',
      back: '/membership',
    });
    expect(outcome.kind).toBe('refused');
    const location = new URL((outcome as { location: string }).location, 'http://site.test');
    expect(location.pathname).toBe('/give');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      amount: 'other',
      other: '2',
      purpose: 'pool',
      from: 'river-story',
      back: '/membership',
      refused: '1',
    });
    expect(createDonationCheckout).not.toHaveBeenCalled();
  });

  it('keeps another site’s address out of Checkout’s Back button and drops attribution that is not a slug', async () => {
    createDonationCheckout.mockResolvedValue('http://stripe.test/c/pay/cs_2');
    await post({ amount: '10', back: 'https://evil.example/phish', from: '<script>', placement: 'end-of-article' });
    expect(createDonationCheckout).toHaveBeenCalledWith(
      expect.objectContaining({ cancelPath: '/', attribution: { from: null, placement: 'end-of-article' } }),
    );
  });
});
