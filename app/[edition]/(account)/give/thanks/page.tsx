import type { Metadata } from 'next';
import Link from 'next/link';
import { getViewer } from '@/lib/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { readPaidGift } from '@/lib/membership/donations';
import { getNewsroom } from '@/lib/newsroom';
import { firstValue } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await editionLocale(), 'giveThanks')('metaTitle'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Checkout's success page for a one-off gift, in the edition it was given from (Checkout comes
 * back to this edition's address). It only reads: the gift is recorded, and its receipt sent,
 * by the webhook, whatever happens to this redirect.
 */
export default async function GiveThanksPage({ searchParams }: Props) {
  const locale = await editionLocale();
  const t = translator(locale, 'giveThanks');
  const href = (path: string) => localePath(locale, path);
  const sessionId = firstValue((await searchParams).session_id) ?? '';
  const [gift, viewer] = await Promise.all([readPaidGift(sessionId), getViewer()]);
  const { name } = getNewsroom();
  if (!gift) {
    return (
      <div className="wrap auth-page">
        <h1 className="page-title">{t('unknownTitle')}</h1>
        <p className="lede">{t('unknown')}</p>
        <p>
          <Link href={href('/give')}>{t('giveOnce')}</Link> · <Link href={href('/')}>{t('frontPage')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="wrap auth-page give-thanks">
      <p className="kicker">{t('kicker')}</p>
      <h1 className="page-title">{t('title', { amount: formatter(locale).money(gift.amount, gift.currency) })}</h1>
      <p className="lede">{translator(locale, 'donationPurposes')(`${gift.purpose}.effect`)}</p>
      <p>
        {t('once')}
        {viewer.kind === 'signed-in' && gift.userId === viewer.userId && (
          <> {t.rich('onAccount', { account: (chunks) => <Link href={href('/account#gifts')}>{chunks}</Link> })}</>
        )}
      </p>
      <p>{t('independent', { name })}</p>
      <p>
        <Link href={href('/')}>{t('frontPage')}</Link>
      </p>
    </div>
  );
}
