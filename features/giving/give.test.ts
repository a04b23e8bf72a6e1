import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anonymousViewer } from '@/domain/auth/viewer';

const createDonationCheckout = vi.fn();
vi.mock('@/lib/membership/donations', () => ({ createDonationCheckout }));
const { giftRefusalIn, giveFromForm } = await import('./give');
const { parseGift } = await import('@/domain/membership/give-once');

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
      locale: 'en',
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

/** Intl writes a no-break space between a sum and its sign: compared as a plain space. */
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('a give-once form’s post from the Russian edition', () => {
  it('opens Checkout in Russian, coming back to the Russian membership page by default', async () => {
    createDonationCheckout.mockResolvedValue('http://stripe.test/c/pay/cs_ru');
    const outcome = await post({ amount: '10', purpose: 'newsroom', locale: 'ru' });
    expect(outcome).toEqual({ kind: 'checkout', url: 'http://stripe.test/c/pay/cs_ru' });
    expect(createDonationCheckout).toHaveBeenCalledWith(
      expect.objectContaining({ locale: 'ru', cancelPath: '/ru/membership' }),
    );
  });

  it('sends a refused amount back to the Russian /give with everything as typed', async () => {
    const outcome = await post({ amount: 'other', other: '2', purpose: 'pool', back: '/ru/membership', locale: 'ru' });
    const location = new URL((outcome as { location: string }).location, 'http://site.test');
    expect(location.pathname).toBe('/ru/give');
    expect(Object.fromEntries(location.searchParams)).toMatchObject({ other: '2', purpose: 'pool', refused: '1' });
    expect(createDonationCheckout).not.toHaveBeenCalled();
  });

  it('takes an edition it does not know for the English one', async () => {
    const outcome = await post({ amount: 'other', other: '2', locale: 'xx' });
    expect(new URL((outcome as { location: string }).location, 'http://site.test').pathname).toBe('/give');
  });

  it('says when Checkout cannot be reached on the Russian page', async () => {
    createDonationCheckout.mockRejectedValueOnce(new Error('down'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    const outcome = await post({ amount: '10', locale: 'ru' });
    const location = new URL((outcome as { location: string }).location, 'http://site.test');
    expect(location.pathname).toBe('/ru/give');
    expect(location.searchParams.get('unavailable')).toBe('1');
  });
});

describe('a refused gift’s reason, in the edition’s words', () => {
  const refusal = (form: { amount?: string; other?: string }) => {
    const gift = parseGift({ purpose: 'newsroom', amount: '', other: '', ...form });
    if (gift.ok) throw new Error('expected a refusal');
    return gift.error;
  };
  const cases = [
    [
      { amount: '' },
      'Please choose an amount, or type one of at least $3.',
      'Выберите сумму или впишите свою — не меньше 3 $.',
    ],
    [
      { other: 'fifteen' },
      'Please type the amount in dollars, for example 15 or 15.50.',
      'Впишите сумму в долларах цифрами, например 15 или 15,50.',
    ],
    [
      { other: '2.50' },
      'The smallest gift we can take is $3: below that, card fees take most of it.',
      'Минимальный взнос — 3 $: с меньшей суммы большую часть забирает комиссия за оплату картой.',
    ],
    [
      { other: '20000' },
      'For a gift of more than $10,000, please write to us and we will arrange it.',
      'Если хотите передать больше 10 000 $, напишите нам — мы всё устроим.',
    ],
  ] as const;

  it.each(cases)('%j: the same words in English, and Russian ones in Russian', (form, english, russian) => {
    const error = refusal(form);
    expect(error).toBe(english);
    expect(giftRefusalIn('en', error)).toBe(english);
    expect(plain(giftRefusalIn('ru', error))).toBe(russian);
  });
});
