import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Paywall } from '@/components/paywall';
import { subscriptionsOf } from '@/db/queries/newsletters';
import { previewOf } from '@/domain/articles/body-doc';
import type { Viewer } from '@/domain/auth/viewer';
import { canReadFullText } from '@/domain/membership/entitlement';
import { getNewsletterBySlug, getSentIssue } from '@/lib/content/reads';
import { formatDate } from '@/lib/format';
import { renderBodyHtml } from '@/lib/render/body-html';
import { NewsletterOffer } from './newsletter-offer';
import type { IssueRouteProps } from './archive-page';

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
    alternates: { canonical: `/newsletters/${newsletter.slug}/${issue.slug}` },
  };
}

/**
 * An issue as it was sent, gated like an article: an issue of a members' newsletter, or one
 * marked for members, is cut to its preview on the server for anyone the entitlement function
 * says may not read it, and the paywall panel takes the rest's place.
 */
export async function NewsletterIssuePage({ params, viewer }: IssueRouteProps & { viewer: Viewer }) {
  const found = await loadIssue(params);
  if (!found) notFound();
  const { newsletter, issue } = found;
  const access = newsletter.audience === 'members' || issue.access === 'members' ? 'members' : 'public';
  const whole = canReadFullText({ access }, viewer);
  const path = `/newsletters/${newsletter.slug}/${issue.slug}`;
  const mine = viewer.kind === 'signed-in' ? await subscriptionsOf({ userId: viewer.userId }) : null;
  return (
    <article className="article newsletter-issue">
      <header className="article__header wrap">
        <p className="kicker">
          <a href={`/newsletters/${newsletter.slug}`}>{newsletter.name}</a>
          {access === 'members' && <span className="kicker__members">Members</span>}
        </p>
        <h1 className="article__headline">{issue.subject}</h1>
        {issue.preheader && <p className="article__standfirst">{issue.preheader}</p>}
        <p className="byline newsletter-issue__sent">
          <span>
            From {newsletter.senderName} · Sent{' '}
            <time dateTime={issue.sentAt.toISOString()}>{formatDate(issue.sentAt)}</time>
          </span>
        </p>
      </header>
      <div className="wrap">
        {whole ? (
          <div className="article__body prose" dangerouslySetInnerHTML={{ __html: renderBodyHtml(issue.body) }} />
        ) : (
          <div className="article__body prose">
            <div dangerouslySetInnerHTML={{ __html: renderBodyHtml(previewOf(issue.body)) }} />
            <Paywall returnTo={path} heading="The rest of this issue is for members" />
          </div>
        )}
        <aside className="newsletter-issue__footer" aria-labelledby={`newsletter-${newsletter.slug}-name`}>
          <p className="newsletter-signup__label">Newsletter</p>
          <h2 id={`newsletter-${newsletter.slug}-name`} className="newsletter-issue__footer-heading">
            {newsletter.name}
          </h2>
          <p>{newsletter.description}</p>
          {/* Where the paywall shows, it already says how to get the rest. */}
          {whole && (
            <NewsletterOffer
              newsletter={newsletter}
              viewer={viewer}
              status={mine?.get(newsletter.id) ?? null}
              from={path}
            />
          )}
          <p className="newsletter-issue__more">
            <a href={`/newsletters/${newsletter.slug}`}>More issues of {newsletter.name}</a>
            {' · '}
            <a href="/newsletters">All newsletters</a>
          </p>
        </aside>
      </div>
    </article>
  );
}
