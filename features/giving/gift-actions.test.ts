import { beforeEach, describe, expect, it, vi } from 'vitest';

const queries = {
  createPoolRequest: vi.fn(async () => ({ outcome: 'received', requestId: 7 })),
  decidePoolRequest: vi.fn(async () => ({ outcome: 'short', balance: 1000, cost: 6000 })),
  giveGiftToPool: vi.fn(),
  redeemGift: vi.fn(),
  resendGift: vi.fn(),
};
const createGiftCheckout = vi.fn(async () => 'https://checkout.stripe.test/c/pay/cs_1');
vi.mock('@/db/queries/gifts', () => queries);
vi.mock('@/lib/membership/gifts', () => ({ createGiftCheckout }));
vi.mock('@/lib/cache/invalidate', () => ({ invalidate: vi.fn() }));
vi.mock('@/lib/newsroom', () => ({ getNewsroom: () => ({ timeZone: 'UTC', name: 'Ridgeline' }) }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('redirect'), { to });
  },
}));

const { callAs, form, reader, refusedCallers } = await import('@/test/viewer-standin');
const { decidePoolRequestAction, orderGiftAction, requestFromPoolAction } = await import('./gift-actions');

beforeEach(() => {
  vi.clearAllMocks();
});

describe('gift membership actions', () => {
  it('sends a refused order back with each field’s reason and what was typed, opening no Checkout', async () => {
    callAs({ kind: 'anonymous' });
    const answer = await orderGiftAction(
      null,
      form({ tier: 'member', months: '6', delivery: 'email', recipient: 'nobody', message: 'Hello', deliverOn: '' }),
    );
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: { recipient: ['Please enter a valid email address, like name@example.org.'] },
      values: { recipient: 'nobody', message: 'Hello', tier: 'member', months: '6' },
    });
    expect(createGiftCheckout).not.toHaveBeenCalled();
  });

  it('opens Checkout for a good order, signed in or not', async () => {
    callAs({ kind: 'anonymous' });
    await expect(orderGiftAction(null, form({ tier: 'patron', months: '12', delivery: 'link' }))).rejects.toMatchObject(
      {
        to: 'https://checkout.stripe.test/c/pay/cs_1',
      },
    );
    expect(createGiftCheckout).toHaveBeenCalledWith(
      expect.objectContaining({
        order: expect.objectContaining({ tier: 'patron', months: 12, amount: 25000, recipientEmail: null }),
      }),
    );
  });

  it('takes a request for the pool only from a signed-in reader, for their own address', async () => {
    callAs({ kind: 'anonymous' });
    expect(await requestFromPoolAction(null, form({ reason: 'My card was blocked', email: 'x@example.org' }))).toEqual({
      ok: false,
      message: 'Please sign in first.',
    });
    callAs(reader('reader'));
    expect(
      await requestFromPoolAction(null, form({ reason: 'My card was blocked', email: 'someone@else.org' })),
    ).toMatchObject({ ok: true });
    expect(queries.createPoolRequest).toHaveBeenCalledWith({
      email: 'reader@example.org',
      reason: 'My card was blocked',
    });
    expect(await requestFromPoolAction(null, form({ reason: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: ['Please tell us in a sentence or two why you are asking.'] },
    });
  });

  it.each(refusedCallers('contributor'))('refuses $who a decision on a request', async ({ viewer, message }) => {
    callAs(viewer);
    expect(await decidePoolRequestAction(null, form({ requestId: '7', decision: 'approve' }))).toEqual({
      ok: false,
      message,
    });
    expect(queries.decidePoolRequest).not.toHaveBeenCalled();
  });

  it('tells an editor when the pool cannot pay for the membership chosen', async () => {
    callAs(reader('editor'));
    expect(
      await decidePoolRequestAction(null, form({ requestId: '7', decision: 'approve', tier: 'member', months: '6' })),
    ).toEqual({
      ok: false,
      message:
        'The pool holds $10; 6 months of Member cost $60. Choose a shorter gift, or wait for more gifts to the pool.',
    });
    expect(queries.decidePoolRequest).toHaveBeenCalledWith(
      expect.objectContaining({
        requestId: 7,
        decision: 'approve',
        staffId: 'editor-1',
        gift: expect.objectContaining({ tier: 'member', months: 6, amount: 6000 }),
      }),
    );
  });
});
