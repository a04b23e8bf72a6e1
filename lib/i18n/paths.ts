import { LOCALES, type Locale } from '@/domain/i18n/locales';

/** A site path in `locale`'s edition: '/search' stays '/search' in English, is '/ru/search' in Russian. */
export function localePath(locale: Locale, path: string): string {
  const { prefix } = LOCALES[locale];
  if (!prefix) return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}
