import 'server-only';
import { z } from 'zod';
import type { FollowUpJob } from '@/db/queries/memberships';
import { getDonation } from '@/db/queries/donations';
import type { DonationPurpose } from '@/domain/membership/giving';
import { DONATION_PURPOSE_EFFECTS } from '@/domain/membership/give-once';
import { formatMoney } from '@/domain/membership/tiers';
import { formatDate } from '@/lib/format';
import { getNewsroom } from '@/lib/newsroom';
import { noticeMail } from './notice-mail';
import { sendMail, type MailMessage } from './mailer';

/**
 * The receipt for a one-off gift. Like the member mail it goes through the job queue, queued in
 * the webhook's transaction, so a retried event or a failing mail server never mails twice or
 * holds up Stripe. The job names the donation, whose row holds the address Checkout was given.
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
}: {
  to: string;
  amount: number;
  currency: string;
  purpose: DonationPurpose;
  givenAt: Date;
  reference: string;
}): Promise<MailMessage> {
  const { name, contactEmail } = getNewsroom();
  const sum = formatMoney(amount, currency);
  const thanks = `Thank you for your gift of ${sum} to ${name}.`;
  const once = 'This was a one-off gift: nothing more will be taken from your card.';
  const effect = DONATION_PURPOSE_EFFECTS[purpose];
  const lines: [string, string][] = [
    ['Amount', sum],
    ['Date', formatDate(givenAt)],
    ['Given', purpose === 'pool' ? 'To fund a membership for a reader who cannot pay' : `To ${name}’s newsroom`],
    ['Kind', 'One-off gift'],
    ['Reference', reference],
  ];
  return noticeMail({
    to,
    subject: `Your receipt: ${sum} to ${name}`,
    headline: 'Thank you',
    preheader: `Your receipt for ${sum}`,
    paragraphs: [thanks],
    lines,
    after: [once, effect],
    footer: `Questions about this gift? Write to ${contactEmail}. Keep this email as your receipt.`,
  });
}
