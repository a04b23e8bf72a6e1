import type { Metadata } from 'next';
import Link from 'next/link';
import { getNewsletterById, subscriptionsOf } from '@/db/queries/newsletters';
import { getUserById } from '@/db/queries/users';
import { unsubscribeByLinkAction } from '@/features/newsletters/unsubscribe-actions';
import { editionLocale } from '@/lib/i18n/edition';
import { translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { readUnsubscribeToken } from '@/lib/newsletters/unsubscribe-token';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(await editionLocale(), 'newsletterUnsubscribe')('metaTitle'),
    robots: { index: false },
    referrer: 'no-referrer',
  };
}

type Props = { params: Promise<{ token: string }> };

/**
 * Where a newsletter's "Unsubscribe" link lands, with no sign-in, in the edition of the
 * newsletter's language (lib/newsletters/unsubscribe-token.ts). Opening it changes nothing (mail
 * scanners open every link, and would unsubscribe everyone); the one button does.
 */
export default async function UnsubscribePage({ params }: Props) {
  const locale = await editionLocale();
  const t = translator(locale, 'newsletterUnsubscribe');
  const account = (chunks: React.ReactNode) => <Link href={localePath(locale, '/account')}>{chunks}</Link>;
  const { token } = await params;
  const ids = readUnsubscribeToken(token);
  const [user, newsletter] = ids
    ? await Promise.all([getUserById({ id: ids.userId }), getNewsletterById({ id: ids.newsletterId })])
    : [null, null];
  if (!user || !newsletter) {
    return (
      <div className="wrap auth-page">
        <h1 className="page-title">{t('invalidTitle')}</h1>
        <p className="lede">{t.rich('invalidLede', { account })}</p>
      </div>
    );
  }
  const subscriptions = await subscriptionsOf({ userId: user.id });
  const receiving = subscriptions.get(newsletter.id) === 'subscribed';
  const others = [...subscriptions.entries()].filter(([id, status]) => id !== newsletter.id && status === 'subscribed');
  const name = translator(locale, 'newsletterLanguage')('quoted', { name: newsletter.name });
  const hidden = (change: 'this' | 'all' | 'resubscribe') => (
    <>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="change" value={change} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
  return (
    <div className="wrap auth-page unsubscribe">
      {receiving ? (
        <>
          <h1 className="page-title">{t('askTitle', { name })}</h1>
          <p className="lede">{t('askLede', { name, email: user.email })}</p>
          <form action={unsubscribeByLinkAction}>
            {hidden('this')}
            <button type="submit" className="button button--primary">
              {t('button', { name })}
            </button>
          </form>
        </>
      ) : (
        <>
          <h1 className="page-title">{t('doneTitle', { name })}</h1>
          <p className="lede">{t('doneLede', { email: user.email })}</p>
          <form action={unsubscribeByLinkAction}>
            {hidden('resubscribe')}
            <button type="submit" className="button">
              {t('resubscribe')}
            </button>
          </form>
        </>
      )}
      {others.length > 0 && (
        <form action={unsubscribeByLinkAction} className="unsubscribe__all">
          {hidden('all')}
          <p>{t('others', { count: others.length })}</p>
          <button type="submit" className="button">
            {t('all')}
          </button>
        </form>
      )}
      <p className="unsubscribe__account">{t.rich('account', { account })}</p>
    </div>
  );
}
