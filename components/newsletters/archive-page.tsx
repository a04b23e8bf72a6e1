import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { subscriptionsOf } from '@/db/queries/newsletters';
import type { Viewer } from '@/domain/auth/viewer';
import { describeSchedule } from '@/domain/newsletters/newsletters';
import { env } from '@/lib/env';
import { getNewsletterBySlug, listAllSentIssues, listNewsletters, listSentIssues } from '@/lib/content/reads';
import { formatDate } from '@/lib/format';
import { audienceLabel, audienceSentence, NewsletterOffer } from './newsletter-offer';

export type ArchiveRouteProps = { params: Promise<{ newsletter: string }> };
export type IssueRouteProps = { params: Promise<{ newsletter: string; issue: string }> };

// `next dev` asks for these in a separate worker, which must not open the embedded database.
export async function archiveStaticParams() {
  if (env.isDevServer) return [];
  return (await listNewsletters()).map((n) => ({ newsletter: n.slug }));
}

export async function issueStaticParams() {
  if (env.isDevServer) return [];
  return (await listAllSentIssues()).map((i) => ({ newsletter: i.newsletter, issue: i.slug }));
}

export async function archiveMetadata({ params }: ArchiveRouteProps): Promise<Metadata> {
  const newsletter = await getNewsletterBySlug({ slug: (await params).newsletter });
  if (!newsletter) return {};
  return {
    title: `${newsletter.name}: past issues`,
    description: newsletter.description,
    alternates: { canonical: `/newsletters/${newsletter.slug}` },
  };
}

/** /newsletters/<newsletter>: the issues that went out, newest first, and how to get the next one. */
export async function NewsletterArchivePage({ params, viewer }: ArchiveRouteProps & { viewer: Viewer }) {
  const newsletter = await getNewsletterBySlug({ slug: (await params).newsletter });
  if (!newsletter) notFound();
  const [issues, mine] = await Promise.all([
    listSentIssues({ newsletterId: newsletter.id, newsletterSlug: newsletter.slug }),
    viewer.kind === 'signed-in' ? subscriptionsOf({ userId: viewer.userId }) : null,
  ]);
  const forMembers = newsletter.audience === 'members';
  const when = describeSchedule(newsletter.schedule);
  return (
    <div className="wrap newsletters-page">
      <header className="listing__header newsletter-archive__header">
        <p className="kicker">
          <a href="/newsletters">Newsletters</a>
          {forMembers && <span className="kicker__members">Members</span>}
        </p>
        <h1 className="page-title" id={`newsletter-${newsletter.slug}-name`}>
          {newsletter.name}
        </h1>
        <p className="lede">{newsletter.description}</p>
        <p className="newsletter-entry__meta newsletter-archive__meta">
          {[when, audienceLabel(newsletter.audience)].filter(Boolean).join(' · ')}
        </p>
        <p className="newsletter-entry__audience">
          <span className="newsletter-entry__label">Who it’s for:</span> {audienceSentence(newsletter.audience)}
        </p>
        <NewsletterOffer
          newsletter={newsletter}
          viewer={viewer}
          status={mine?.get(newsletter.id) ?? null}
          from={`/newsletters/${newsletter.slug}`}
        />
      </header>
      <section aria-labelledby="issues-heading" className="newsletter-archive">
        <h2 id="issues-heading" className="section-heading">
          Past issues
        </h2>
        {issues.length === 0 ? (
          <p className="empty">No issue has gone out yet.</p>
        ) : (
          <ol className="issue-list">
            {issues.map((issue) => (
              <li key={issue.slug} className="issue-list__item">
                <p className="issue-list__date">
                  <time dateTime={issue.sentAt.toISOString()}>{formatDate(issue.sentAt)}</time>
                  {(forMembers || issue.access === 'members') && <span className="kicker__members">Members</span>}
                </p>
                <h3 className="issue-list__subject">
                  <a href={`/newsletters/${newsletter.slug}/${issue.slug}`}>{issue.subject}</a>
                </h3>
                {issue.preheader && <p className="issue-list__preheader">{issue.preheader}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
