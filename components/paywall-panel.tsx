import { DEFAULT_LOCALE, type Locale } from '@/domain/i18n/locales';
import { translator } from '@/lib/i18n/core';
import { localePath } from '@/lib/i18n/paths';
import { membershipHref } from '@/lib/membership/links';

export type PaywallProps = {
  articleSlug?: string;
  returnTo?: string;
  heading?: string;
  locale?: Locale;
};

/**
 * The paywall's panel for a given list of benefits. Pure, so the admin's benefits editor can
 * preview it as readers will see it; the site uses Paywall, which reads the list.
 */
export function PaywallPanel({
  benefits,
  articleSlug,
  locale = DEFAULT_LOCALE,
  returnTo = localePath(locale, `/articles/${articleSlug}`),
  heading,
}: PaywallProps & { benefits: string[] }) {
  const t = translator(locale, 'paywall');
  return (
    <section className="paywall" aria-labelledby="paywall-heading">
      <h2 id="paywall-heading">{heading ?? t('heading')}</h2>
      <p>{t('intro')}</p>
      <ul>
        {benefits.map((benefit) => (
          <li key={benefit}>{benefit}</li>
        ))}
      </ul>
      <p className="paywall__actions">
        <a className="button button--primary" href={localePath(locale, membershipHref('paywall', articleSlug))}>
          {t('becomeMember')}
        </a>
        <span>
          {t.rich('alreadyMember', {
            signIn: (chunks) => (
              <a href={`${localePath(locale, '/signin')}?callbackUrl=${encodeURIComponent(returnTo)}`}>{chunks}</a>
            ),
          })}
        </span>
      </p>
    </section>
  );
}
