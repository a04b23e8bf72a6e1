/**
 * Stripe's documented test cards, and the checks a hosted card form makes before anything is
 * charged. The full number never leaves this module: a saved card keeps brand, last4 and what the
 * card does when charged later.
 */

export type CardOutcome = 'succeeds' | 'declined' | 'insufficient_funds' | 'fails_later' | 'requires_authentication';

const TEST_CARDS: Record<string, { brand: string; outcome: CardOutcome }> = {
  '4242424242424242': { brand: 'visa', outcome: 'succeeds' },
  '4000000000000002': { brand: 'visa', outcome: 'declined' },
  '4000000000009995': { brand: 'visa', outcome: 'insufficient_funds' },
  '4000000000000341': { brand: 'visa', outcome: 'fails_later' },
  '4000002760003184': { brand: 'visa', outcome: 'requires_authentication' },
};

export const CARD_MESSAGES = {
  declined: 'Your card was declined.',
  insufficient_funds: 'Your card has insufficient funds.',
  authentication_failed:
    'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
  invalid_number: 'Your card number is invalid.',
} as const;

export interface Card {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  outcome: CardOutcome;
}

export interface CardFields {
  cardNumber?: string;
  cardExpiry?: string;
  cardCvc?: string;
  billingName?: string;
}

export type FieldErrors = Partial<Record<'email' | keyof CardFields, string>>;

/** `MM / YY`, `MM/YY`, `MMYY` and `MM/YYYY` are all what people type into an expiry field. */
function parseExpiry(text: string): { month: number; year: number } | null {
  const match = /^(\d{1,2})\s*\/?\s*(\d{2}|\d{4})$/.exec(text.trim());
  if (!match) return null;
  const month = Number(match[1]);
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { month, year };
}

/** Checks the card fields of a hosted form; `now` is the stand-in clock, so an expiry is judged against it. */
export function readCard(fields: CardFields, now: number): { card: Card | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const number = (fields.cardNumber ?? '').replace(/[\s-]/g, '');
  let testCard: (typeof TEST_CARDS)[string] | undefined;
  if (!number) errors.cardNumber = 'Your card number is incomplete.';
  else {
    testCard = TEST_CARDS[number];
    if (!testCard) errors.cardNumber = CARD_MESSAGES.invalid_number;
  }

  const expiryText = (fields.cardExpiry ?? '').trim();
  const expiry = parseExpiry(expiryText);
  if (!expiryText) errors.cardExpiry = "Your card's expiration date is incomplete.";
  else if (!expiry) errors.cardExpiry = "Your card's expiration date is invalid.";
  else {
    const today = new Date(now * 1000);
    const current = today.getUTCFullYear() * 12 + today.getUTCMonth() + 1;
    if (expiry.year * 12 + expiry.month < current) errors.cardExpiry = "Your card's expiration date is in the past.";
  }

  const cvc = (fields.cardCvc ?? '').trim();
  if (!/^\d{3,4}$/.test(cvc))
    errors.cardCvc = cvc ? "Your card's security code is invalid." : "Your card's security code is incomplete.";

  if (!(fields.billingName ?? '').trim()) errors.billingName = 'Enter the name on your card.';

  if (Object.keys(errors).length > 0 || !testCard || !expiry) return { card: null, errors };
  return {
    card: {
      brand: testCard.brand,
      last4: number.slice(-4),
      expMonth: expiry.month,
      expYear: expiry.year,
      outcome: testCard.outcome,
    },
    errors,
  };
}

export function readEmail(value: string | undefined): { email: string; error?: string } {
  const email = (value ?? '').trim();
  if (!email) return { email, error: 'Your email is incomplete.' };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { email, error: 'Your email address is invalid.' };
  return { email };
}
