import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GiftMembership, PoolRequest } from '@/db/schema';
import type { MailMessage } from './mailer';

const sent: MailMessage[] = [];
vi.mock('@/lib/mail/mailer', () => ({
  sendMail: vi.fn(async (message: MailMessage) => {
    sent.push(message);
  }),
}));
const queries = {
  getGiftForMail: vi.fn(),
  getPoolRequest: vi.fn(),
  getRedeemedGift: vi.fn(),
  markGiftDelivered: vi.fn(),
  markGiftReminded: vi.fn(),
};
vi.mock('@/db/queries/gifts', () => queries);

const { env } = await import('@/lib/env');
const { giftCode } = await import('@/lib/membership/gift-code');
const { sendGiftMail, sendPoolDeclined } = await import('./gift-mail');

/** Intl writes a no-break space between a sum and its sign, and in «г.»: compared as plain spaces. */
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

const DAY = 86_400_000;

function gift(overrides: Partial<GiftMembership> = {}): GiftMembership {
  return {
    id: 41,
    codeHash: 'hash',
    source: 'purchase',
    checkoutSessionId: 'cs_test_gift41',
    purchaserId: null,
    purchaserEmail: 'buyer@example.org',
    tier: 'supporter',
    months: 12,
    amount: 5000,
    currency: 'usd',
    recipientEmail: null,
    message: '',
    deliverAt: null,
    deliveredAt: null,
    redeemedById: null,
    redeemedAt: null,
    grantId: null,
    remindedAt: null,
    givenToPoolAt: null,
    locale: 'en',
    // 23:30 UTC on 30 November is already 1 December on the newsroom's clock.
    createdAt: new Date('2026-11-30T23:30:00Z'),
    ...overrides,
  };
}

/** Runs the gift's job for `mail`, reading the gift as the job does, and returns what it sent. */
async function job(row: GiftMembership, mail: 'receipt' | 'delivery' | 'unredeemed', requestId: number | null = null) {
  queries.getGiftForMail.mockResolvedValueOnce({ gift: row, requestId });
  await sendGiftMail({ giftId: row.id, mail });
  expect(sent).toHaveLength(1);
  return sent[0]!;
}

const link = (path: string, code: string) => `${env.SITE_URL}${path}/gift/${code}`;
const purchaseCode = giftCode({ checkoutSessionId: 'cs_test_gift41' });

beforeEach(() => {
  sent.length = 0;
  vi.clearAllMocks();
});

describe('the gift buyer’s receipt', () => {
  it('stays in English for a gift bought in the English edition, with the link on the English site', async () => {
    const mail = await job(gift(), 'receipt');
    expect(mail.to).toBe('buyer@example.org');
    expect(mail.subject).toBe('Your receipt: a gift of 12 months of Ridgeline');
    for (const line of [
      'Thank you for your gift',
      'You gave 12 months of Supporter ($50). It was paid once: nothing renews',
      'Gift: 12 months of Supporter ($50)',
      'Amount: $50',
      'Date: 1 December 2026',
      'Delivery: You share the link yourself',
      'Reference: cs_test_gift41',
      `The gift’s link: ${link('', purchaseCode)}`,
      'Questions about this gift? Write to newsroom@ridgeline.example. Keep this email as your receipt.',
    ])
      expect(mail.text).toContain(line);
    expect(mail.html).toMatch(/<html[^>]*lang="en"/);
  });

  it('is in Russian for a gift bought in the Russian edition, with the link on the Russian site', async () => {
    const mail = await job(gift({ locale: 'ru' }), 'receipt');
    expect(plain(mail.subject)).toBe('Квитанция: 12 месяцев участия в Ridgeline в подарок');
    const text = plain(mail.text);
    for (const line of [
      'Спасибо за подарок',
      'Вы подарили 12 месяцев участия «Сторонник» (50 $). Оплата разовая: ничего не продлевается',
      'Подарок: 12 месяцев участия «Сторонник» (50 $)',
      'Сумма: 50 $',
      'Дата: 1 декабря 2026 г.',
      'Доставка: Ссылку передаёте вы сами',
      'Номер операции: cs_test_gift41',
      `Ссылка на подарок: ${link('/ru', purchaseCode)}`,
      'Отправьте эту ссылку тому, кому дарите участие.',
      'Вопросы об этом подарке? Пишите на newsroom@ridgeline.example.',
    ])
      expect(text).toContain(line);
    expect(mail.text).not.toMatch(/receipt|Thank you|Gift:|Amount|share the link/);
    expect(mail.html).toMatch(/<html[^>]*lang="ru"/);
    expect(plain(mail.html)).toContain('Ссылка на подарок');
    expect(mail.html).toContain(`href="${link('/ru', purchaseCode)}"`);
  });

  it('says in Russian when and to whom a dated gift goes', async () => {
    const mail = await job(
      gift({
        locale: 'ru',
        tier: 'member',
        months: 3,
        amount: 3000,
        recipientEmail: 'friend@example.org',
        deliverAt: new Date('2026-12-24T04:00:00Z'),
      }),
      'receipt',
    );
    expect(plain(mail.subject)).toBe('Квитанция: 3 месяца участия в Ridgeline в подарок');
    expect(plain(mail.text)).toContain('Доставка: Письмом на friend@example.org, 24 декабря 2026 г.');
    // The recipient's mail carries the link; the buyer's has no button.
    expect(mail.text).not.toContain('/gift/');
  });
});

