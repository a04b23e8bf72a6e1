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
const {
  decidePoolRequestAction,
  giveGiftToPoolAction,
  orderGiftAction,
  redeemGiftAction,
  requestFromPoolAction,
  resendGiftAction,
} = await import('./gift-actions');

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
      locale: 'en',
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

/** Intl writes a no-break space between a sum and its sign: compared as a plain space. */
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('gift membership actions from the Russian edition', () => {
  it('refuses an order in Russian at each field, keeping what was typed', async () => {
    callAs({ kind: 'anonymous' });
    const answer = await orderGiftAction(
      null,
      form({
        locale: 'ru',
        tier: 'gold',
        months: '5',
        delivery: 'email',
        recipient: 'nobody',
        message: 'x'.repeat(520),
        deliverOn: '2020-01-01',
      }),
    );
    expect(answer).toMatchObject({
      ok: false,
      message: 'Проверьте подарок: что-то нужно исправить.',
      fieldErrors: {
        tier: ['Выберите один из вариантов участия: Сторонник, Участник, Меценат.'],
        months: ['Выберите срок: три, шесть или двенадцать месяцев.'],
        recipient: ['Введите действующий адрес электронной почты, например name@example.org.'],
        deliverOn: ['Эта дата уже прошла: выберите сегодняшний день или один из следующих.'],
        message: ['Сообщение должно быть не длиннее 500 знаков, а в нём 520 знаков.'],
      },
      values: { recipient: 'nobody', tier: 'gold' },
    });
    expect(createGiftCheckout).not.toHaveBeenCalled();
    const missing = await orderGiftAction(null, form({ locale: 'ru', tier: 'member', months: '6', delivery: 'email' }));
    expect(missing.fieldErrors?.recipient).toEqual([
      'Укажите адрес, на который отправить подарок, или выберите вариант со ссылкой.',
    ]);
  });

  it('keeps the English words for an English order', async () => {
    callAs({ kind: 'anonymous' });
    const answer = await orderGiftAction(
      null,
      form({ tier: 'gold', months: '6', delivery: 'email', recipient: '', deliverOn: '2020-01-01' }),
    );
    expect(answer).toMatchObject({
      message: 'Please check the gift: something needs changing.',
      fieldErrors: {
        tier: ['Please choose one of the memberships: Supporter, Member, Patron.'],
        recipient: ['Please give the address the gift should go to, or choose to share the link yourself.'],
        deliverOn: ['That day has passed: choose today or a day to come.'],
      },
    });
  });

  it('opens Checkout in the edition the order came from', async () => {
    callAs({ kind: 'anonymous' });
    await expect(
      orderGiftAction(null, form({ locale: 'ru', tier: 'member', months: '3', delivery: 'link' })),
    ).rejects.toMatchObject({ to: 'https://checkout.stripe.test/c/pay/cs_1' });
    expect(createGiftCheckout).toHaveBeenCalledWith(expect.objectContaining({ locale: 'ru' }));
  });

  it('says in Russian that Checkout could not be reached', async () => {
    callAs({ kind: 'anonymous' });
    createGiftCheckout.mockRejectedValueOnce(new Error('down'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    expect(
      await orderGiftAction(null, form({ locale: 'ru', tier: 'member', months: '3', delivery: 'link' })),
    ).toMatchObject({
      ok: false,
      message: 'Не удалось связаться с платёжной системой. Деньги не списаны\u00a0— попробуйте ещё раз через минуту.',
    });
  });

  it('takes a request for the pool in Russian, keeps its edition, and answers in it', async () => {
    callAs({ kind: 'anonymous' });
    expect(await requestFromPoolAction(null, form({ locale: 'ru', reason: 'Карту заблокировали' }))).toEqual({
      ok: false,
      message: 'Сначала войдите в учётную запись.',
    });
    expect(queries.createPoolRequest).not.toHaveBeenCalled();
    callAs(reader('reader'));
    expect(await requestFromPoolAction(null, form({ locale: 'ru', reason: 'Карту заблокировали' }))).toEqual({
      ok: true,
      message:
        'Спасибо. Редактор прочтёт вашу просьбу и напишет на reader@example.org. Ваш текст удалят, как только по просьбе примут решение.',
    });
    expect(queries.createPoolRequest).toHaveBeenCalledWith({
      email: 'reader@example.org',
      reason: 'Карту заблокировали',
      locale: 'ru',
    });
    expect(await requestFromPoolAction(null, form({ locale: 'ru', reason: '' }))).toMatchObject({
      ok: false,
      message: 'Проверьте форму.',
      fieldErrors: { reason: ['Напишите в одном-двух предложениях, почему вы просите.'] },
    });
    expect(await requestFromPoolAction(null, form({ locale: 'ru', reason: 'я'.repeat(1001) }))).toMatchObject({
      fieldErrors: { reason: ['Пожалуйста, уложитесь в 1000 знаков.'] },
    });
  });

  it('answers a buyer’s choices for an old gift in Russian', async () => {
    callAs(reader('reader'));
    queries.resendGift.mockResolvedValueOnce({ outcome: 'too-soon' });
    expect(await resendGiftAction(null, form({ locale: 'ru', giftId: '4', recipient: 'friend@example.org' }))).toEqual({
      ok: false,
      message:
        'Отправить подарок повторно или передать его в фонд можно, только если его никто не активировал в течение года.',
    });
    queries.resendGift.mockResolvedValueOnce({ outcome: 'done', giftId: 4 });
    expect(await resendGiftAction(null, form({ locale: 'ru', giftId: '4', recipient: 'friend@example.org' }))).toEqual({
      ok: true,
      message: 'Отправили ещё раз на friend@example.org.',
    });
    expect(await resendGiftAction(null, form({ locale: 'ru', giftId: '4', recipient: 'nobody' }))).toMatchObject({
      ok: false,
      fieldErrors: { recipient: ['Введите действующий адрес электронной почты, например name@example.org.'] },
      values: { recipient: 'nobody' },
    });
    queries.giveGiftToPool.mockResolvedValueOnce({ outcome: 'done', giftId: 4 });
    expect(await giveGiftToPoolAction(null, form({ locale: 'ru', giftId: '4' }))).toEqual({
      ok: true,
      message: 'Подарок передан в общий фонд: из него оплатят участие читателю, который не может платить сам.',
    });
    queries.giveGiftToPool.mockResolvedValueOnce({ outcome: 'not-yours' });
    expect(await giveGiftToPoolAction(null, form({ giftId: '4' }))).toEqual({
      ok: false,
      message: 'That gift is not one you gave.',
    });
    callAs({ kind: 'anonymous' });
    expect(await giveGiftToPoolAction(null, form({ locale: 'ru', giftId: '4' }))).toEqual({
      ok: false,
      message: 'Сначала войдите в учётную запись.',
    });
  });

  it('sends someone signed out to the Russian sign-in page, and brings a redeemer back to the Russian gift page', async () => {
    const code = 'A'.repeat(24);
    callAs({ kind: 'anonymous' });
    await expect(redeemGiftAction(form({ locale: 'ru', code }))).rejects.toMatchObject({
      to: `/ru/signin?callbackUrl=${encodeURIComponent(`/ru/gift/${code}`)}`,
    });
    expect(queries.redeemGift).not.toHaveBeenCalled();
    callAs(reader('reader'));
    queries.redeemGift.mockResolvedValueOnce({ outcome: 'redeemed', endsAt: new Date(), giftId: 1 });
    await expect(redeemGiftAction(form({ locale: 'ru', code }))).rejects.toMatchObject({
      to: `/ru/gift/${code}?outcome=redeemed`,
    });
    queries.redeemGift.mockResolvedValueOnce({ outcome: 'used' });
    await expect(redeemGiftAction(form({ code }))).rejects.toMatchObject({ to: `/gift/${code}?outcome=used` });
    await expect(redeemGiftAction(form({ locale: 'ru', code: 'short' }))).rejects.toMatchObject({
      to: '/ru/gift/unknown',
    });
  });

  it('still speaks English to editors deciding on a request', async () => {
    callAs(reader('editor'));
    const answer = await decidePoolRequestAction(
      null,
      form({ requestId: '7', decision: 'approve', tier: 'member', months: '6' }),
    );
    expect(plain(answer.message ?? '')).toContain('The pool holds $10');
  });
});
