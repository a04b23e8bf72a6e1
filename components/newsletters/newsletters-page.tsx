import type { Metadata } from 'next';
import { subscriptionsOf } from '@/db/queries/newsletters';
import type { Viewer } from '@/domain/auth/viewer';
import { describeSchedule } from '@/domain/newsletters/newsletters';
import { listNewsletters, listSentIssues } from '@/lib/content/reads';
import { formatDate, joinNames } from '@/lib/format';
import { audienceLabel, audienceSentence, NewsletterOffer } from './newsletter-offer';

export const newslettersMetadata: Metadata = {
  title: 'Newsletters',
  description: 'Ridgeline’s newsletters: the week’s best reporting from the Caucasus, and the members’ daily brief.',
  alternates: { canonical: '/newsletters' },
};

/** /newsletters: every newsletter, what it is like, and how to get it, for this viewer. */
export async function NewslettersPage({ viewer }: { viewer: Viewer }) {
  const [newsletters, mine] = await Promise.all([
    listNewsletters(),
    viewer.kind === 'signed-in' ? subscriptionsOf({ userId: viewer.userId }) : null,
  ]);
  const latest = await Promise.all(
    newsletters.map(async (n) => (await listSentIssues({ newsletterId: n.id, newsletterSlug: n.slug }))[0] ?? null),
  );
  const receiving = mine ? newsletters.filter((n) => mine.get(n.id) === 'subscribed') : [];
  return (
    <div className="wrap newsletters-page">
      <header className="listing__header newsletters-page__header">
        <p className="kicker">Newsletters</p>
        <h1 className="page-title">Ridgeline by email</h1>
        <p className="lede">
          Our reporting from the Caucasus, chosen and introduced by the editors. No tracking pixels and no record of
          what you click: what you read is nobody’s business.
        </p>
        {mine && (
          <p className="newsletters-page__mine">
            {receiving.length
              ? `You receive ${joinNames(receiving.map((n) => n.name))}.`
              : 'You receive none of our newsletters yet.'}{' '}
            <a href="/account">Manage your newsletters</a>
          </p>
        )}
      </header>
      {newsletters.length === 0 ? (
        <p className="empty">We have no newsletters yet.</p>
      ) : (
        <ul className="newsletter-list">
          {newsletters.map((newsletter, i) => {
            const when = describeSchedule(newsletter.schedule);
            const issue = latest[i];
            return (
              <li key={newsletter.slug} className="newsletter-entry">
                <section aria-labelledby={`newsletter-${newsletter.slug}-name`} className="newsletter-entry__grid">
                  <div className="newsletter-entry__about">
                    <p className="newsletter-entry__meta">
                      {[when, audienceLabel(newsletter.audience)].filter(Boolean).join(' · ')}
                    </p>
                    <h2 id={`newsletter-${newsletter.slug}-name`} className="newsletter-entry__name">
                      {newsletter.name}
                    </h2>
                    <p className="newsletter-entry__description">{newsletter.description}</p>
                    <p className="newsletter-entry__audience">
                      <span className="newsletter-entry__label">Who it’s for:</span>{' '}
                      {audienceSentence(newsletter.audience)}
                    </p>
                    {newsletter.sample && (
                      <figure className="newsletter-entry__sample">
                        <figcaption>What an issue reads like</figcaption>
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
                      status={mine?.get(newsletter.id) ?? null}
                      from="/newsletters"
                    />
                    <p className="newsletter-entry__archive">
                      {issue && (
                        <span className="newsletter-entry__latest">
                          Latest issue, {formatDate(issue.sentAt)}:{' '}
                          <a href={`/newsletters/${newsletter.slug}/${issue.slug}`}>{issue.subject}</a>
                        </span>
                      )}
                      <a href={`/newsletters/${newsletter.slug}`}>
                        Past issues of {newsletter.name} <span aria-hidden="true">→</span>
                      </a>
                    </p>
                  </div>
                </section>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
