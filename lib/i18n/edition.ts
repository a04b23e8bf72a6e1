import { notFound } from 'next/navigation';
import { edition } from 'next/root-params';
import { isLocale, type Locale } from '@/domain/i18n/locales';

/**
 * Every reader route lives under app/[edition]/: English at the root of the site (next.config.ts
 * rewrites `/…` to `/en/…`), each other language under its prefix (`/ru/…`). A page, a layout or
 * a not-found page reads its edition's locale with this (a root param: known when the page is
 * prerendered, so it stays static); a segment that names no edition is a 404.
 */
export async function editionLocale(): Promise<Locale> {
  const code = await edition();
  if (!isLocale(code)) notFound();
  return code;
}
