import type { CancellationReason, PauseMonths } from './giving';
import { CANCELLATION_REASONS, PAUSE_MONTHS } from './giving';
import { utcToZonedWallTime, zonedWallTimeToUtc } from '@/domain/articles/newsroom-time';
import type { MembershipStatus } from './statuses';
import { TIERS, tierByKey, yearlySaving, type Interval, type Tier } from './tiers';

/**
 * What the newsroom offers a member who says why they are leaving, and what it tells Stripe.
 * Each offer is something the member can take in one press; leaving stays one press away too.
 */

/** Stripe's cancellation_details.feedback nearest to each of our answers. */
export const STRIPE_FEEDBACK: Record<CancellationReason, 'too_expensive' | 'unused' | 'low_quality' | 'other'> = {
  'too-expensive': 'too_expensive',
  'not-reading': 'unused',
  disagree: 'low_quality',
  payment: 'other',
  other: 'other',
};

/** The longest free text we keep (Stripe's comment takes up to 5000 characters). */
export const CANCELLATION_COMMENT_MAX = 1000;

export type PlanSwitch = { tier: Tier['key']; name: string; interval: Interval; amount: number; saving: number };

export type Offer =
  { kind: 'pause'; months: readonly PauseMonths[] } | { kind: 'switch'; plans: PlanSwitch[] } | { kind: 'card' };

/** The membership as the offers need it: what the member pays now and whether it can pause. */
export type LeavingMembership = {
  tier: string;
  interval: Interval;
  amount: number;
  status: MembershipStatus;
  cancelAtPeriodEnd: boolean;
  pausedUntil: Date | null;
};

/**
 * A pause skips renewals, so it only helps a monthly membership whose payments are in order: a
 * yearly one is paid months ahead, and a failed payment's invoice is retried through a pause.
 */
export function canPause(membership: LeavingMembership, now: Date = new Date()): boolean {
  return (
    membership.interval === 'month' &&
    membership.status === 'active' &&
    !membership.cancelAtPeriodEnd &&
    !(membership.pausedUntil && membership.pausedUntil > now)
  );
}

/** Cheaper tiers at the member's interval, dearest first, then yearly billing of their own tier if it saves. */
export function cheaperPlans(membership: LeavingMembership): PlanSwitch[] {
  const price = (tier: Tier, interval: Interval) => (interval === 'month' ? tier.monthly : tier.yearly);
  const cheaper = TIERS.filter((tier) => price(tier, membership.interval) < membership.amount)
    .sort((a, b) => price(b, membership.interval) - price(a, membership.interval))
    .map((tier) => ({
      tier: tier.key,
      name: tier.name,
      interval: membership.interval,
      amount: price(tier, membership.interval),
      saving: 0,
    }));
  const own = tierByKey(membership.tier);
  const yearly: PlanSwitch[] =
    own && membership.interval === 'month' && own.monthly === membership.amount && yearlySaving(own) > 0
      ? [{ tier: own.key, name: own.name, interval: 'year', amount: own.yearly, saving: yearlySaving(own) }]
      : [];
  return [...cheaper, ...yearly];
}

/** What fits the answer: nothing at all for a disagreement or another reason, beyond being heard. */
export function offersFor(reason: CancellationReason, membership: LeavingMembership, now: Date = new Date()): Offer[] {
  const pause: Offer[] = canPause(membership, now) ? [{ kind: 'pause', months: PAUSE_MONTHS }] : [];
  switch (reason) {
    case 'too-expensive': {
      const plans = cheaperPlans(membership);
      return [...(plans.length ? [{ kind: 'switch' as const, plans }] : []), ...pause];
    }
    case 'not-reading':
      return pause;
    case 'payment':
      return [{ kind: 'card' }, ...pause];
    case 'disagree':
    case 'other':
      return [];
  }
}

/**
 * When a pause of `months` from `from` ends: the last second of the same day of the month on the
 * newsroom's clock (clamped to the month's end), so "paused until 3 January" covers that day,
 * and a renewal due on it, even one at the hour the pause began, is skipped rather than charged.
 */
export function pauseEndsAt(from: Date, months: PauseMonths, timeZone: string): Date {
  const [year, month, day] = utcToZonedWallTime(from, timeZone).slice(0, 10).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  const end = zonedWallTimeToUtc(`${target.toISOString().slice(0, 10)}T23:59:59`, timeZone);
  if (!end) throw new Error(`no end of day for ${target.toISOString()} in ${timeZone}`);
  return end;
}

/** Every answer's offers at once, for a page that shows the one that fits as soon as it is chosen. */
export function offersByReason(membership: LeavingMembership, now: Date = new Date()) {
  return Object.fromEntries(
    CANCELLATION_REASONS.map((reason) => [reason, offersFor(reason, membership, now)]),
  ) as Record<CancellationReason, Offer[]>;
}

/**
 * A pause with no date to resume (set in Stripe's dashboard, not by the site): kept as the
 * latest date a Date can hold, so every "paused until" comparison holds, and never shown as a day.
 */
export const PAUSED_WITHOUT_END = new Date(8.64e15);

export function isPausedWithoutEnd(until: Date): boolean {
  return until.getTime() >= PAUSED_WITHOUT_END.getTime();
}
