import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from './locales';

/** One of the newsroom's languages, as a form or a query names it. */
export const localeSchema = z.enum(LOCALE_CODES as [Locale, ...Locale[]]);

/** The edition a form works in: the default one when it names none the newsroom has. */
export const editionField = localeSchema
  .optional()
  .catch(undefined)
  .transform((value) => value ?? DEFAULT_LOCALE);
