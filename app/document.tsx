import { inter, sourceSerif } from './fonts';

/** The `<html>` and `<body>` of each root layout (the editions', the newsroom's), with the site's fonts. */
export function Document({ lang, children }: { lang: string; children: React.ReactNode }) {
  return (
    <html lang={lang} className={`${sourceSerif.variable} ${inter.variable}`}>
      <body>{children}</body>
    </html>
  );
}
