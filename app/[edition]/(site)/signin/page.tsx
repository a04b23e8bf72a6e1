import type { Metadata } from 'next';
import { safeCallbackUrl } from '@/lib/auth/sign-in';
import { editionLocale } from '@/lib/i18n/edition';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { EmailForm } from './forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await editionLocale(), 'signInPage')('title'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const locale = await editionLocale();
  const t = translator(locale, 'signInPage');
  const params = await searchParams;
  const asked = Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl;
  // Back to where the reader was; with nowhere named, to this edition's front page.
  const callbackUrl = asked ? safeCallbackUrl(asked) : localePath(locale, '/');
  return (
    <div className="wrap auth-page">
      <h1 className="page-title">{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <EmailForm
        callbackUrl={callbackUrl}
        locale={locale}
        labels={{ email: t('emailLabel'), send: t('send'), sending: t('sending') }}
      />
      <p className="auth-page__small">{t('small')}</p>
    </div>
  );
}
