import { describe, expect, it } from 'vitest';
import { parseGift } from './give-once';

describe('the give-once form', () => {
  it('takes a suggested amount, in dollars, to the newsroom unless the pool is chosen', () => {
    expect(parseGift({ amount: '25', other: '', purpose: '' })).toEqual({
      ok: true,
      amount: 2500,
      purpose: 'newsroom',
    });
    expect(parseGift({ amount: '100', other: '', purpose: 'pool' })).toEqual({
      ok: true,
      amount: 10000,
      purpose: 'pool',
    });
  });

  it('takes a typed amount over the chosen suggestion, as readers write money', () => {
    expect(parseGift({ amount: '25', other: '7', purpose: 'newsroom' })).toMatchObject({ ok: true, amount: 700 });
    expect(parseGift({ amount: 'other', other: '$12.50', purpose: 'newsroom' })).toMatchObject({ amount: 1250 });
    expect(parseGift({ amount: 'other', other: '3,5', purpose: 'newsroom' })).toMatchObject({ amount: 350 });
    expect(parseGift({ amount: 'other', other: '3', purpose: 'newsroom' })).toMatchObject({ ok: true, amount: 300 });
  });

  it('refuses less than $3 and keeps what was typed', () => {
    const refused = parseGift({ amount: 'other', other: '2.99', purpose: 'pool' });
    expect(refused).toEqual({
      ok: false,
      error: 'The smallest gift we can take is $3: below that, card fees take most of it.',
      form: { amount: 'other', other: '2.99', purpose: 'pool' },
    });
  });

  it('refuses what is not an amount, no amount, and more than a card gift should be', () => {
    expect(parseGift({ amount: 'other', other: 'ten', purpose: '' })).toMatchObject({
      ok: false,
      error: 'Please type the amount in dollars, for example 15 or 15.50.',
      form: { other: 'ten', purpose: 'newsroom' },
    });
    expect(parseGift({ amount: 'other', other: '', purpose: '' })).toMatchObject({ ok: false });
    expect(parseGift({})).toMatchObject({ ok: false });
    expect(parseGift({ amount: 'other', other: '10000.01', purpose: '' })).toMatchObject({ ok: false });
    expect(parseGift({ amount: '-5', other: '', purpose: '' })).toMatchObject({ ok: false });
  });
});
