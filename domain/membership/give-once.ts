import { DONATION_PURPOSES, MIN_DONATION_CENTS, type DonationPurpose } from './giving';
import { formatMoney } from './tiers';

/** The amounts a one-off gift suggests, in cents; "Other" takes any amount from the minimum up. */
export const SUGGESTED_GIFT_CENTS = [1000, 2500, 5000, 10000] as const;

/** The suggestion chosen when the form first shows. */
export const DEFAULT_GIFT_CENTS = 2500;

/** Above this a gift is a conversation, not a card payment (and a mistyped zero costs a reader dearly). */
export const MAX_DONATION_CENTS = 1_000_000;

export const DONATION_PURPOSE_LABELS: Record<DonationPurpose, string> = {
  newsroom: 'To the newsroom',
  pool: 'Fund a membership for someone who cannot pay',
};

/** What a gift does, said on the thank-you page and in the receipt. */
export const DONATION_PURPOSE_EFFECTS: Record<DonationPurpose, string> = {
  newsroom:
    'It pays for reporting: reporters’ travel, translators, legal review and the servers that keep every story free to read.',
  pool: 'It goes to the fund that gives memberships to readers who cannot pay: students, and readers in the region whose cards no longer work.',
};

export type GiftForm = { amount: string; other: string; purpose: string };

export type ParsedGift =
  { ok: true; amount: number; purpose: DonationPurpose } | { ok: false; error: string; form: GiftForm };

/** "25", "25.50", "$25", "25,50": a sum of money as readers type it, in cents; null if it is not one. */
function centsOf(typed: string): number | null {
  const cleaned = typed
    .trim()
    .replace(/^\$\s*/, '')
    .replace(',', '.');
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

/**
 * Reads the give-once form. A typed "Other" amount wins over the suggestion chosen: a reader who
 * types 7 and forgets to pick "Other" meant 7, not the preselected 25. The form comes back with
 * what was typed when it is refused.
 */
export function parseGift(input: Partial<Record<keyof GiftForm, unknown>>): ParsedGift {
  const form: GiftForm = {
    amount: typeof input.amount === 'string' ? input.amount.slice(0, 20) : '',
    other: typeof input.other === 'string' ? input.other.slice(0, 20) : '',
    purpose: typeof input.purpose === 'string' ? input.purpose.slice(0, 20) : '',
  };
  const purpose = (DONATION_PURPOSES as readonly string[]).includes(form.purpose)
    ? (form.purpose as DonationPurpose)
    : 'newsroom';
  const refuse = (error: string): ParsedGift => ({ ok: false, error, form: { ...form, purpose } });
  const typed = form.other.trim();
  const chosen = typed || form.amount === 'other' ? typed : form.amount;
  if (!chosen) return refuse(`Please choose an amount, or type one of at least ${formatMoney(MIN_DONATION_CENTS)}.`);
  const amount = centsOf(chosen);
  if (amount === null) return refuse('Please type the amount in dollars, for example 15 or 15.50.');
  if (amount < MIN_DONATION_CENTS)
    return refuse(
      `The smallest gift we can take is ${formatMoney(MIN_DONATION_CENTS)}: below that, card fees take most of it.`,
    );
  if (amount > MAX_DONATION_CENTS)
    return refuse(
      `For a gift of more than ${formatMoney(MAX_DONATION_CENTS)}, please write to us and we will arrange it.`,
    );
  return { ok: true, amount, purpose };
}
