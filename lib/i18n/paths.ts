import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, type Locale } from '../../domain/i18n/locales';

/** A site path in `locale`'s edition: '/search' stays '/search' in English, is '/ru/search' in Russian. */
export function localePath(locale: Locale, path: string): string {
  const { prefix } = LOCALES[locale];
  if (!prefix) return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}

/** The editions with a prefix of their own (`/ru`); the default edition's pages are at the root. */
const EDITION_PREFIX = new RegExp(`^/(${LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE).join('|')})(?=/|$)`);

/** '/ru/articles/x' → ru, '/articles/x'; '/articles/x' → the default edition, '/articles/x'. */
export function editionOf(pathname: string): { edition: Locale; path: string } {
  const match = EDITION_PREFIX.exec(pathname);
  if (!match) return { edition: DEFAULT_LOCALE, path: pathname };
  return { edition: match[1] as Locale, path: pathname.slice(match[0].length) || '/' };
}
