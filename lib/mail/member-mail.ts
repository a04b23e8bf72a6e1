import 'server-only';
import { z } from 'zod';
import { listBenefits } from '@/db/queries/benefits';
import type { FollowUpJob } from '@/db/queries/memberships';
import { subscribeNewMember } from '@/db/queries/newsletters';
import { getUserById } from '@/db/queries/users';
import { localeOr } from '@/domain/i18n/locales';
import { sendMail } from './mailer';
import { paymentFailedMail, welcomeMail } from './templates';

/**
 * Mail about a reader's membership goes through the job queue, never from inside Stripe's
 * webhook request: a slow or failing mail server must not hold up or fail the webhook, and a
 * failed send is retried with back-off. The job names the reader, not their address, so a
 * queued mail holds no personal data and an account deleted in the meantime gets none.
 */
const memberMail = z.discriminatedUnion('mail', [
  z.object({ mail: z.literal('welcome'), userId: z.string(), tier: z.string() }),
  z.object({ mail: z.literal('payment-failed'), userId: z.string() }),
]);

export type MemberMail = z.infer<typeof memberMail>;

export const MEMBER_MAIL_JOB = 'member-mail';

export function memberMailJob(mail: MemberMail, { subscriptionId }: { subscriptionId: string }): FollowUpJob {
  // One pending mail of a kind per subscription: a second failure before the first mail went out sends one.
  return { kind: MEMBER_MAIL_JOB, key: `mail:${mail.mail}:${subscriptionId}`, payload: mail };
}

/** Runs a member-mail job: renders the mail for the reader's current address and sends it. */
export async function sendMemberMail(payload: Record<string, unknown>) {
  const parsed = memberMail.safeParse(payload);
  if (!parsed.success) throw new Error(`${MEMBER_MAIL_JOB} job with an unreadable payload: ${JSON.stringify(payload)}`);
  const mail = parsed.data;
  const user = await getUserById({ id: mail.userId });
  if (!user) return;
  // In the language the reader last signed in with (their account's).
  const locale = localeOr(user.locale);
  if (mail.mail === 'payment-failed') return sendMail(await paymentFailedMail({ to: user.email, locale }));
  // Subscribing here, not in the webhook: a retried job subscribes once and the mail says what it did.
  const newsletters = await subscribeNewMember({ userId: user.id, locale });
  const benefits = await listBenefits({ locale });
  await sendMail(await welcomeMail({ to: user.email, tier: mail.tier, newsletters, benefits, locale }));
}
