import type { Metadata } from 'next';
import { confirmSubscriptionAction } from '@/features/newsletters/subscribe-actions';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { CONFIRMATION_HOURS, CONFIRMATION_TOKEN, inspectNewsletterConfirmation } from '@/lib/newsletters/confirm';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(await editionLocale(), 'newsletterConfirmPage')('title'),
    robots: { index: false },
    referrer: 'same-origin',
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where the emailed confirmation link lands, in the edition of the mail's language. Opening it
 * changes nothing (mail scanners open every link); only the button below spends the token and
 * subscribes the address.
 */
export default async function ConfirmSubscriptionPage({ searchParams }: Props) {
  const locale = await editionLocale();
  const t = translator(locale, 'newsletterConfirmPage');
  const quoted = translator(locale, 'newsletterLanguage');
  const { token } = await searchParams;
  const value = typeof token === 'string' && CONFIRMATION_TOKEN.test(token) ? token : null;
  const pending = value ? await inspectNewsletterConfirmation(value) : ({ state: 'unknown' } as const);
  return (
    <div className="wrap auth-page newsletter-status">
      <p className="kicker">{translator(locale, 'newslettersPage')('kicker')}</p>
      {pending.state === 'valid' && value ? (
        <>
          <h1 className="page-title">{t('title')}</h1>
          <p className="lede">
            {t.rich('lede', {
              names: formatter(locale).list(pending.newsletters.map((n) => quoted('quoted', { name: n.name }))),
              count: pending.newsletters.length,
              email: pending.email,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <form action={confirmSubscriptionAction} className="form">
            <input type="hidden" name="token" value={value} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="button button--primary">
              {t('button')}
            </button>
          </form>
          <p className="auth-page__small">{t('small')}</p>
        </>
      ) : (
        <>
          <h1 className="page-title">{pending.state === 'used' ? t('usedTitle') : t('deadTitle')}</h1>
          <p className="lede">
            {pending.state === 'used' ? t('usedLede') : t('deadLede', { hours: CONFIRMATION_HOURS })}
          </p>
          <p>
            <a className="button button--primary" href={localePath(locale, '/newsletters')}>
              {t('again')}
            </a>
          </p>
          <p className="auth-page__small">
            {t.rich('already', {
              signIn: (chunks) => (
                <a
                  href={`${localePath(locale, '/signin')}?callbackUrl=${encodeURIComponent(localePath(locale, '/account'))}`}
                >
                  {chunks}
                </a>
              ),
            })}
          </p>
        </>
      )}
    </div>
  );
}