describe('the recipient’s gift', () => {
  const dated = { recipientEmail: 'friend@example.org', message: 'С днём рождения!', deliverAt: new Date() };

  it('stays in English for an English gift', async () => {
    const mail = await job(gift({ ...dated, message: 'Happy birthday', months: 6, tier: 'member' }), 'delivery');
    expect(mail.to).toBe('friend@example.org');
    expect(mail.subject).toBe('A gift for you: 6 months of Ridgeline');
    expect(mail.text).toContain('Someone who reads Ridgeline gave you 6 months of membership');
    expect(mail.text).toContain('“Happy birthday”');
    expect(mail.text).toContain(`Start my membership: ${link('', purchaseCode)}`);
    expect(queries.markGiftDelivered).toHaveBeenCalledWith({ id: 41 });
  });

  it('reaches its recipient in Russian, with the message in «ёлочки» and the Russian redeem page', async () => {
    const mail = await job(gift({ ...dated, locale: 'ru', months: 6, tier: 'member' }), 'delivery');
    expect(mail.subject).toBe('Вам подарок: 6 месяцев участия в Ridgeline');
    const text = plain(mail.text);
    expect(text).toContain('Вам подарили участие');
    expect(text).toContain('Кто-то из читателей Ridgeline подарил вам 6 месяцев участия');
    expect(text).toContain('«С днём рождения!»');
    expect(text).toContain(`Начать участие: ${link('/ru', purchaseCode)}`);
    expect(text).toContain('Не ожидали такого письма?');
    expect(mail.text).not.toMatch(/Someone|Start my membership|Sign in/);
    expect(mail.html).toMatch(/<html[^>]*lang="ru"/);
  });

  it('tells a reader the pool carries, in the language they asked in, where the link leads', async () => {
    const fromPool = gift({
      source: 'pool',
      checkoutSessionId: null,
      purchaserEmail: null,
      amount: 0,
      tier: 'supporter',
      months: 3,
      recipientEmail: 'asker@example.org',
      deliverAt: new Date(),
      locale: 'ru',
    });
    const mail = await job(fromPool, 'delivery', 12);
    expect(plain(mail.subject)).toBe('Участие в Ridgeline — от наших читателей');
    expect(plain(mail.text)).toContain(
      'Ваша просьба об участии одобрена. Другие читатели оплатили 3 месяца участия в Ridgeline',
    );
    expect(mail.text).toContain(link('/ru', giftCode({ poolRequestId: 12 })));
  });
});

