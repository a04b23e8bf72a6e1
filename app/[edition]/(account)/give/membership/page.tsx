import Link from 'next/link';
import type { Metadata } from 'next';
import { GiftOrderForm } from '@/components/giving/gift-order-form';
import { linkSlug } from '@/domain/slug';
import { todayIn } from '@/lib/appeals/appeals';
import { editionLocale } from '@/lib/i18n/edition';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { getNewsroom } from '@/lib/newsroom';
import { firstValue } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await editionLocale();
  const t = translator(locale, 'giveMembershipPage');
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    alternates: { canonical: localePath(locale, '/give/membership') },
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "Give a membership": the order form (components/giving/gift-order-form.tsx); paying is Checkout's. */
export default async function GiveMembershipPage({ searchParams }: Props) {
  const locale = await editionLocale();
  const t = translator(locale, 'giveMembershipPage');
  const params = await searchParams;
  const { name, timeZone } = getNewsroom();
  return (
    <div className="wrap auth-page give-page">
      <p className="kicker">{t('kicker', { name })}</p>
      <h1 className="page-title">{t('title')}</h1>
      <p className="lede">{t('lede')}</p>
      <GiftOrderForm
        today={todayIn(timeZone)}
        from={linkSlug(firstValue(params.from)) ?? ''}
        placement={linkSlug(firstValue(params.placement)) ?? ''}
        locale={locale}
      />
      <p className="auth-page__small">
        <Link href={localePath(locale, '/membership')}>{t('back')}</Link>
      </p>
    </div>
  );
}
