import '../globals.css';
import type { Metadata } from 'next';
import { Document } from '../document';
import { LOCALE_CODES, LOCALES } from '@/domain/i18n/locales';
import { editionLocale } from '@/lib/i18n/edition';
import { siteMetadata, siteViewport } from '@/lib/site-metadata';

/**
 * The root of every reader page, one per edition: English at the site's root (next.config.ts
 * rewrites `/…` here as `/en/…`), the others under their prefix. `<html lang>` is the edition's,
 * and the pages stay as static in every edition as in English.
 */
export function generateStaticParams(): { edition: string }[] {
  return LOCALE_CODES.map((edition) => ({ edition }));
}

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await editionLocale());
}

export const viewport = siteViewport;

export default async function EditionLayout({ children }: { children: React.ReactNode }) {
  const locale = await editionLocale();
  return <Document lang={LOCALES[locale].tag}>{children}</Document>;
}