describe('the note ten days before a gift ends', () => {
  const endsAt = new Date(Date.now() + 10 * DAY);

  it('goes in the language of the account that redeemed it, not the gift’s', async () => {
    queries.getRedeemedGift.mockResolvedValueOnce({
      gift: gift({ locale: 'en', months: 6 }),
      email: 'reader@example.org',
      locale: 'ru',
      endsAt,
    });
    await sendGiftMail({ giftId: 41, mail: 'reminder' });
    const [mail] = sent;
    expect(mail!.to).toBe('reader@example.org');
    expect(plain(mail!.subject)).toMatch(/^Подаренное участие в Ridgeline заканчивается \d{1,2} [а-я]+ \d{4} г\.$/);
    const text = plain(mail!.text);
    expect(text).toContain('Срок подаренного вам участия в Ridgeline (6 месяцев) истекает');
    expect(text).toContain('вы можете остаться участником сами — от 5 $ в месяц.');
    expect(text).toContain(`Остаться участником: ${env.SITE_URL}/ru/membership?placement=gift-ending`);
    expect(queries.markGiftReminded).toHaveBeenCalledWith({ id: 41 });
  });

  it('stays in English for an English account, even for a gift bought in Russian', async () => {
    queries.getRedeemedGift.mockResolvedValueOnce({
      gift: gift({ locale: 'ru', months: 6 }),
      email: 'reader@example.org',
      locale: 'en',
      endsAt,
    });
    await sendGiftMail({ giftId: 41, mail: 'reminder' });
    const [mail] = sent;
    expect(mail!.subject).toMatch(/^Your gift membership of Ridgeline ends on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(mail!.text).toContain('The 6 months of Ridgeline you were given end on');
    expect(mail!.text).toContain('from $5 a month');
    expect(mail!.text).toContain(`Continue as a member: ${env.SITE_URL}/membership?placement=gift-ending`);
  });
});

describe('the notice a year on when nobody redeemed a gift', () => {
  const waiting = {
    recipientEmail: 'lost@example.org',
    deliveredAt: new Date(),
    months: 6,
    tier: 'member',
    amount: 6000,
  };

  it('stays in English for an English gift', async () => {
    const mail = await job(gift(waiting), 'unredeemed');
    expect(mail.subject).toBe('The membership you gave has not been redeemed');
    expect(mail.text).toContain(
      'A year ago you gave 6 months of Member ($60) to lost@example.org, and nobody has redeemed it yet.',
    );
    expect(mail.text).toContain(`See your gifts: ${env.SITE_URL}/account#gifts-given`);
    expect(mail.text).toContain('Sign in with this address (buyer@example.org) to see it.');
  });

  it('is in Russian for a gift bought in Russian, and leads to the Russian account page', async () => {
    const mail = await job(gift({ ...waiting, locale: 'ru' }), 'unredeemed');
    expect(mail.to).toBe('buyer@example.org');
    expect(mail.subject).toBe('Подаренное вами участие пока не активировано');
    const text = plain(mail.text);
    expect(text).toContain(
      'Год назад вы подарили 6 месяцев участия «Участник» (60 $) на адрес lost@example.org, но подарок до сих пор никто не активировал.',
    );
    expect(text).toContain(`Ваши подарки: ${env.SITE_URL}/ru/account#gifts-given`);
    expect(text).toContain('Чтобы увидеть его, войдите с этим адресом (buyer@example.org).');
    expect(text).toContain('Это письмо приходит один раз — потому что вы подарили кому-то участие в Ridgeline.');
  });

  it('sends nothing for a gift redeemed in the meantime, in any language', async () => {
    queries.getGiftForMail.mockResolvedValueOnce({
      gift: gift({ locale: 'ru', redeemedAt: new Date() }),
      requestId: null,
    });
    await sendGiftMail({ giftId: 41, mail: 'unredeemed' });
    expect(sent).toEqual([]);
  });
});

describe('the answer to a declined request for the pool', () => {
  const request = (locale: 'en' | 'ru'): PoolRequest => ({
    id: 9,
    email: 'asker@example.org',
    reason: null,
    status: 'declined',
    decidedAt: new Date(),
    decidedById: 'editor-1',
    giftId: null,
    locale,
    createdAt: new Date(),
  });

  it('stays in English for a request made in English', async () => {
    queries.getPoolRequest.mockResolvedValueOnce(request('en'));
    await sendPoolDeclined({ requestId: 9 });
    expect(sent[0]!.subject).toBe('Your request for a membership of Ridgeline');
    expect(sent[0]!.text).toContain('We could not give you a membership this time');
    expect(sent[0]!.html).toMatch(/<html[^>]*lang="en"/);
  });

  it('is in Russian for a request made in Russian', async () => {
    queries.getPoolRequest.mockResolvedValueOnce(request('ru'));
    await sendPoolDeclined({ requestId: 9 });
    const [mail] = sent;
    expect(mail!.to).toBe('asker@example.org');
    expect(mail!.subject).toBe('Ваша просьба об участии в Ridgeline');
    expect(mail!.text).toContain('На этот раз мы не смогли оплатить вам участие');
    expect(mail!.text).toContain('Как мы и обещали, ваш текст удалён.');
    expect(mail!.text).toContain('Вопросы? Пишите на newsroom@ridgeline.example.');
    expect(mail!.text).not.toMatch(/request|Thank you|Questions/);
    expect(mail!.html).toMatch(/<html[^>]*lang="ru"/);
  });
});
