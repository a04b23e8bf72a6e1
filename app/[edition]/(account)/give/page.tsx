import type { Metadata } from 'next';
import { GiveOnceForm } from '@/components/giving/give-once-form';
import { MIN_DONATION_CENTS } from '@/domain/membership/giving';
import { parseGift } from '@/domain/membership/give-once';
import { linkSlug } from '@/domain/slug';
import { safeCallbackUrl } from '@/lib/auth/sign-in';
import { giftRefusalIn } from '@/features/giving/give';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { getNewsroom } from '@/lib/newsroom';
import { firstValue } from '@/lib/search-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await editionLocale(), 'givePage')('metaTitle'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A one-off gift on its own page, in its edition's language: where a refused give-once form
 * comes back to, with what was typed and why (read again from the values), and where "Give
 * once" can be linked to.
 */
export default async function GivePage({ searchParams }: Props) {
  const locale = await editionLocale();
  const t = translator(locale, 'givePage');
  const params = await searchParams;
  const typed = (key: string) => (firstValue(params[key]) ?? '').slice(0, 200);
  const gift = parseGift({ amount: typed('amount'), other: typed('other'), purpose: typed('purpose') });
  const refused = typed('refused') === '1' && !gift.ok ? gift : null;
  const unavailable = typed('unavailable') === '1';
  const back = typed('back') ? safeCallbackUrl(typed('back')) : localePath(locale, '/membership');
  const values =
    refused?.form ??
    (typed('amount') || typed('other')
      ? { amount: typed('amount'), other: typed('other'), purpose: typed('purpose') }
      : undefined);
  const { name } = getNewsroom();
  return (
    <div className="wrap auth-page give-page">
      <p className="kicker">{t('kicker', { name })}</p>
      <h1 className="page-title">{t('title')}</h1>
      <p className="lede">{t('lede', { minimum: formatter(locale).money(MIN_DONATION_CENTS) })}</p>
      {unavailable && (
        <p className="notice" role="alert">
          {translator(locale, 'giveErrors')('unavailable')}
        </p>
      )}
      <GiveOnceForm
        idPrefix="give"
        from={linkSlug(typed('from')) ?? ''}
        placement={linkSlug(typed('placement')) ?? ''}
        back={back}
        values={values}
        error={refused ? giftRefusalIn(locale, refused.error) : undefined}
        locale={locale}
      />
      <p className="auth-page__small">
        <a href={back}>{t('back')}</a>
      </p>
    </div>
  );
}
