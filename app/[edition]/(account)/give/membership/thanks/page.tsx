import Link from 'next/link';
import type { Metadata } from 'next';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { readPaidGiftOrder } from '@/lib/membership/gifts';
import { firstValue } from '@/lib/search-params';
import '@/components/giving/give-once.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await editionLocale(), 'giftThanks')('metaTitle'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where Checkout returns after a gift membership is paid, in the edition it was ordered from:
 * what was bought, and how it reaches its recipient; for a buyer who shares it themselves, the
 * link. Read from Stripe, so it says nothing about a session that is not a paid gift.
 */
export default async function GiftThanksPage({ searchParams }: Props) {
  const locale = await editionLocale();
  const t = translator(locale, 'giftThanks');
  const format = formatter(locale);
  const href = (path: string) => localePath(locale, path);
  const sessionId = firstValue((await searchParams).session_id) ?? '';
  const gift = await readPaidGiftOrder(sessionId);
  if (!gift)
    return (
      <div className="wrap auth-page">
        <h1 className="page-title">{t('unknownTitle')}</h1>
        <p>{t.rich('unknown', { give: (chunks) => <Link href={href('/give/membership')}>{chunks}</Link> })}</p>
      </div>
    );
  const later = gift.deliverAt && gift.deliverAt > new Date();
  return (
    <div className="wrap auth-page give-page">
      <p className="kicker">{t('kicker')}</p>
      <h1 className="page-title">{t('title')}</h1>
      <p className="lede">
        {t('lede', {
          description: translator(locale, 'giftWords')('description', { months: gift.months, tier: gift.tier }),
          amount: format.money(gift.amount, gift.currency),
          email: gift.receiptTo,
        })}
      </p>
      {gift.recipientEmail ? (
        <p>
          {t.rich('byEmail', {
            email: gift.recipientEmail,
            when: later ? 'later' : 'now',
            date: later && gift.deliverAt ? format.date(gift.deliverAt) : '',
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      ) : (
        <>
          <p>{t('byLink')}</p>
          <p>
            <Link className="gift-link" href={gift.link}>
              {gift.link}
            </Link>
          </p>
          <p className="auth-page__small">{t('linkInReceipt')}</p>
        </>
      )}
      <p>
        <Link href={href('/')}>{t('frontPage')}</Link>
      </p>
    </div>
  );
}
