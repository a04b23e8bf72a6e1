import { beforeEach, describe, expect, it, vi } from 'vitest';

/** As lib/membership/staying.ts's: a refusal carries its reason, the English words its message. */
class MembershipChangeRefused extends Error {
  constructor(readonly reason: string) {
    super(`refused: ${reason}`);
  }
}
const staying = {
  MembershipChangeRefused,
  pauseMembership: vi.fn(async () => new Date()),
  resumeMembership: vi.fn(async () => undefined),
  cancelMembership: vi.fn(async () => null),
  keepMembership: vi.fn(async () => undefined),
  switchPlan: vi.fn(async () => undefined),
};
const createPortal = vi.fn(async () => 'https://billing.example/portal');
const redirect = vi.fn((url: string) => {
  throw Object.assign(new Error('NEXT_REDIRECT'), { url });
});
vi.mock('next/navigation', () => ({ redirect }));
vi.mock('@/lib/membership/staying', () => staying);
vi.mock('@/lib/membership/checkout', () => ({ createPortal }));
vi.mock('@/lib/auth/viewer', () => import('@/test/viewer-standin'));

const { callAs, form, reader } = await import('@/test/viewer-standin');
const { cancelMembershipAction, keepMembershipAction, pauseMembershipAction, resumeMembershipAction, takeOfferAction } =
  await import('@/features/account/membership-actions');

const changes = () => [
  staying.pauseMembership,
  staying.resumeMembership,
  staying.cancelMembership,
  staying.keepMembership,
  staying.switchPlan,
  createPortal,
];

beforeEach(() => {
  vi.clearAllMocks();
});

