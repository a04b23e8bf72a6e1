import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '@/domain/i18n/locales';

/** What an author has in every edition's language: the default one's in its own fields, the others' as `name_ru`. */
export const TRANSLATED = ['name', 'role', 'bio'] as const;
export type Translated = (typeof TRANSLATED)[number];
export const TRANSLATED_LIMITS: Record<Translated, number> = { name: 120, role: 120, bio: 5000 };
export const OTHER_LOCALES = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE);

export type AuthorField = 'name' | 'slug' | 'role' | 'bio' | 'photoUrl' | `${Translated}_${Locale}`;

/** The form's name of a translated field: `name_ru`. */
export const translatedField = (field: Translated, locale: Locale): AuthorField => `${field}_${locale}`;

/** Every other edition's translated field, once: `{ locale: 'ru', field: 'name', name: 'name_ru' }`, … */
export const TRANSLATED_FIELDS = OTHER_LOCALES.flatMap((locale) =>
  TRANSLATED.map((field) => ({ locale, field, name: translatedField(field, locale) })),
);
