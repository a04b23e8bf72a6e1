import type { Metadata } from 'next';
import { inspectLink, TOKEN_MINUTES } from '@/lib/auth/sign-in';
import { editionLocale } from '@/lib/i18n/edition';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { getNewsroom } from '@/lib/newsroom';
import { ConfirmLinkForm } from '../forms';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(await editionLocale(), 'signInPage')('title'),
    robots: { index: false },
    referrer: 'same-origin',
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where the emailed link lands. Opening it changes nothing (mail scanners open every link);
 * only the button below spends the token.
 */
export default async function VerifyPage({ searchParams }: Props) {
  const locale = await editionLocale();
  const t = translator(locale, 'signInPage');
  const { token } = await searchParams;
  const value = typeof token === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
  const link = value ? await inspectLink(value) : ({ state: 'unknown' } as const);
  return (
    <div className="wrap auth-page">
      {link.state === 'valid' && value ? (
        <>
          <h1 className="page-title">{t('verifyTitle', { name: getNewsroom().name })}</h1>
          <p className="lede">{t('verifyLede')}</p>
          <ConfirmLinkForm
            token={value}
            locale={locale}
            labels={{ submit: t('signInAs', { email: link.email }), pending: t('signingIn') }}
          />
        </>
      ) : (
        <>
          <h1 className="page-title">{link.state === 'used' ? t('usedTitle') : t('expiredTitle')}</h1>
          <p className="lede">{link.state === 'used' ? t('usedLede') : t('expiredLede', { minutes: TOKEN_MINUTES })}</p>
          <p>
            <a className="button button--primary" href={localePath(locale, '/signin')}>
              {t('newLink')}
            </a>
          </p>
        </>
      )}
    </div>
  );
}