describe('a member’s own changes', () => {
  it('refuses an anonymous visitor before changing anything', async () => {
    callAs({ kind: 'anonymous' });
    expect(await pauseMembershipAction(null, form({ months: '1' }))).toEqual({
      ok: false,
      message: 'Please sign in first.',
    });
    expect(await cancelMembershipAction(null, form({ reason: 'other' }))).toMatchObject({ ok: false });
    expect(await takeOfferAction(null, form({ offer: 'pause:1' }))).toMatchObject({ ok: false });
    await expect(resumeMembershipAction(form({}))).rejects.toMatchObject({ url: '/signin?callbackUrl=/account' });
    await expect(keepMembershipAction(form({}))).rejects.toMatchObject({ url: '/signin?callbackUrl=/account' });
    for (const change of changes()) expect(change).not.toHaveBeenCalled();
  });

  it('pauses only for one, two or three months', async () => {
    callAs(reader());
    expect(await pauseMembershipAction(null, form({ months: '6' }))).toMatchObject({
      ok: false,
      message: 'Please choose how long to pause for.',
    });
    await expect(pauseMembershipAction(null, form({ months: '2' }))).rejects.toMatchObject({ url: '/account' });
    expect(staying.pauseMembership).toHaveBeenCalledWith(expect.objectContaining({ userId: 'reader-1' }), 2);
  });

  it('cancels with the reason and the words as given, and keeps them when the provider is down', async () => {
    callAs(reader());
    await expect(
      cancelMembershipAction(null, form({ reason: 'too-expensive', comment: 'Rent went up.' })),
    ).rejects.toMatchObject({ url: '/account' });
    expect(staying.cancelMembership).toHaveBeenCalledWith(expect.objectContaining({ userId: 'reader-1' }), {
      reason: 'too-expensive',
      comment: 'Rent went up.',
    });

    staying.cancelMembership.mockRejectedValueOnce(new Error('down'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    expect(await cancelMembershipAction(null, form({ reason: 'payment', comment: 'Card expired.' }))).toEqual({
      ok: false,
      message: 'We could not reach our payment provider, so nothing has changed. Please try again in a minute.',
      values: { reason: 'payment', comment: 'Card expired.' },
    });
  });

  it('cancels without a reason, since leaving must not depend on answering', async () => {
    callAs(reader());
    await expect(cancelMembershipAction(null, form({}))).rejects.toMatchObject({ url: '/account' });
    expect(staying.cancelMembership).toHaveBeenCalledWith(expect.anything(), { reason: null, comment: '' });
  });

  it('refuses an unknown reason and a comment too long, keeping what was typed', async () => {
    callAs(reader());
    const long = 'x'.repeat(1001);
    const answer = await cancelMembershipAction(null, form({ reason: 'bored', comment: long }));
    expect(answer).toMatchObject({ ok: false, values: { reason: 'bored', comment: long } });
    expect(answer.fieldErrors?.comment).toEqual(['Please keep this under 1000 characters; we read it all.']);
    expect(answer.fieldErrors?.reason).toEqual(['Please choose one of the answers, or none.']);
    expect(staying.cancelMembership).not.toHaveBeenCalled();
  });

  it('takes each kind of offer, and refuses one it never made', async () => {
    callAs(reader());
    await expect(takeOfferAction(null, form({ offer: 'switch:supporter:month' }))).rejects.toMatchObject({
      url: '/account',
    });
    expect(staying.switchPlan).toHaveBeenCalledWith(expect.anything(), { tier: 'supporter', interval: 'month' });
    await expect(takeOfferAction(null, form({ offer: 'pause:3' }))).rejects.toMatchObject({ url: '/account' });
    expect(staying.pauseMembership).toHaveBeenCalledWith(expect.anything(), 3);
    await expect(takeOfferAction(null, form({ offer: 'card' }))).rejects.toMatchObject({
      url: 'https://billing.example/portal',
    });
    expect(createPortal).toHaveBeenCalledWith(expect.anything(), 'payment_method_update', 'en');

    expect(await takeOfferAction(null, form({ offer: 'switch:emperor:month' }))).toMatchObject({
      ok: false,
      message: 'That offer is not one we made. Please choose again.',
    });
    staying.switchPlan.mockRejectedValueOnce(new MembershipChangeRefused('unknown-plan'));
    expect(
      await takeOfferAction(null, form({ offer: 'switch:member:year', reason: 'too-expensive', comment: 'hm' })),
    ).toEqual({
      ok: false,
      message: 'That plan is not one we can move you to. Please choose again.',
      values: { reason: 'too-expensive', comment: 'hm' },
    });
  });

  it('resumes, keeps and opens the portal, back to the account page', async () => {
    callAs(reader());
    await expect(resumeMembershipAction(form({}))).rejects.toMatchObject({ url: '/account' });
    await expect(keepMembershipAction(form({}))).rejects.toMatchObject({ url: '/account' });
    staying.keepMembership.mockRejectedValueOnce(new Error('down'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    await expect(keepMembershipAction(form({}))).rejects.toMatchObject({ url: '/account?problem=unreachable' });
  });
});

describe('a member’s own changes from the Russian edition', () => {
  const ru = (fields: Record<string, string>) => form({ ...fields, locale: 'ru' });

  it('goes back to the Russian account page after each change', async () => {
    callAs(reader());
    await expect(pauseMembershipAction(null, ru({ months: '1' }))).rejects.toMatchObject({ url: '/ru/account' });
    await expect(cancelMembershipAction(null, ru({ reason: 'other' }))).rejects.toMatchObject({ url: '/ru/account' });
    await expect(takeOfferAction(null, ru({ offer: 'pause:2' }))).rejects.toMatchObject({ url: '/ru/account' });
    await expect(resumeMembershipAction(ru({}))).rejects.toMatchObject({ url: '/ru/account' });
    await expect(keepMembershipAction(ru({}))).rejects.toMatchObject({ url: '/ru/account' });
    staying.resumeMembership.mockRejectedValueOnce(new Error('down'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    await expect(resumeMembershipAction(ru({}))).rejects.toMatchObject({ url: '/ru/account?problem=unreachable' });
  });

  it('opens Stripe’s pages in Russian', async () => {
    callAs(reader());
    await expect(takeOfferAction(null, ru({ offer: 'card' }))).rejects.toMatchObject({
      url: 'https://billing.example/portal',
    });
    expect(createPortal).toHaveBeenLastCalledWith(expect.anything(), 'payment_method_update', 'ru');
  });

  it('says every refusal in Russian, keeping what was typed', async () => {
    callAs(reader());
    expect(await pauseMembershipAction(null, ru({ months: '6' }))).toMatchObject({
      ok: false,
      message: 'Выберите, на сколько приостановить участие.',
    });
    staying.pauseMembership.mockRejectedValueOnce(new MembershipChangeRefused('yearly'));
    expect(await pauseMembershipAction(null, ru({ months: '1' }))).toMatchObject({
      ok: false,
      message: 'Годовое участие оплачено вперёд, так что приостанавливать нечего.',
    });
    const long = 'ж'.repeat(1001);
    const answer = await cancelMembershipAction(null, ru({ reason: 'bored', comment: long }));
    expect(answer).toMatchObject({ ok: false, values: { reason: 'bored', comment: long } });
    expect(answer.fieldErrors?.comment).toEqual(['Пожалуйста, уложитесь в 1000 символов — мы читаем всё целиком.']);
    expect(answer.fieldErrors?.reason).toEqual(['Выберите один из ответов — или не выбирайте ни одного.']);
    staying.cancelMembership.mockRejectedValueOnce(new Error('down'));
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    expect(await cancelMembershipAction(null, ru({ reason: 'payment', comment: 'Карта истекла.' }))).toEqual({
      ok: false,
      message:
        'Не удалось связаться с платёжной системой, поэтому ничего не изменилось. Попробуйте ещё раз через минуту.',
      values: { reason: 'payment', comment: 'Карта истекла.' },
    });
    expect(await takeOfferAction(null, ru({ offer: 'switch:emperor:month' }))).toMatchObject({
      message: 'Такого предложения мы не делали. Выберите ещё раз.',
    });
    staying.switchPlan.mockRejectedValueOnce(new MembershipChangeRefused('unknown-plan'));
    expect(await takeOfferAction(null, ru({ offer: 'switch:member:year', reason: 'too-expensive' }))).toEqual({
      ok: false,
      message: 'На этот вариант участия перевести вас нельзя. Выберите ещё раз.',
      values: { reason: 'too-expensive', comment: '' },
    });
  });
});
