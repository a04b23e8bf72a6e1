import type { Metadata } from 'next';
import { archivePath } from '@/components/newsletters/archive-page';
import { listNewsletters } from '@/lib/content/reads';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { byEdition, langTag, languageOf } from '@/lib/newsletters/language';
import { describeScheduleIn } from '@/lib/newsletters/schedule';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: translator(await editionLocale(), 'newsletterSubscribedPage')('metaTitle'),
    robots: { index: false },
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** After a confirmation, or a signed-in reader's one-press sign-up. It only reads. */
export default async function SubscribedPage({ searchParams }: Props) {
  const locale = await editionLocale();
  const t = translator(locale, 'newsletterSubscribedPage');
  const language = translator(locale, 'newsletterLanguage');
  const params = await searchParams;
  const slugs = params.newsletter === undefined ? [] : [params.newsletter].flat();
  const { own, others } = byEdition(await listNewsletters(), locale);
  const all = [...own, ...others];
  const newsletters = all.filter((n) => slugs.includes(n.slug));
  // What membership brings besides: the members' newsletters, another language's named as such.
  const forMembers = all.filter((n) => n.audience === 'members' && !slugs.includes(n.slug));
  const quoted = (n: (typeof all)[number]) =>
    languageOf(n) === locale
      ? language('quoted', { name: n.name })
      : language('nameInLanguage', { name: language('quoted', { name: n.name }), language: languageOf(n) });
  const list = (items: typeof all) => formatter(locale).list(items.map(quoted));
  return (
    <div className="wrap auth-page newsletter-status">
      <p className="kicker">{translator(locale, 'newslettersPage')('kicker')}</p>
      <h1 className="page-title">{t('title', { names: list(newsletters), count: newsletters.length })}</h1>
      <ul className="newsletter-status__list">
        {newsletters.map((n) => {
          const when = describeScheduleIn(locale, n.schedule);
          return (
            <li key={n.slug}>
              <strong lang={languageOf(n) === locale ? undefined : langTag(languageOf(n))}>{n.name}</strong>
              {when && <span className="newsletter-status__when"> · {when}</span>}
              {' · '}
              <a href={archivePath(n)}>{t('pastIssues')}</a>
            </li>
          );
        })}
      </ul>
      {params.confirmed ? (
        <>
          <p>{t('account')}</p>
          <p className="newsletter-status__actions">
            <a
              className="button"
              href={`${localePath(locale, '/signin')}?callbackUrl=${encodeURIComponent(localePath(locale, '/account'))}`}
            >
              {t('signIn')}
            </a>
            <a className="button button--primary" href={localePath(locale, '/membership')}>
              {t('becomeMember')}
            </a>
          </p>
          <p className="auth-page__small">{t('paidFor', { names: list(forMembers), count: forMembers.length })}</p>
        </>
      ) : (
        <p>
          {t.rich('manage', {
            manage: (chunks) => <a href={localePath(locale, '/account')}>{chunks}</a>,
          })}
        </p>
      )}
    </div>
  );
}
