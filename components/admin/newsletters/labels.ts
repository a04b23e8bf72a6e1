import type { NewsletterAudience } from '@/domain/newsletters/newsletters';

/** The newsroom's words for a newsletter's audience, its sends and its suppressed addresses. */

export const AUDIENCE_LABELS: Record<NewsletterAudience, string> = {
  members: 'Members only',
  everyone: 'Anyone who subscribes',
};

export const SUPPRESSION_REASONS: Record<'bounce' | 'repeated-failure', string> = {
  bounce: 'Bounced',
  'repeated-failure': 'Repeated temporary failures',
};

/** An issue's send in a few words: "Sending", "Sent", or, for an issue from content/ that was never mailed from here, "Archive only". */
export function issueStatusLabel(issue: {
  sendStatus: 'sending' | 'sent';
  total: number;
  recipientCount: number | null;
}) {
  if (issue.sendStatus === 'sending') return 'Sending';
  return issue.total === 0 && issue.recipientCount === null ? 'Archive only' : 'Sent';
}

export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export const number = (n: number) => n.toLocaleString('en-GB');
