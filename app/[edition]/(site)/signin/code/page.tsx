import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { PENDING_SIGN_IN_COOKIE } from '@/lib/auth/start-session';
import { pendingSignInEmail, TOKEN_MINUTES } from '@/lib/auth/sign-in';
import { editionLocale } from '@/lib/i18n/edition';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { CodeForm } from '../forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await editionLocale(), 'signInPage')('codeTitle'), robots: { index: false } };
}

export default async function CodePage() {
  const locale = await editionLocale();
  const t = translator(locale, 'signInPage');
  const browserNonce = (await cookies()).get(PENDING_SIGN_IN_COOKIE)?.value;
  const email = browserNonce ? await pendingSignInEmail(browserNonce) : null;
  if (!email) redirect(localePath(locale, '/signin'));
  return (
    <div className="wrap auth-page">
      <h1 className="page-title">{t('codeTitle')}</h1>
      <p className="lede">
        {t.rich('codeLede', { email, minutes: TOKEN_MINUTES, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <p>{t('codePrompt')}</p>
      <CodeForm
        locale={locale}
        labels={{ code: t('codeLabel'), hint: t('codeHint'), submit: t('codeSubmit'), checking: t('checking') }}
      />
      <p className="auth-page__small">
        {t.rich('codeSmall', { again: (chunks) => <a href={localePath(locale, '/signin')}>{chunks}</a> })}
      </p>
    </div>
  );
}
