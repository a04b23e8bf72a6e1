import transliterate from '@sindresorhus/transliterate';

/** A slug as we store one: lower-case ASCII words joined by single hyphens ("talks-resume-in-yerevan"). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Lower-case, hyphenated, ASCII: "Talks resume in Yerevan" → "talks-resume-in-yerevan", and in the
 * other editions' scripts through their usual Latin spelling (@sindresorhus/transliterate, which
 * knows Cyrillic, Armenian, Georgian and Azerbaijani letters): "Средний коридор" → "sredniy-koridor".
 */
export function slugify(value: string): string {
  return transliterate(value.replace(/['’‘]/g, ''))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/**
 * A slug as a link carries one: the story and the appeal placement in /membership?from=…&placement=…,
 * passed on to Checkout. Checked before it is looked up or recorded; next.config.ts's rewrites
 * match the same source.
 */
export const LINK_SLUG_SOURCE = '[a-z0-9-]{1,100}';
const LINK_SLUG = new RegExp(`^${LINK_SLUG_SOURCE}$`);

/** The value when it is a slug a link may carry, otherwise null. */
export function linkSlug(value: unknown): string | null {
  return typeof value === 'string' && LINK_SLUG.test(value) ? value : null;
}
