import Link from 'next/link';
import type { Metadata } from 'next';
import { PoolRequestForm } from '@/components/giving/pool-request-form';
import { getViewer } from '@/lib/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { getNewsroom } from '@/lib/newsroom';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await editionLocale();
  const t = translator(locale, 'poolAskPage');
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    alternates: { canonical: localePath(locale, '/membership/ask') },
  };
}

/** A reader in hardship asks for a membership from the pool other readers fund, in their edition's language. */
export default async function AskForMembershipPage() {
  const locale = await editionLocale();
  const t = translator(locale, 'poolAskPage');
  const href = (path: string) => localePath(locale, path);
  const viewer = await getViewer();
  const { name } = getNewsroom();
  return (
    <div className="wrap auth-page give-page">
      <p className="kicker">{t('kicker')}</p>
      <h1 className="page-title">{t('title')}</h1>
      <p className="lede">{t('lede', { name })}</p>
      <p>{t('privacy')}</p>
      {viewer.kind === 'signed-in' ? (
        <PoolRequestForm email={viewer.email} locale={locale} />
      ) : (
        <>
          <p>{t('signInFirst')}</p>
          <p>
            <Link
              className="button button--primary"
              href={`${href('/signin')}?callbackUrl=${encodeURIComponent(href('/membership/ask'))}`}
            >
              {t('signIn')}
            </Link>
          </p>
        </>
      )}
      <p className="auth-page__small">
        <Link href={href('/membership')}>{t('back')}</Link>
      </p>
    </div>
  );
}
