import type { Metadata } from 'next';
import { describeSchedule } from '@/domain/newsletters/newsletters';
import { listNewsletters } from '@/lib/content/reads';
import { joinNames } from '@/lib/format';

export const metadata: Metadata = { title: 'You’re subscribed', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** After a confirmation, or a signed-in reader's one-press sign-up. It only reads. */
export default async function SubscribedPage({ searchParams }: Props) {
  const params = await searchParams;
  const slugs = params.newsletter === undefined ? [] : [params.newsletter].flat();
  const all = await listNewsletters();
  const newsletters = all.filter((n) => slugs.includes(n.slug));
  const forMembers = all.filter((n) => n.audience === 'members' && !slugs.includes(n.slug));
  const names = joinNames(newsletters.map((n) => n.name)) || 'our newsletter';
  return (
    <div className="wrap auth-page newsletter-status">
      <p className="kicker">Newsletters</p>
      <h1 className="page-title">You’re subscribed to {names}</h1>
      <ul className="newsletter-status__list">
        {newsletters.map((n) => (
          <li key={n.slug}>
            <strong>{n.name}</strong>
            {describeSchedule(n.schedule) && (
              <span className="newsletter-status__when"> · {describeSchedule(n.schedule)}</span>
            )}
            {' · '}
            <a href={`/newsletters/${n.slug}`}>Past issues</a>
          </li>
        ))}
      </ul>
      {params.confirmed ? (
        <>
          <p>
            Your address now has a free Ridgeline account. Sign in with it to change your newsletters at any time, and
            every issue has a link to unsubscribe in one click.
          </p>
          <p className="newsletter-status__actions">
            <a className="button" href="/signin?callbackUrl=%2Faccount">
              Sign in
            </a>
            <a className="button button--primary" href="/membership">
              Become a member
            </a>
          </p>
          <p className="auth-page__small">
            Ridgeline is paid for by its readers. Members keep our reporting open to everyone
            {forMembers.length ? `, and get ${joinNames(forMembers.map((n) => n.name))} as well` : ''}.
          </p>
        </>
      ) : (
        <p>
          <a href="/account">Manage your newsletters</a> on your account.
        </p>
      )}
    </div>
  );
}
