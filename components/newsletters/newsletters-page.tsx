import type { Metadata } from 'next';
import { subscriptionsOf } from '@/db/queries/newsletters';
import type { Viewer } from '@/domain/auth/viewer';
import type { Locale } from '@/domain/i18n/locales';
import type { NewsletterAudience, NewsletterSchedule, SubscriptionStatus } from '@/domain/newsletters/newsletters';
import { listNewsletters, listSentIssues } from '@/lib/content/reads';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { byEdition, langTag, languageOf } from '@/lib/newsletters/language';
import { archivePath } from './archive-page';
import { AudienceSentence, newsletterMeta, NewsletterOffer } from './newsletter-offer';

export async function newslettersMetadata(): Promise<Metadata> {
  const locale = await editionLocale();
  const t = translator(locale, 'newslettersPage');
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    alternates: { canonical: localePath(locale, '/newsletters') },
  };
}

type Listed = {
  id: number;
  slug: string;
  name: string;
  description: string;
  sample: string;
  language: string;
  audience: NewsletterAudience;
  schedule: NewsletterSchedule | null;
};
type LatestIssue = { slug: string; subject: string; sentAt: Date } | null;

/**
 * /newsletters: every newsletter, what it is like, and how to get it, for this viewer. The
 * edition's own language's come first; those written in another language follow under their own
 * heading, each marked with its language (lib/newsletters/language.ts says why they are shown).
 */
export async function NewslettersPage({ viewer, locale }: { viewer: Viewer; locale: Locale }) {
  const t = translator(locale, 'newslettersPage');
  const [newsletters, mine] = await Promise.all([
    listNewsletters(),
    viewer.kind === 'signed-in' ? subscriptionsOf({ userId: viewer.userId }) : null,
  ]);
  const latest = new Map(
    await Promise.all(
      newsletters.map(
        async (n) => [n.id, (await listSentIssues({ newsletterId: n.id, newsletterSlug: n.slug }))[0] ?? null] as const,
      ),
    ),
  );
  const { own, others } = byEdition(newsletters, locale);
  const receiving = mine ? [...own, ...others].filter((n) => mine.get(n.id) === 'subscribed') : [];
  const quoted = translator(locale, 'newsletterLanguage');
  const entry = (newsletter: (typeof newsletters)[number]) => (
    <NewsletterEntry
      key={newsletter.slug}
      newsletter={newsletter}
      issue={latest.get(newsletter.id) ?? null}
      viewer={viewer}
      status={mine?.get(newsletter.id) ?? null}
      locale={locale}
    />
  );
  return (
    <div className="wrap newsletters-page">
      <header className="listing__header newsletters-page__header">
        <p className="kicker">{t('kicker')}</p>
        <h1 className="page-title">{t('title')}</h1>
        <p className="lede">{t('lede')}</p>
        {mine && (
          <p className="newsletters-page__mine">
            {receiving.length
              ? t('youReceive', {
                  names: formatter(locale).list(receiving.map((n) => quoted('quoted', { name: n.name }))),
                  count: receiving.length,
                })
              : t('youReceiveNone')}{' '}
            <a href={localePath(locale, '/account')}>{t('manage')}</a>
          </p>
        )}
      </header>
      {newsletters.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : own.length === 0 ? (
        <p className="empty">{t('noneOwn', { language: locale })}</p>
      ) : (
        <ul className="newsletter-list">{own.map(entry)}</ul>
      )}
      {others.length > 0 && (
        <section aria-labelledby="other-languages-heading" className="newsletters-page__others">
          <h2 id="other-languages-heading" className="section-heading">
            {t('otherHeading')}
          </h2>
          <p className="newsletter-entry__audience">{t('otherIntro')}</p>
          <ul className="newsletter-list">{others.map(entry)}</ul>
        </section>
      )}
    </div>
  );
}

/**
 * One newsletter on /newsletters. Its own words (name, description, sample) are in its language,
 * marked with `lang` where that is not the page's; one in another language leaves out the sample.
 */
function NewsletterEntry({
  newsletter,
  issue,
  viewer,
  status,
  locale,
}: {
  newsletter: Listed;
  issue: LatestIssue;
  viewer: Viewer;
  status: SubscriptionStatus | null;
  locale: Locale;
}) {
  const t = translator(locale, 'newslettersPage');
  const language = languageOf(newsletter);
  const foreign = language !== locale;
  const lang = foreign ? langTag(language) : undefined;
  const quoted = translator(locale, 'newsletterLanguage')('quoted', { name: newsletter.name });
  return (
    <li className="newsletter-entry">
      <section aria-labelledby={`newsletter-${newsletter.slug}-name`} className="newsletter-entry__grid">
        <div className="newsletter-entry__about">
          <p className="newsletter-entry__meta">{newsletterMeta(newsletter, locale)}</p>
          <h2 id={`newsletter-${newsletter.slug}-name`} className="newsletter-entry__name" lang={lang}>
            {newsletter.name}
          </h2>
          <p className="newsletter-entry__description" lang={lang}>
            {newsletter.description}
          </p>
          <AudienceSentence audience={newsletter.audience} locale={locale} />
          {newsletter.sample && !foreign && (
            <figure className="newsletter-entry__sample">
              <figcaption>{t('sample')}</figcaption>
              <blockquote>
                <p>{newsletter.sample}</p>
              </blockquote>
            </figure>
          )}
        </div>
        <div className="newsletter-entry__get">
          <NewsletterOffer
            newsletter={newsletter}
            viewer={viewer}
            status={status}
            from={localePath(locale, '/newsletters')}
            locale={locale}
          />
          <p className="newsletter-entry__archive">
            {issue && (
              <span className="newsletter-entry__latest">
                {t('latest', { date: formatter(locale).date(issue.sentAt) })}{' '}
                <a href={archivePath(newsletter, issue.slug)} lang={lang}>
                  {issue.subject}
                </a>
              </span>
            )}
            <a href={archivePath(newsletter)}>
              {t('pastIssues', { name: quoted })} <span aria-hidden="true">→</span>
            </a>
          </p>
        </div>
      </section>
    </li>
  );
}
