import { createFormatter, createTranslator, type NamespaceKeys, type NestedKeyOf, type _Translator } from 'next-intl';
import { LOCALES, type Locale } from '@/domain/i18n/locales';
import { CURRENCY } from '@/domain/membership/tiers';
import { getNewsroom } from '@/lib/newsroom';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';

/**
 * The reader site's strings, one ICU messages file per language (messages/<code>.json), namespaced
 * by component. We use next-intl's framework-agnostic core (createTranslator, createFormatter), not
 * its plugin or request config: the locale comes down as a prop, so pages stay static and read no
 * request APIs.
 */
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
      timeZone: getNewsroom().timeZone,
    });
    translators.set(key, translate);
  }
  return translate;
}

const dateOptions = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const timeOptions = { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const;

export type Formatter = {
  /** "12 November 2026" / «12 ноября 2026 г.», in the newsroom's time zone. */
  date: (date: Date) => string;
  /** "12 November 2026 at 14:05 GMT+4" (whatever Intl writes for the language). */
  dateTime: (date: Date) => string;
  /** "14:05 GMT+4". */
  time: (date: Date) => string;
  /** A calendar day, "2026-12-31", which no time zone may move: "31 December 2026". */
  day: (isoDay: string) => string;
  /** "12,345" / «12 345». */
  number: (value: number) => string;
  /** "$5", "$7.50" / «5 $», «7,50 $», from an amount in cents. */
  money: (cents: number, currency?: string) => string;
  /** "Ani, Levan and Aysel" / «Ани, Леван и Айсель». */
  list: (items: string[]) => string;
  /** What goes before each of `count` items of a list: ['', ', ', ' and '] / ['', ', ', ' и ']. */
  listSeparators: (count: number) => string[];
};

const formatters = new Map<Locale, Formatter>();

/**
 * Dates, numbers and money in `locale`'s BCP 47 tag and the newsroom's time zone. English output
 * is exactly lib/format.ts's (formatDate, formatDateTime, formatTime, joinNames) and
 * domain/membership/tiers.ts's formatMoney.
 */
export function formatter(locale: Locale): Formatter {
  let format = formatters.get(locale);
  if (format) return format;
  const { tag } = LOCALES[locale];
  const intl = createFormatter({ locale: tag, timeZone: getNewsroom().timeZone });
  const listFormat = new Intl.ListFormat(tag, { type: 'conjunction' });
  format = {
    date: (date) => intl.dateTime(date, dateOptions),
    dateTime: (date) => intl.dateTime(date, { ...dateOptions, ...timeOptions }),
    time: (date) => intl.dateTime(date, timeOptions),
    day: (isoDay) => {
      const date = new Date(`${isoDay}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDay : intl.dateTime(date, { ...dateOptions, timeZone: 'UTC' });
    },
    number: (value) => intl.number(value),
    money: (cents, currency = CURRENCY) =>
      intl.number(cents / 100, {
        style: 'currency',
        currency: currency.toUpperCase(),
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: cents % 100 ? 2 : 0,
      }),
    list: (items) => listFormat.format(items),
    listSeparators: (count) => {
      const separators: string[] = [];
      let pending = '';
      const parts = listFormat.formatToParts(Array.from({ length: count }, (_, i) => String(i)));
      for (const part of parts) {
        if (part.type === 'literal') pending += part.value;
        else {
          separators.push(pending);
          pending = '';
        }
      }
      return separators;
    },
  };
  formatters.set(locale, format);
  return format;
}
