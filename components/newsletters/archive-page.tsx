import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { subscriptionsOf } from '@/db/queries/newsletters';
import type { Viewer } from '@/domain/auth/viewer';
import type { Locale } from '@/domain/i18n/locales';
import { env } from '@/lib/env';
import { getNewsletterBySlug, listAllSentIssues, listNewsletters, listSentIssues } from '@/lib/content/reads';
import { editionLocale } from '@/lib/i18n/edition';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { langTag, languageOf } from '@/lib/newsletters/language';
import { AudienceSentence, newsletterMeta, NewsletterOffer } from './newsletter-offer';

export type ArchiveRouteProps = { params: Promise<{ newsletter: string }> };
export type IssueRouteProps = { params: Promise<{ newsletter: string; issue: string }> };

// `next dev` asks for these in a separate worker, which must not open the embedded database.
// Every edition has every newsletter's archive (a reader of one edition may follow a link to
// another's newsletter); its canonical address is in the edition of the newsletter's language.
export async function archiveStaticParams() {
  if (env.isDevServer) return [];
  return (await listNewsletters()).map((n) => ({ newsletter: n.slug }));
}

export async function issueStaticParams() {
  if (env.isDevServer) return [];
  return (await listAllSentIssues()).map((i) => ({ newsletter: i.newsletter, issue: i.slug }));
}

/** A newsletter's pages, at their address in the edition of its language. */
export function archivePath(newsletter: { slug: string; language: string }, issueSlug?: string): string {
  const path = `/newsletters/${newsletter.slug}${issueSlug ? `/${issueSlug}` : ''}`;
  return localePath(languageOf(newsletter), path);
}

export async function archiveMetadata({ params }: ArchiveRouteProps): Promise<Metadata> {
  const newsletter = await getNewsletterBySlug({ slug: (await params).newsletter });
  if (!newsletter) return {};
  const t = translator(await editionLocale(), 'newsletterArchive');
  return {
    title: t('metaTitle', { name: newsletter.name }),
    description: newsletter.description,
    alternates: { canonical: archivePath(newsletter) },
  };
}

/**
 * /newsletters/<newsletter>: the issues that went out, newest first, and how to get the next one.
 * The page speaks its edition's language (`locale`); the newsletter's own words are in its own,
 * marked with `lang` when that is another.
 */
export async function NewsletterArchivePage({
  params,
  viewer,
  locale,
}: ArchiveRouteProps & { viewer: Viewer; locale: Locale }) {
  const newsletter = await getNewsletterBySlug({ slug: (await params).newsletter });
  if (!newsletter) notFound();
  const [issues, mine] = await Promise.all([
    listSentIssues({ newsletterId: newsletter.id, newsletterSlug: newsletter.slug }),
    viewer.kind === 'signed-in' ? subscriptionsOf({ userId: viewer.userId }) : null,
  ]);
  const t = translator(locale, 'newsletterArchive');
  const members = translator(locale, 'kicker')('members');
  const language = languageOf(newsletter);
  const lang = language === locale ? undefined : langTag(language);
  const forMembers = newsletter.audience === 'members';
  const date = formatter(locale).date;
  return (
    <div className="wrap newsletters-page">
      <header className="listing__header newsletter-archive__header">
        <p className="kicker">
          <a href={localePath(locale, '/newsletters')}>{translator(locale, 'newslettersPage')('kicker')}</a>
          {forMembers && <span className="kicker__members">{members}</span>}
        </p>
        <h1 className="page-title" id={`newsletter-${newsletter.slug}-name`} lang={lang}>
          {newsletter.name}
        </h1>
        <p className="lede" lang={lang}>
          {newsletter.description}
        </p>
        <p className="newsletter-entry__meta newsletter-archive__meta">{newsletterMeta(newsletter, locale)}</p>
        <AudienceSentence audience={newsletter.audience} locale={locale} />
        <NewsletterOffer
          newsletter={newsletter}
          viewer={viewer}
          status={mine?.get(newsletter.id) ?? null}
          from={localePath(locale, `/newsletters/${newsletter.slug}`)}
          locale={locale}
        />
      </header>
      <section aria-labelledby="issues-heading" className="newsletter-archive">
        <h2 id="issues-heading" className="section-heading">
          {t('pastIssues')}
        </h2>
        {issues.length === 0 ? (
          <p className="empty">{t('none')}</p>
        ) : (
          <ol className="issue-list">
            {issues.map((issue) => (
              <li key={issue.slug} className="issue-list__item">
                <p className="issue-list__date">
                  <time dateTime={issue.sentAt.toISOString()}>{date(issue.sentAt)}</time>
                  {(forMembers || issue.access === 'members') && <span className="kicker__members">{members}</span>}
                </p>
                <h3 className="issue-list__subject" lang={lang}>
                  <a href={archivePath(newsletter, issue.slug)}>{issue.subject}</a>
                </h3>
                {issue.preheader && (
                  <p className="issue-list__preheader" lang={lang}>
                    {issue.preheader}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
