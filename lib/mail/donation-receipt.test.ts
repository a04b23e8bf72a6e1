import { describe, expect, it } from 'vitest';
import { donationReceiptMail } from './donation-receipt';

describe('the receipt for a one-off gift', () => {
  const mail = (purpose: 'newsroom' | 'pool' = 'newsroom') =>
    donationReceiptMail({
      to: 'giver@example.org',
      amount: 1750,
      currency: 'usd',
      purpose,
      // 23:30 UTC on 30 November is already 1 December in Tbilisi, the newsroom's clock.
      givenAt: new Date('2026-11-30T23:30:00Z'),
      reference: 'pi_3Receipt',
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
});
