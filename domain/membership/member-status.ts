import { isRunning, type MembershipStatus } from '@/domain/membership/statuses';
import { entitlementFor, type Entitlement } from '@/domain/membership/entitlement';
import { formatMoney, tierByKey, type Interval } from './tiers';

/**
 * How the newsroom's admin describes one reader's membership: the list, the CSV export and the
 * detail page say the same words. Whether someone is a member comes from entitlementFor().
 */

/** The status filter of /admin/members. */
export const MEMBER_FILTERS = [
  {
    value: 'member',
    label: 'Members now',
    hint: 'Counts as a member today: active, trialing, past due within the grace period, or a complimentary grant.',
  },
  { value: 'past_due', label: 'Past due', hint: 'The last renewal failed; members for the grace period, then lapsed.' },
  {
    value: 'cancelled',
    label: 'No longer members',
    hint: 'Had a membership or a grant that has ended (cancelled, lapsed, unpaid, paused).',
  },
  { value: 'complimentary', label: 'Complimentary', hint: 'Holds a complimentary grant that is still running.' },
  {
    value: 'all',
    label: 'Everyone with a record',
    hint: 'Anyone who started a membership or was given one, including unfinished checkouts.',
  },
] as const;

export type MemberFilterStatus = (typeof MEMBER_FILTERS)[number]['value'];

/** One reader as the admin's list sees them: their current subscription (if any) and grants. */
export type MemberRow = {
  userId: string;
  email: string;
  membershipId: string | null;
  status: MembershipStatus | null;
  tier: string | null;
  amount: number | null;
  currency: string | null;
  interval: Interval | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  endedAt: Date | null;
  pastDueSince: Date | null;
  pausedUntil: Date | null;
  membershipCreatedAt: Date | null;
  complimentaryUntil: Date | null;
  firstGrantedAt: Date | null;
};

/** What a subscription brings in per month: yearly plans count a twelfth of their price. */
export function monthlyEquivalent(amount: number, interval: Interval): number {
  return interval === 'year' ? amount / 12 : amount;
}

export function tierName(tier: string | null): string {
  if (!tier) return '—';
  if (tier === 'custom') return 'Own amount';
  return tierByKey(tier)?.name ?? tier;
}

const ENDED_WORDS: Partial<Record<MembershipStatus, string>> = {
  canceled: 'Cancelled',
  unpaid: 'Unpaid',
  paused: 'Paused',
  past_due: 'Past due, lapsed',
  incomplete: 'Checkout not finished',
  incomplete_expired: 'Checkout expired',
};

function statusWords(row: MemberRow, entitlement: Entitlement): string {
  switch (entitlement.reason) {
    case 'active':
      return row.cancelAtPeriodEnd ? 'Active, set to end' : 'Active';
    case 'trialing':
      return 'Trialing';
    case 'grace':
      return 'Past due, in grace';
    case 'complimentary':
      return 'Complimentary';
    case 'paused':
      return 'Paused';
    default:
      return row.status ? (ENDED_WORDS[row.status] ?? row.status) : 'Grant ended';
  }
}

export type MemberDescription = {
  isMember: boolean;
  entitlement: Entitlement;
  tier: string;
  status: string;
  /** "$10 / month", or "—" without a subscription. */
  amount: string;
  since: Date | null;
  next: { label: 'Renews' | 'Ends' | 'Ended' | 'Resumes'; at: Date } | null;
};

export function describeMember(row: MemberRow, now: Date = new Date()): MemberDescription {
  const entitlement = entitlementFor(
    {
      membership: row.status
        ? { status: row.status, pastDueSince: row.pastDueSince, pausedUntil: row.pausedUntil }
        : null,
      complimentaryUntil: row.complimentaryUntil,
    },
    now,
  );
  const live = row.status !== null && isRunning(row.status);
  let next: MemberDescription['next'] = null;
  if (entitlement.reason === 'paused') next = { label: 'Resumes', at: entitlement.resumesAt };
  else if (entitlement.reason === 'complimentary' && row.complimentaryUntil)
    next = { label: 'Ends', at: row.complimentaryUntil };
  else if (live && row.currentPeriodEnd)
    next = { label: row.cancelAtPeriodEnd ? 'Ends' : 'Renews', at: row.currentPeriodEnd };
  else if (row.endedAt) next = { label: 'Ended', at: row.endedAt };
  return {
    isMember: entitlement.isMember,
    entitlement,
    tier: row.membershipId ? tierName(row.tier) : entitlement.reason === 'complimentary' ? 'Complimentary' : '—',
    status: statusWords(row, entitlement),
    amount:
      row.amount !== null && row.interval && row.currency
        ? `${formatMoney(row.amount, row.currency)} / ${row.interval}`
        : '—',
    since: row.membershipCreatedAt ?? row.firstGrantedAt,
    next,
  };
}

/** Where a "Become a member" click came from (memberships.attribution_placement), in words. */
export function placementName(placement: string | null): string {
  switch (placement) {
    case 'in-article':
      return 'Appeal inside an article';
    case 'end-of-article':
      return 'Appeal at the end of an article';
    case 'banner':
      return 'Campaign banner';
    case 'header':
      return 'Header button';
    case 'paywall':
      return 'Paywall of a members-only story';
    case 'home':
      return 'Home page or account';
    case null:
      return 'Not recorded';
    default:
      return placement;
  }
}
