import { membershipHref } from '@/lib/membership/links';

export type PaywallProps = {
  articleSlug?: string;
  returnTo?: string;
  heading?: string;
};

/**
 * The paywall's panel for a given list of benefits. Pure, so the admin's benefits editor can
 * preview it as readers will see it; the site uses Paywall, which reads the list.
 */
export function PaywallPanel({
  benefits,
  articleSlug,
  returnTo = `/articles/${articleSlug}`,
  heading = 'The rest of this story is for members',
}: PaywallProps & { benefits: string[] }) {
  return (
    <section className="paywall" aria-labelledby="paywall-heading">
      <h2 id="paywall-heading">{heading}</h2>
      <p>Ridgeline is paid for by its readers. Members keep our reporting open to everyone, and get a little more:</p>
      <ul>
        {benefits.map((benefit) => (
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
