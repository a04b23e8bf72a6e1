import type { Metadata, Viewport } from 'next';
import { LOCALES, type Locale } from '@/domain/i18n/locales';
import { env } from '@/lib/env';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { newsroomIn } from '@/lib/i18n/newsroom';

/** What every page of an edition says about the site unless it says otherwise: title, feed, OpenGraph. */
export function siteMetadata(locale: Locale): Metadata {
  const newsroom = newsroomIn(locale);
  const t = translator(locale, 'site');
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: `${newsroom.name}: ${newsroom.tagline}`, template: `%s | ${newsroom.name}` },
    description: newsroom.description,
    applicationName: newsroom.name,
    alternates: {
      types: {
        'application/rss+xml': [
          { url: localePath(locale, '/rss.xml'), title: t('feedTitle', { name: newsroom.name }) },
        ],
      },
    },
    openGraph: { siteName: newsroom.name, type: 'website', locale: LOCALES[locale].tag.replace('-', '_') },
    twitter: { card: 'summary_large_image' },
  };
}

export const siteViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#15171a' },
  ],
  colorScheme: 'light dark',
};
