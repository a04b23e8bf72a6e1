import { createTranslator, type NamespaceKeys, type NestedKeyOf, type _Translator } from 'next-intl';
import { LOCALES, type Locale } from '@/domain/i18n/locales';
import { CURRENCY } from '@/domain/membership/tiers';
import enAccount from '@/messages/en/account.json';
import enGiving from '@/messages/en/giving.json';
import enNewsletters from '@/messages/en/newsletters.json';
import enReader from '@/messages/en/reader.json';
import ruAccount from '@/messages/ru/account.json';
import ruGiving from '@/messages/ru/giving.json';
import ruNewsletters from '@/messages/ru/newsletters.json';
import ruReader from '@/messages/ru/reader.json';

/**
 * The reader site's strings in ICU messages, one folder per language (messages/<code>/), one file
 * per area of the site (reader pages, account, giving, newsletters), namespaced by component; a
 * namespace lives in one file. We use next-intl's framework-agnostic core (createTranslator, createFormatter), not
 * its plugin or request config: the locale comes down as a prop, so pages stay static and read no
 * request APIs.
 *
 * This half reads no files, so the admin's live previews (client components that render the
 * appeals, the campaign banner and the paywall) can use it too; messages.ts adds the formatter,
 * which needs the newsroom's time zone.
 */
const en = { ...enReader, ...enAccount, ...enGiving, ...enNewsletters };
const ru = { ...ruReader, ...ruAccount, ...ruGiving, ...ruNewsletters };

export type Messages = typeof en;

/** Typed against the English file, so a language that lacks a key does not compile. */
export const MESSAGES: Record<Locale, Messages> = { en, ru };

export type MessageNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
export type Translate<N extends MessageNamespace = never> = _Translator<Messages, N>;

const translators = new Map<string, unknown>();

/** The messages of `namespace` (or all of them) in `locale`; made once per locale and namespace. */
export function translator<N extends MessageNamespace = never>(locale: Locale, namespace?: N): Translate<N> {
  const key = `${locale}:${namespace ?? ''}`;
  let translate = translators.get(key) as Translate<N> | undefined;
  if (!translate) {
    translate = createTranslator<Messages, N>({
      locale: LOCALES[locale].tag,
      messages: MESSAGES[locale],
      ...(namespace === undefined ? {} : { namespace }),
    });
    translators.set(key, translate);
  }
  return translate;
}

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar day, "2026-12-31", which no time zone may move: "31 December 2026" / «31 декабря 2026 г.». */
export function formatCalendarDay(locale: Locale, isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[locale].tag, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayFormats.set(locale, format);
  }
  return format.format(date);
}

/**
 * The currency's sign and which side of an amount field the edition writes it on: "$ [15]" in
 * English, "[15] $" in Russian, as Intl places it.
 */
export function currencySign(locale: Locale): { sign: string; after: boolean } {
  const parts = new Intl.NumberFormat(LOCALES[locale].tag, {
    style: 'currency',
    currency: CURRENCY.toUpperCase(),
    currencyDisplay: 'narrowSymbol',
  }).formatToParts(1);
  const at = (type: string) => parts.findIndex((part) => part.type === type);
  return { sign: parts[at('currency')]?.value ?? CURRENCY.toUpperCase(), after: at('currency') > at('integer') };
}
