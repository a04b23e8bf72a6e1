/**
 * The languages the newsroom publishes in. Adding one (Armenian, Georgian, Azerbaijani) is a new
 * entry here and its messages file (messages/<code>.json): routes, search, mail and Stripe read
 * everything they need from this table.
 */
export const LOCALES = {
  en: {
    /** What the language switch and the admin call it, in the language itself. */
    name: 'English',
    /** The URL prefix of this edition; the default edition has none. */
    prefix: '',
    /** BCP 47 tag for <html lang>, hreflang and Intl formatting. */
    tag: 'en-GB',
    /** Postgres text-search configuration for this language's stories. */
    searchConfig: 'english',
    /** Stripe Checkout's and the billing portal's `locale`. */
    stripeLocale: 'en',
  },
  ru: {
    name: 'Русский',
    prefix: '/ru',
    tag: 'ru-RU',
    searchConfig: 'russian',
    stripeLocale: 'ru',
  },
} as const satisfies Record<string, LocaleSettings>;

type LocaleSettings = { name: string; prefix: string; tag: string; searchConfig: string; stripeLocale: string };

export type Locale = keyof typeof LOCALES;
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/** A value stored with a locale (a reader's language, an article's), or the default one. */
export function localeOr(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Names in other languages than the row's own: `{ ru: { name: 'Новости' } }`. */
export type Translations<T> = Partial<Record<Locale, Partial<T>>>;

/** The row's field in `locale`, falling back to its own (default-language) value. */
export function translated<T extends Record<string, string>, K extends keyof T>(
  row: T & { translations?: Translations<T> | null },
  field: K,
  locale: Locale,
): T[K] {
  if (locale === DEFAULT_LOCALE) return row[field];
  const value = row.translations?.[locale]?.[field];
  return value === undefined || value === '' ? row[field] : value;
}
