import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { requireSignedIn } from '@/lib/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { CUSTOM_MAXIMUM, CUSTOM_MINIMUM, parseChoice } from '@/domain/membership/tiers';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { CheckoutForm } from './checkout-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await editionLocale(), 'membershipJoin')('metaTitle'), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Which of parseChoice's three refusals this is, so the edition can say it in its own words
 * (parseChoice's are English).
 */
function refusalOf(fields: Record<string, string>): 'noTier' | 'tooLittle' | 'tooMuch' {
  if (fields.tier !== 'custom') return 'noTier';
  const cents = Math.round(Number((fields.amount ?? '').replace(/[$,\s]/g, '')) * 100);
  return Number.isFinite(cents) && cents > CUSTOM_MAXIMUM ? 'tooMuch' : 'tooLittle';
}

/** The chosen membership, after sign-in, one step before Stripe Checkout. */
export default async function JoinPage({ searchParams }: Props) {
  const locale = await editionLocale();
  const t = translator(locale, 'membershipJoin');
  const format = formatter(locale);
  const raw = await searchParams;
  const fields = Object.fromEntries(
    ['tier', 'interval', 'amount', 'from', 'placement'].flatMap((key) => {
      const value = Array.isArray(raw[key]) ? raw[key][0] : raw[key];
      return typeof value === 'string' && value.length <= 100 ? [[key, value]] : [];
    }),
  );
  const viewer = await requireSignedIn(`${localePath(locale, '/membership/join')}?${new URLSearchParams(fields)}`);
  if (entitlementOf(viewer).isMember && viewer.membership) redirect(localePath(locale, '/account?already-member=1'));
  const choice = parseChoice(fields);
  if ('error' in choice) {
    return (
      <div className="wrap auth-page">
        <h1 className="page-title">{t('chooseTitle')}</h1>
        <p className="notice">
          {t(refusalOf(fields), {
            minimum: format.money(CUSTOM_MINIMUM),
            maximum: format.money(CUSTOM_MAXIMUM),
          })}
        </p>
        <p>
          <Link href={localePath(locale, '/membership')}>{t('back')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="wrap auth-page">
      <p className="kicker">{t('kicker')}</p>
      <h1 className="page-title">
        {t('title', {
          name: translator(locale, 'membershipTiers')(`${choice.tier}.name`),
          amount: format.money(choice.amount),
          interval: choice.interval,
        })}
      </h1>
      <p className="lede">{t('lede', { email: viewer.email })}</p>
      <CheckoutForm fields={fields} locale={locale} labels={{ submit: t('submit'), pending: t('pending') }} />
      <p className="auth-page__small">
        <Link href={localePath(locale, '/membership')}>{t('different')}</Link>
      </p>
    </div>
  );
}
