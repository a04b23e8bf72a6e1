import type { Locale } from '@/domain/i18n/locales';
import { tierByKey } from '@/domain/membership/tiers';
import { translator } from '@/lib/i18n/messages';

/** A tier's name in `locale` ("Member", «Участник»); a membership of no tier we sell is "Your amount". */
export function tierName(locale: Locale, tier: string): string {
  const known = tierByKey(tier);
  return translator(locale, 'membershipTiers')(known ? `${known.key}.name` : 'custom.name');
}
