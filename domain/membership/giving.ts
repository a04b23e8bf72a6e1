/**
 * The newsroom's words for the other ways to give and to stay: one-off gifts, pauses and the
 * reasons a member gives for leaving. The database stores these values; pages show the labels.
 */

/** A one-off gift goes to the newsroom, or to the pool that funds memberships for readers who cannot pay. */
export const DONATION_PURPOSES = ['newsroom', 'pool'] as const;
export type DonationPurpose = (typeof DONATION_PURPOSES)[number];

/** The smallest one-off gift, in cents: below it the card fees take most of it. */
export const MIN_DONATION_CENTS = 300;

/** A member may pause for one, two or three months instead of cancelling. */
export const PAUSE_MONTHS = [1, 2, 3] as const;
export type PauseMonths = (typeof PAUSE_MONTHS)[number];

/** Why a member leaves, asked before they cancel; each answer has an offer that fits it. */
export const CANCELLATION_REASONS = ['too-expensive', 'not-reading', 'disagree', 'payment', 'other'] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

export const CANCELLATION_REASON_LABELS: Record<CancellationReason, string> = {
  'too-expensive': 'It costs too much',
  'not-reading': 'I’m not reading enough',
  disagree: 'I disagree with your coverage',
  payment: 'Payment problems',
  other: 'Something else',
};

/** A gift membership lasts three, six or twelve months of the tier chosen. */
export const GIFT_MONTHS = [3, 6, 12] as const;
export type GiftMonths = (typeof GIFT_MONTHS)[number];

/** A gift is bought by a reader, or given from the pool to a reader whose request was approved. */
export const GIFT_SOURCES = ['purchase', 'pool'] as const;
export type GiftSource = (typeof GIFT_SOURCES)[number];

/** A request for a membership from the pool, until an editor decides it. */
export const POOL_REQUEST_STATUSES = ['pending', 'approved', 'declined'] as const;
export type PoolRequestStatus = (typeof POOL_REQUEST_STATUSES)[number];

/** A request for a membership from the pool says why in at most this many characters. */
export const POOL_REASON_MAX = 1000;
