import './globals.css';
import type { Metadata, Viewport } from 'next';
import { inter, sourceSerif } from './fonts';
import { env } from '@/lib/env';
import { getNewsroom } from '@/lib/newsroom';

const newsroom = getNewsroom();

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: `${newsroom.name}: ${newsroom.tagline}`, template: `%s | ${newsroom.name}` },
  description: newsroom.description,
  applicationName: newsroom.name,
  alternates: { types: { 'application/rss+xml': [{ url: '/rss.xml', title: `${newsroom.name}: all stories` }] } },
  openGraph: { siteName: newsroom.name, type: 'website', locale: 'en_GB' },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#15171a' },
  ],
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${sourceSerif.variable} ${inter.variable}`}>
      <body>{children}</body>
    </html>
  );
}
