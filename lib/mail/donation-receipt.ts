import 'server-only';
import { z } from 'zod';
import type { FollowUpJob } from '@/db/queries/memberships';
import { getDonation } from '@/db/queries/donations';
import { DEFAULT_LOCALE, localeOr, type Locale } from '@/domain/i18n/locales';
import type { DonationPurpose } from '@/domain/membership/giving';
import { formatter, translator } from '@/lib/i18n/messages';
import { getNewsroom } from '@/lib/newsroom';
import { noticeMail } from './notice-mail';
import { sendMail, type MailMessage } from './mailer';

/**
 * The receipt for a one-off gift. Like the member mail it goes through the job queue, queued in
 * the webhook's transaction, so a retried event or a failing mail server never mails twice or
 * holds up Stripe. The job names the donation, whose row holds the address Checkout was given
 * and the edition the gift was given from, whose language the receipt is in.
 */
export const DONATION_RECEIPT_JOB = 'donation-receipt';

export function donationReceiptJob(donationId: string): FollowUpJob {
  return { kind: DONATION_RECEIPT_JOB, key: `receipt:${donationId}`, payload: { donationId } };
}

const receiptPayload = z.object({ donationId: z.string() });

export async function sendDonationReceipt(payload: Record<string, unknown>) {
  const parsed = receiptPayload.safeParse(payload);
  if (!parsed.success)
    throw new Error(`${DONATION_RECEIPT_JOB} job with an unreadable payload: ${JSON.stringify(payload)}`);
  const donation = await getDonation({ id: parsed.data.donationId });
  if (!donation) return;
  await sendMail(
    await donationReceiptMail({
      to: donation.email,
      amount: donation.amount,
      currency: donation.currency,
      purpose: donation.purpose,
      givenAt: donation.createdAt,
      reference: donation.paymentIntentId ?? donation.id,
      locale: localeOr(donation.locale),
    }),
  );
}

export async function donationReceiptMail({
  to,
  amount,
  currency,
  purpose,
  givenAt,
  reference,
  locale = DEFAULT_LOCALE,
}: {
  to: string;
  amount: number;
  currency: string;
  purpose: DonationPurpose;
  givenAt: Date;
  reference: string;
  locale?: Locale;
}): Promise<MailMessage> {
  const { name, contactEmail } = getNewsroom();
  const t = translator(locale, 'donationReceipt');
  const format = formatter(locale);
  const sum = format.money(amount, currency);
  const lines: [string, string][] = [
    [t('amount'), sum],
    [t('date'), format.date(givenAt)],
    [t('given'), purpose === 'pool' ? t('toPool') : t('toNewsroom', { name })],
    [t('kind'), t('oneOff')],
    [t('reference'), reference],
  ];
  return noticeMail({
    locale,
    to,
    subject: t('subject', { sum, name }),
    headline: t('headline'),
    preheader: t('preheader', { sum }),
    paragraphs: [t('thanks', { sum, name })],
    lines,
    after: [t('once'), translator(locale, 'donationPurposes')(`${purpose}.effect`)],
    footer: t('footer', { email: contactEmail }),
  });
}
