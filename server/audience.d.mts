/** Types for audience.mjs (plain JavaScript: the production server runs without a compiler). */
export const AUDIENCE_COOKIE: string;
export const AUDIENCE_TTL_SECONDS: number;
export const MAX_SAVED_IN_COOKIE: number;
export const AUDIENCE_CLASSES: readonly ['reader', 'member'];
export type Audience = {
  audience: 'reader' | 'member';
  name: string;
  email: string;
  initial: string;
  staff: boolean;
  pastDue: boolean;
  saved: number[] | null;
};
export function audienceKey(authSecret: string | undefined): Buffer;
export function sessionBinding(sessionToken: string): string;
export function signAudience(audience: Audience, options: { key: Buffer; sessionToken: string; now?: number }): string;
export function readAudience(
  value: string | undefined,
  options: { key: Buffer; sessionToken: string | undefined; now?: number },
): Audience | null;
export function fillPersonal(html: string, audience: Audience): string | null;
