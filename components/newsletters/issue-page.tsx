import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Paywall } from '@/components/paywall';
import { subscriptionsOf } from '@/db/queries/newsletters';
import { previewOf } from '@/domain/articles/body-doc';
import type { Viewer } from '@/domain/auth/viewer';
import type { Locale } from '@/domain/i18n/locales';
import { canReadFullText } from '@/domain/membership/entitlement';
import { getNewsletterBySlug, getSentIssue } from '@/lib/content/reads';
import { formatter, translator } from '@/lib/i18n/messages';
import { localePath } from '@/lib/i18n/paths';
import { langTag, languageOf } from '@/lib/newsletters/language';
import { renderBodyHtml } from '@/lib/render/body-html';
import { NewsletterOffer } from './newsletter-offer';
import { archivePath, type IssueRouteProps } from './archive-page';

async function loadIssue(params: IssueRouteProps['params']) {
  const { newsletter: newsletterSlug, issue: issueSlug } = await params;
  const newsletter = await getNewsletterBySlug({ slug: newsletterSlug });
  const issue = newsletter
    ? await getSentIssue({ newsletterId: newsletter.id, newsletterSlug: newsletter.slug, slug: issueSlug })
    : null;
  return newsletter && issue ? { newsletter, issue } : null;
}

export async function issueMetadata({ params }: IssueRouteProps): Promise<Metadata> {
  const found = await loadIssue(params);
  if (!found) return {};
  const { newsletter, issue } = found;
  return {
    title: `${issue.subject} | ${newsletter.name}`,
    description: issue.preheader || newsletter.description,
    alternates: { canonical: archivePath(newsletter, issue.slug) },
  };
}

/**
 * An issue as it was sent, gated like an article: an issue of a members' newsletter, or one
 * marked for members, is cut to its preview on the server for anyone the entitlement function
 * says may not read it, and the paywall panel takes the rest's place. The page's own words are
 * its edition's (`locale`); the issue's are in the newsletter's language, marked with `lang` when
 * that is another.
 */
export async function NewsletterIssuePage({
  params,
  viewer,
  locale,
}: IssueRouteProps & { viewer: Viewer; locale: Locale }) {
  const found = await loadIssue(params);
  if (!found) notFound();
  const { newsletter, issue } = found;
  const t = translator(locale, 'newsletterIssuePage');
  const quoted = translator(locale, 'newsletterLanguage')('quoted', { name: newsletter.name });
  const language = languageOf(newsletter);
  const lang = language === locale ? undefined : langTag(language);
  const access = newsletter.audience === 'members' || issue.access === 'members' ? 'members' : 'public';
  const whole = canReadFullText({ access }, viewer);
  const path = localePath(locale, `/newsletters/${newsletter.slug}/${issue.slug}`);
  const mine = viewer.kind === 'signed-in' ? await subscriptionsOf({ userId: viewer.userId }) : null;
  return (
    <article className="article newsletter-issue">
      <header className="article__header wrap">
        <p className="kicker">
          <a href={archivePath(newsletter)} lang={lang}>
            {newsletter.name}
          </a>
          {access === 'members' && <span className="kicker__members">{translator(locale, 'kicker')('members')}</span>}
        </p>
        <h1 className="article__headline" lang={lang}>
          {issue.subject}
        </h1>
        {issue.preheader && (
          <p className="article__standfirst" lang={lang}>
            {issue.preheader}
          </p>
        )}
        <p className="byline newsletter-issue__sent">
          <span>
            {t.rich('sent', {
              sender: newsletter.senderName,
              date: formatter(locale).date(issue.sentAt),
              time: (chunks) => <time dateTime={issue.sentAt.toISOString()}>{chunks}</time>,
            })}
          </span>
        </p>
      </header>
      <div className="wrap">
        {whole ? (
          <div
            className="article__body prose"
            lang={lang}
            dangerouslySetInnerHTML={{ __html: renderBodyHtml(issue.body) }}
          />
        ) : (
          <div className="article__body prose">
            <div lang={lang} dangerouslySetInnerHTML={{ __html: renderBodyHtml(previewOf(issue.body)) }} />
            <Paywall returnTo={path} heading={t('paywallHeading')} locale={locale} />
          </div>
        )}
        <aside className="newsletter-issue__footer" aria-labelledby={`newsletter-${newsletter.slug}-name`}>
          <p className="newsletter-signup__label">{t('label')}</p>
          <h2 id={`newsletter-${newsletter.slug}-name`} className="newsletter-issue__footer-heading" lang={lang}>
            {newsletter.name}
          </h2>
          <p lang={lang}>{newsletter.description}</p>
          {/* Where the paywall shows, it already says how to get the rest. */}
          {whole && (
            <NewsletterOffer
              newsletter={newsletter}
              viewer={viewer}
              status={mine?.get(newsletter.id) ?? null}
              from={path}
              locale={locale}
            />
          )}
          <p className="newsletter-issue__more">
            <a href={archivePath(newsletter)}>{t('more', { name: quoted })}</a>
            {' · '}
            <a href={localePath(locale, '/newsletters')}>{t('all')}</a>
          </p>
        </aside>
      </div>
    </article>
  );
}
