import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '@/domain/i18n/locales';

/** The longest name a section, region or tag may have in any language. */
export const NAME_MAX = 80;

/** The form's field for one row's name in one language: `name:12:ru`. */
export const nameField = (id: number, locale: Locale) => `name:${id}:${locale}`;

export type NamedRow = { id: number; name: string; names: Partial<Record<Locale, string>> };

/**
 * The names a form sends for these rows, or the fields it must fix: the default language's name
 * is required (it is what every edition falls back to), the others may be left empty.
 */
export function readNames(
  ids: number[],
  values: Record<string, unknown>,
): { ok: true; rows: NamedRow[] } | { ok: false; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const rows = ids.map((id) => {
    const names: Partial<Record<Locale, string>> = {};
    for (const locale of LOCALE_CODES) {
      const field = nameField(id, locale);
      const raw = values[field];
      const value = typeof raw === 'string' ? raw.trim() : '';
      if (locale === DEFAULT_LOCALE && !value)
        fieldErrors[field] = ['Give it a name: the other editions fall back to it.'];
      else if (value.length > NAME_MAX) fieldErrors[field] = [`Keep the name under ${NAME_MAX} characters.`];
      if (locale !== DEFAULT_LOCALE) names[locale] = value;
    }
    const own = values[nameField(id, DEFAULT_LOCALE)];
    return { id, name: typeof own === 'string' ? own.trim() : '', names };
  });
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, rows };
}
