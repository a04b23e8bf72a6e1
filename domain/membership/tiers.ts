/**
 * The membership offer, as data. `npm run stripe:sync` creates the matching products and
 * prices in Stripe, found again by lookup key.
 */
export type Interval = 'month' | 'year';

export type Tier = {
  key: 'supporter' | 'member' | 'patron';
  name: string;
  /** Amounts in US cents. */
  monthly: number;
  yearly: number;
  blurb: string;
  suggested?: boolean;
};

export const CURRENCY = 'usd';

export const TIERS: readonly Tier[] = [
  {
    key: 'supporter',
    name: 'Supporter',
    monthly: 500,
    yearly: 5000,
    blurb: 'Keeps a reporter on the road for a day each year.',
  },
  {
    key: 'member',
    name: 'Member',
    monthly: 1000,
    yearly: 10000,
    blurb: 'Pays for a translator at a court hearing every few months.',
    suggested: true,
  },
  {
    key: 'patron',
    name: 'Patron',
    monthly: 2500,
    yearly: 25000,
    blurb: 'Covers the legal review of an investigation.',
  },
];

/** "Choose your amount": monthly only, at least this many cents. */
export const CUSTOM_MINIMUM = 300;
export const CUSTOM_MAXIMUM = 100_000;

export const lookupKey = (tier: Tier['key'], interval: Interval) =>
  `${tier}_${interval === 'month' ? 'monthly' : 'yearly'}`;
export const customLookupKey = (amount: number) => `custom_monthly_${amount}`;

export function tierByKey(key: string): Tier | undefined {
  return TIERS.find((t) => t.key === key);
}

export function formatMoney(cents: number, currency = CURRENCY): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: cents % 100 ? 2 : 0,
  }).format(cents / 100);
}

/** What a year costs on the yearly plan against twelve months. */
export function yearlySaving(tier: Tier): number {
  return tier.monthly * 12 - tier.yearly;
}

export type Choice = { tier: Tier['key'] | 'custom'; interval: Interval; amount: number; name: string };

/** Reads a choice from a form or a URL; null when it is not one we offer. */
export function parseChoice(input: {
  tier?: unknown;
  interval?: unknown;
  amount?: unknown;
}): Choice | { error: string } {
  const interval: Interval = input.interval === 'year' ? 'year' : 'month';
  if (input.tier === 'custom') {
    const dollars = Number(String(input.amount ?? '').replace(/[$,\s]/g, ''));
    const amount = Math.round(dollars * 100);
    if (!Number.isFinite(dollars) || amount < CUSTOM_MINIMUM)
      return { error: `Please choose at least ${formatMoney(CUSTOM_MINIMUM)} a month.` };
    if (amount > CUSTOM_MAXIMUM)
      return { error: `For more than ${formatMoney(CUSTOM_MAXIMUM)} a month, please write to us.` };
    return { tier: 'custom', interval: 'month', amount, name: 'Your amount' };
  }
  const tier = typeof input.tier === 'string' ? tierByKey(input.tier) : undefined;
  if (!tier) return { error: 'Please choose a membership.' };
  return { tier: tier.key, interval, amount: interval === 'month' ? tier.monthly : tier.yearly, name: tier.name };
}
