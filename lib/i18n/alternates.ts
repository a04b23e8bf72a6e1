import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '@/domain/i18n/locales';
import { localePath } from '@/lib/i18n/paths';

/** One language's version of a story: its edition and its address there. */
export type StoryVersion = { language: Locale; slug: string };

/**
 * The hreflang alternates of a story and its translations, each naming all of them (itself
 * included) and `x-default`: the default edition's version, or the story itself when it has none.
 * Empty for a story in one language only: there is nothing to point to.
 */
export function storyAlternates(self: StoryVersion, counterparts: StoryVersion[]): Record<string, string> {
  if (!counterparts.length) return {};
  const versions = [self, ...counterparts].sort(
    (a, b) => LOCALE_CODES.indexOf(a.language) - LOCALE_CODES.indexOf(b.language),
  );
  const path = (v: StoryVersion) => localePath(v.language, `/articles/${v.slug}`);
  const fallback = versions.find((v) => v.language === DEFAULT_LOCALE) ?? self;
  return { ...Object.fromEntries(versions.map((v) => [v.language, path(v)])), 'x-default': path(fallback) };
}

/** The editions other than `locale`, in the table's order: where the language switch leads. */
export function otherEditions(locale: Locale): Locale[] {
  return LOCALE_CODES.filter((code) => code !== locale);
}
