import { LOCALE_CODES, LOCALES, localeOr, type Locale } from '@/domain/i18n/locales';

/**
 * Which newsletters an edition offers, and in which language a newsletter's mail and pages
 * speak. A newsletter is written in one language (newsletters.language); each edition offers its
 * own language's first. The others are still listed after them, labelled with their language,
 * never hidden: the region's readers often read two languages, a members' newsletter is a
 * benefit of every membership whichever edition the member reads, and a signed-in reader must be
 * able to see and stop what they already receive from whichever edition they are on.
 */

type Written = { language: string };

/** The language a newsletter is written in (the default one for a value the newsroom has no edition for). */
export function languageOf(newsletter: Written): Locale {
  return localeOr(newsletter.language);
}

/**
 * The newsletters as `locale`'s edition lists them: its own language's, then the others grouped
 * by language in the newsroom's order of editions. Each group keeps the order it was given in
 * (free before members', by name).
 */
export function byEdition<T extends Written>(newsletters: T[], locale: Locale): { own: T[]; others: T[] } {
  const own = newsletters.filter((n) => languageOf(n) === locale);
  const others = LOCALE_CODES.filter((code) => code !== locale).flatMap((code) =>
    newsletters.filter((n) => languageOf(n) === code),
  );
  return { own, others };
}

/** The free newsletters an edition's sign-up block (end of a story, footer) offers: its own language's only. */
export function editionSignUpOffer<T extends Written & { audience: string }>(newsletters: T[], locale: Locale): T[] {
  return newsletters.filter((n) => n.audience === 'everyone' && languageOf(n) === locale);
}

/**
 * The language of a confirmation mail (and of the pages its link opens): the newsletters' own
 * when they share one, whichever edition the form was on; for a mixed request, the edition the
 * reader signed up from.
 */
export function confirmationLanguage(newsletters: Written[], edition: Locale): Locale {
  const languages = new Set(newsletters.map(languageOf));
  const [only] = languages;
  return languages.size === 1 && only ? only : edition;
}

/** The BCP 47 tag for a `lang` attribute on a newsletter's own words shown in another edition. */
export function langTag(locale: Locale): string {
  return LOCALES[locale].tag;
}
