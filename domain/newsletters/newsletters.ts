import type { Entitlement } from '@/domain/membership/entitlement';

/**
 * Newsletters as the newsroom defines them: who may receive one (its audience), when it goes
 * out (its schedule, in newsroom time), and what a reader's subscription to it can be.
 */

/** 'everyone': anyone who subscribes and confirms. 'members': only readers who are members on the send day. */
export const NEWSLETTER_AUDIENCES = ['everyone', 'members'] as const;
export type NewsletterAudience = (typeof NEWSLETTER_AUDIENCES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A schedule: the days it goes out and the time, in the newsroom's time zone ("07:00"). */
export type NewsletterSchedule = { days: Weekday[]; time: string };

/**
 * 'pending': asked for, waiting for the emailed confirmation (double opt-in); 'subscribed';
 * 'unsubscribed': the reader stopped it (kept so that an automatic subscription does not
 * override their choice).
 */
export const SUBSCRIPTION_STATUSES = ['pending', 'subscribed', 'unsubscribed'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** An issue being sent ('sending': deliveries still queued) or sent (every delivery settled). */
export const ISSUE_SEND_STATUSES = ['sending', 'sent'] as const;
export type IssueSendStatus = (typeof ISSUE_SEND_STATUSES)[number];

/**
 * A delivery: 'queued' until a sender claims it ('sending'), then 'sent' (the mail server took
 * it), 'bounced' (it refused the address for good: suppressed) or 'failed' (temporary failures
 * past the limit, an interrupted send, or an address suppressed before its turn).
 */
export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'bounced'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const SCHEDULE_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whether a reader with this entitlement may receive a newsletter with this audience. */
export function mayReceive(audience: NewsletterAudience, entitlement: Entitlement): boolean {
  return audience === 'everyone' || entitlement.isMember;
}

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Mondays',
  tue: 'Tuesdays',
  wed: 'Wednesdays',
  thu: 'Thursdays',
  fri: 'Fridays',
  sat: 'Saturdays',
  sun: 'Sundays',
};

/** "Weekdays at 07:00", "Fridays at 17:00", "Mondays and Thursdays at 09:30"; null when it has none. */
export function describeSchedule(schedule: NewsletterSchedule | null): string | null {
  if (!schedule || schedule.days.length === 0) return null;
  const days = WEEKDAYS.filter((day) => schedule.days.includes(day));
  const weekdays = WEEKDAYS.slice(0, 5);
  const when =
    days.length === 7
      ? 'Every day'
      : days.length === 5 && weekdays.every((day) => days.includes(day))
        ? 'Weekdays'
        : days.length === 2 && days.includes('sat') && days.includes('sun')
          ? 'Weekends'
          : days
              .map((day) => DAY_NAMES[day])
              .reduce(
                (list, name, i, all) => (i === 0 ? name : `${list}${i === all.length - 1 ? ' and ' : ', '}${name}`),
                '',
              );
  return `${when} at ${schedule.time}`;
}
