import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function randomChars(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  // 248 is the largest multiple of 62 below 256: rejecting above it keeps the characters uniform.
  for (let i = 0; out.length < length; i++) {
    const byte = i < bytes.length ? bytes[i]! : randomBytes(1)[0]!;
    if (byte < 248) out += ALPHABET[byte % 62];
  }
  return out;
}

/** Lengths follow Stripe's own ids, so code that validates or stores them sees the real shape. */
const LENGTHS: Record<string, number> = {
  cus: 14,
  prod: 14,
  si: 14,
  req: 14,
  cs_test: 58,
};

export function newId(prefix: string): string {
  return `${prefix}_${randomChars(LENGTHS[prefix] ?? 24)}`;
}
