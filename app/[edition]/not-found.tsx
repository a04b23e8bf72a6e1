import { editionLocale } from '@/lib/i18n/edition';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';

/**
 * A 404 outside the site's chrome (a reader URL gets its segment's own, with the header and the
 * latest stories). Small on purpose: Next.js carries it in the payload of every page.
 */
export default async function EditionNotFound() {
  const locale = await editionLocale();
  const t = translator(locale, 'notFound');
  return (
    <main id="main" className="wrap page-narrow error-page">
      <p className="kicker">{t('kicker')}</p>
      <h1 className="page-title">{t('title')}</h1>
      <p className="lede">
        <a href={localePath(locale, '/')}>{t('home')}</a> {t('or')}{' '}
        <a href={localePath(locale, '/search')}>{t('search')}</a>.
      </p>
    </main>
  );
}
