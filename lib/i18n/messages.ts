import { createFormatter } from 'next-intl';
import { formatNewsroomTime } from '@/domain/articles/newsroom-time';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/domain/i18n/locales';
import { CURRENCY } from '@/domain/membership/tiers';
import { getNewsroom } from '@/lib/newsroom';
import { formatCalendarDay } from './core';

/** The string layer as server components use it: core.ts's translator, and the formatter. */
export { MESSAGES, formatCalendarDay, translator, type MessageNamespace, type Messages, type Translate } from './core';

const dateOptions = { day: 'numeric', month: 'long', year: 'numeric' } as const;
const timeOptions = { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } as const;

export type Formatter = {
  /** "12 November 2026" / «12 ноября 2026 г.», in the newsroom's time zone. */
  date: (date: Date) => string;
  /** "12 November 2026 at 14:05 GMT+4" (whatever Intl writes for the language). */
  dateTime: (date: Date) => string;
  /** "14:05 GMT+4". */
  time: (date: Date) => string;
  /**
   * When something happens on the newsroom's clock, as a members-first story's opening is told:
   * "24 December 2026, 09:00 (Tbilisi time)" in the default edition (the admin's wording),
   * «24 декабря 2026 г. в 09:00 GMT+4» in the others.
   */
  newsroomTime: (date: Date) => string;
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
    newsroomTime: (date) =>
      locale === DEFAULT_LOCALE
        ? formatNewsroomTime(date, getNewsroom().timeZone)
        : intl.dateTime(date, { ...dateOptions, ...timeOptions }),
    day: (isoDay) => formatCalendarDay(locale, isoDay),
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
