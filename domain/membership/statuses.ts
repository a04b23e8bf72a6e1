/**
 * The states of a Stripe subscription, as our copy of it stores them (db/schema.ts builds its
 * enum from this list). Which of them make a member is the entitlement's answer
 * (./entitlement.ts), not this file's.
 */
export const MEMBERSHIP_STATUSES = [
  'incomplete',
  'incomplete_expired',
  'trialing',
  'active',
  'past_due',
  'canceled',
  'unpaid',
  'paused',
] as const;

export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/**
 * A subscription that is still running: it renews, or Stripe is still retrying a failed payment.
 * Such a reader has something to manage or cancel and must not start a second one. Being a
 * member is a different question (a past_due subscription stops making one after the grace).
 */
export const RUNNING_STATUSES = ['active', 'trialing', 'past_due'] as const satisfies readonly MembershipStatus[];

export function isRunning(status: MembershipStatus): boolean {
  return (RUNNING_STATUSES as readonly MembershipStatus[]).includes(status);
}

/** A status Stripe adds later is stored as 'incomplete': never a member until we know better. */
export function knownStatus(status: string): MembershipStatus {
  return (MEMBERSHIP_STATUSES as readonly string[]).includes(status) ? (status as MembershipStatus) : 'incomplete';
}
