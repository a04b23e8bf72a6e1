import Link from 'next/link';
import type { Metadata } from 'next';
import { findGiftByCodeHash } from '@/db/queries/gifts';
import { giftRunsUntil } from '@/domain/membership/gift-membership';
import { redeemGiftAction } from '@/features/giving/gift-actions';
import { getViewer } from '@/lib/auth/viewer';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { giftCodeHash, isGiftCodeShape } from '@/lib/membership/gift-code';
import { getNewsroom } from '@/lib/newsroom';
import { firstValue } from '@/lib/search-params';
import '@/components/giving/give-once.css';

// The address holds the gift's code: no search engine, and no Referer to the next site.
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(await editionLocale(), 'redeemGiftPage')('metaTitle'),
    robots: { index: false },
    referrer: 'no-referrer',
  };
}

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function Notice({ kicker, title, children }: { kicker: string; title: string; children: React.ReactNode }) {
  return (
    <div className="wrap auth-page give-page">
      <p className="kicker">{kicker}</p>
      <h1 className="page-title">{title}</h1>
      {children}
    </div>
  );
}

/**
 * A gift's redeem link, in the edition it was given in (its mail links here). Anyone may look;
 * redeeming needs signing in, with any address, and makes the reader a member for the gift's
 * months through a complimentary grant.
 */
export default async function RedeemGiftPage({ params, searchParams }: Props) {
  const locale = await editionLocale();
  const t = translator(locale, 'redeemGiftPage');
  const words = translator(locale, 'giftWords');
  const format = formatter(locale);
  const href = (path: string) => localePath(locale, path);
  const kicker = t('kicker');
  const { code } = await params;
  const outcome = firstValue((await searchParams).outcome);
  const { name } = getNewsroom();
  const gift = isGiftCodeShape(code) ? await findGiftByCodeHash({ codeHash: giftCodeHash(code) }) : null;
  if (!gift)
    return (
      <Notice kicker={kicker} title={t('unknownTitle')}>
        <p>{t('unknown')}</p>
      </Notice>
    );
  const viewer = await getViewer();
  const mine = viewer.kind === 'signed-in' && gift.redeemedById === viewer.userId;
  const { months, tier } = gift;
  if (gift.redeemedAt && mine)
    return (
      <Notice kicker={kicker} title={outcome === 'redeemed' ? t('startedTitle') : t('yoursTitle')}>
        <p className="lede">
          {t('yoursLede', {
            description: gift.amount
              ? words('withAmount', { months, tier, amount: format.money(gift.amount, gift.currency) })
              : words('description', { months, tier }),
            name,
          })}
          {viewer.kind === 'signed-in' && viewer.complimentaryUntil
            ? ` ${t('runsUntil', { date: format.date(viewer.complimentaryUntil) })}`
            : ''}
        </p>
        <p>{t('nothingCharged')}</p>
        <p>
          <Link className="button button--primary" href={href('/')}>
            {t('startReading')}
          </Link>
        </p>
      </Notice>
    );
  if (gift.redeemedAt)
    return (
      <Notice kicker={kicker} title={t('usedTitle')}>
        <p>{t('used')}</p>
      </Notice>
    );
  if (gift.givenToPoolAt)
    return (
      <Notice kicker={kicker} title={t('withdrawnTitle')}>
        <p>{t.rich('withdrawn', { join: (chunks) => <Link href={href('/membership')}>{chunks}</Link> })}</p>
      </Notice>
    );
  const message =
    gift.source === 'purchase' && gift.message ? (
      <blockquote className="gift-message">{gift.message}</blockquote>
    ) : null;
  const lede = gift.source === 'pool' ? t('fromPool', { name, months }) : t('fromSomeone', { name, months });
  if (viewer.kind !== 'signed-in')
    return (
      <Notice kicker={kicker} title={t('forYouTitle')}>
        <p className="lede">{lede}</p>
        {message}
        <p>{t('signInToStart')}</p>
        <p>
          <Link
            className="button button--primary"
            href={`${href('/signin')}?callbackUrl=${encodeURIComponent(href(`/gift/${code}`))}`}
          >
            {t('signIn')}
          </Link>
        </p>
      </Notice>
    );
  const until = giftRunsUntil({ months, now: viewer.asOf, currentGrantEnd: viewer.complimentaryUntil });
  return (
    <Notice kicker={kicker} title={t('forYouTitle')}>
      <p className="lede">{lede}</p>
      {message}
      <form action={redeemGiftAction}>
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="locale" value={locale} />
        <p>
          {t.rich('startNow', {
            date: format.date(until),
            email: viewer.email,
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        <button type="submit" className="button button--primary">
          {t('start')}
        </button>
      </form>
    </Notice>
  );
}
