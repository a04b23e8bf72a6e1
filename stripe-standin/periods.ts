import type Stripe from 'stripe';

const DAY = 24 * 3600;

/** Calendar months in UTC, clamped to the month's last day (Jan 31 + 1 month = Feb 28), as Stripe bills. */
function addMonths(at: number, months: number): number {
  const date = new Date(at * 1000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return Date.UTC(year, month, day, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()) / 1000;
}

export function addInterval(
  at: number,
  recurring: Pick<Stripe.Price.Recurring, 'interval' | 'interval_count'>,
  times = 1,
): number {
  const n = recurring.interval_count * times;
  switch (recurring.interval) {
    case 'day':
      return at + n * DAY;
    case 'week':
      return at + n * 7 * DAY;
    case 'year':
      return addMonths(at, 12 * n);
    default:
      return addMonths(at, n);
  }
}

/**
 * The end of the period after `after`, counted from the billing cycle anchor so a subscription
 * that began on the 31st comes back to the 31st after a short month.
 */
export function nextPeriodEnd(anchor: number, recurring: Stripe.Price.Recurring, after: number): number {
  for (let times = 1; ; times++) {
    const end = addInterval(anchor, recurring, times);
    if (end > after) return end;
  }
}

/** The share of the item's current period still to come at `now`, between 0 and 1. */
export function remainingFraction(item: Stripe.SubscriptionItem, now: number): number {
  const length = item.current_period_end - item.current_period_start;
  if (length <= 0) return 0;
  return Math.min(1, Math.max(0, (item.current_period_end - now) / length));
}

export function sameInterval(a: Stripe.Price, b: Stripe.Price): boolean {
  return a.recurring?.interval === b.recurring?.interval && a.recurring?.interval_count === b.recurring?.interval_count;
}

export { DAY };
