import Link from 'next/link';
import type { Newsletter } from '@/db/schema';
import { describeSchedule, type NewsletterSchedule } from '@/domain/newsletters/newsletters';
import { setNewsletterSubscriptionAction } from '@/features/newsletters/actions';

/** A lapsed member keeps their choice, but a members' newsletter is not sent to them meanwhile. */
const receiving = (on: boolean, waitingForMembership: boolean) =>
  on ? (waitingForMembership ? 'Paused while you are not a member' : 'You receive it') : null;

/** /account's newsletters: each with a plain-form switch (no script), the members' one by entitlement. */
export function NewsletterSwitches({
  newsletters,
  subscribed,
  isMember,
}: {
  newsletters: (Newsletter & { schedule: NewsletterSchedule | null })[];
  subscribed: Set<number>;
  isMember: boolean;
}) {
  if (newsletters.length === 0) return null;
  return (
    <section className="account-card" aria-labelledby="newsletters-heading">
      <h2 id="newsletters-heading">Newsletters</h2>
      <ul className="newsletter-switches">
        {newsletters.map((newsletter) => {
          const on = subscribed.has(newsletter.id);
          const when = describeSchedule(newsletter.schedule);
          const forMembers = newsletter.audience === 'members';
          return (
            <li key={newsletter.id} className="newsletter-switches__item">
              <div>
                <h3 id={`newsletter-${newsletter.id}`} className="newsletter-switches__name">
                  {newsletter.name}
                </h3>
                <p className="newsletter-switches__meta">
                  {[when, forMembers ? 'For members' : 'Free', receiving(on, forMembers && !isMember)]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <p className="newsletter-switches__description">{newsletter.description}</p>
              </div>
              {forMembers && !isMember && !on ? (
                <Link className="button" href="/membership">
                  Become a member
                </Link>
              ) : (
                <form action={setNewsletterSubscriptionAction}>
                  <input type="hidden" name="newsletterId" value={newsletter.id} />
                  <input type="hidden" name="subscribe" value={on ? 'false' : 'true'} />
                  <button
                    type="submit"
                    className={on ? 'button' : 'button button--primary'}
                    aria-describedby={`newsletter-${newsletter.id}`}
                  >
                    {on ? 'Unsubscribe' : 'Subscribe'}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
