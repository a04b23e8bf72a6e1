import { membershipHref } from '@/lib/membership/links';

export const MEMBER_BENEFITS = [
  'The daily brief from our editors, every morning',
  'Members-only reporting and analysis, and early access to big stories',
  'Audio versions of our long reads',
  'Meetings with the newsroom and a yearly forecast report',
];

/**
 * Shown in place of the rest of a members-only story (or newsletter issue, which names its own
 * heading and the page to come back to after signing in). The rest of the text is never sent.
 */
export function Paywall({
  articleSlug,
  returnTo = `/articles/${articleSlug}`,
  heading = 'The rest of this story is for members',
}: {
  articleSlug?: string;
  returnTo?: string;
  heading?: string;
}) {
  return (
    <section className="paywall" aria-labelledby="paywall-heading">
      <h2 id="paywall-heading">{heading}</h2>
      <p>Ridgeline is paid for by its readers. Members keep our reporting open to everyone, and get a little more:</p>
      <ul>
        {MEMBER_BENEFITS.map((benefit) => (
          <li key={benefit}>{benefit}</li>
        ))}
      </ul>
      <p className="paywall__actions">
        <a className="button button--primary" href={membershipHref('paywall', articleSlug)}>
          Become a member
        </a>
        <span>
          Already a member? <a href={`/signin?callbackUrl=${encodeURIComponent(returnTo)}`}>Sign in</a>
        </span>
      </p>
    </section>
  );
}
