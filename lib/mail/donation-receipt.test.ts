import { describe, expect, it } from 'vitest';
import { donationReceiptMail } from './donation-receipt';

/** Intl writes a no-break space between a sum and its sign, and in «г.»: compared as plain spaces. */
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('the receipt for a one-off gift', () => {
  const mail = (purpose: 'newsroom' | 'pool' = 'newsroom', locale?: 'en' | 'ru') =>
    donationReceiptMail({
      to: 'giver@example.org',
      amount: 1750,
      currency: 'usd',
      purpose,
      // 23:30 UTC on 30 November is already 1 December in Tbilisi, the newsroom's clock.
      givenAt: new Date('2026-11-30T23:30:00Z'),
      reference: 'pi_3Receipt',
      ...(locale ? { locale } : {}),
    });

  it('says the amount, the date on the newsroom’s clock, that it was one-off, and how to reach the newsroom', async () => {
    const { to, subject, text, html } = await mail();
    expect(to).toBe('giver@example.org');
    expect(subject).toBe('Your receipt: $17.50 to Ridgeline');
    for (const line of [
      'Amount: $17.50',
      'Date: 1 December 2026',
      'Kind: One-off gift',
      'Reference: pi_3Receipt',
      'nothing more will be taken from your card',
      'newsroom@ridgeline.example',
    ])
      expect(text).toContain(line);
    for (const words of ['$17.50', '1 December 2026', 'One-off gift', 'newsroom@ridgeline.example'])
      expect(html).toContain(words);
  });

  it('says where the gift went', async () => {
    expect((await mail('newsroom')).text).toContain('Given: To Ridgeline’s newsroom');
    expect((await mail('pool')).text).toContain('Given: To fund a membership for a reader who cannot pay');
  });

  it('makes no claim about tax', async () => {
    const { text, html } = await mail();
    expect(text).not.toMatch(/tax|deductib/i);
    expect(html).not.toMatch(/tax|deductib/i);
  });

  it('is the same English mail when the gift was given from the English edition', async () => {
    const named = await mail('pool', 'en');
    const unnamed = await mail('pool');
    expect(named.subject).toBe(unnamed.subject);
    expect(named.text).toBe(unnamed.text);
    expect(named.html).toBe(unnamed.html);
    expect(named.html).toMatch(/<html[^>]*lang="en"/);
  });

  it('is all in Russian for a gift given from the Russian edition, with the sum and the date written the Russian way', async () => {
    const { subject, text, html } = await mail('newsroom', 'ru');
    expect(plain(subject)).toBe('Квитанция: 17,50 $ в поддержку Ridgeline');
    const body = plain(text);
    for (const line of [
      'Спасибо',
      'Спасибо, что поддержали Ridgeline: ваш взнос — 17,50 $.',
      'Сумма: 17,50 $',
      'Дата: 1 декабря 2026 г.',
      'Назначение: На работу редакции Ridgeline',
      'Вид: Разовый взнос',
      'Номер операции: pi_3Receipt',
      'Это разовый взнос: больше с вашей карты ничего списано не будет.',
      'Ваш взнос оплачивает журналистскую работу',
      'Вопросы об этом взносе? Пишите на newsroom@ridgeline.example.',
    ])
      expect(body).toContain(line);
    // Not a word of the English receipt is left.
    expect(text).not.toMatch(/\b(Amount|Date|Kind|Reference|Thank you|receipt|gift|nothing more)\b/i);
    expect(html).toMatch(/<html[^>]*lang="ru"/);
    expect(plain(html)).toContain('Разовый взнос');
    expect(html).not.toMatch(/One-off gift|Thank you|If the button/);
    expect(plain((await mail('pool', 'ru')).text)).toContain(
      'Назначение: На участие для читателя, который не может платить',
    );
  });
});
