import type { Metadata } from 'next';
import { editionLocale } from '@/lib/i18n/edition';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { CONFIRMATION_HOURS } from '@/lib/newsletters/confirm';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await editionLocale(), 'newsletterCheckEmail')('title'), robots: { index: false } };
}

/**
 * Where every sign-up by address lands, whether or not the address has an account or is
 * subscribed already: the page says nothing about the address, so it cannot be used to find out.
 * In the language of the edition the form was on.
 */
export default async function CheckEmailPage() {
  const locale = await editionLocale();
  const t = translator(locale, 'newsletterCheckEmail');
  return (
    <div className="wrap auth-page newsletter-status">
      <p className="kicker">{translator(locale, 'newslettersPage')('kicker')}</p>
      <h1 className="page-title">{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <p>
        {t.rich('expiry', {
          hours: CONFIRMATION_HOURS,
          again: (chunks) => <a href={localePath(locale, '/newsletters')}>{chunks}</a>,
        })}
      </p>
      <p className="auth-page__small">{t('small')}</p>
    </div>
  );
}
