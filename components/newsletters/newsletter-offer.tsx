import { SignUpForm } from '@/components/newsletter-signup';
import type { Viewer } from '@/domain/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { mayReceive, type NewsletterAudience, type SubscriptionStatus } from '@/domain/newsletters/newsletters';

/**
 * What a reader can do about one newsletter, wherever it is offered (/newsletters and the head
 * of its archive): a sign-up form, "For members" with the way to join, or, for a signed-in
 * reader who has it, where to manage it. `status` is the reader's subscription (signed in only).
 */
export function NewsletterOffer({
  newsletter,
  viewer,
  status,
  from,
}: {
  newsletter: { slug: string; name: string; audience: NewsletterAudience };
  viewer: Viewer;
  status: SubscriptionStatus | null;
  from: string;
}) {
  const entitlement = entitlementOf(viewer);
  const headingId = `newsletter-${newsletter.slug}-name`;
  if (viewer.kind === 'signed-in' && status === 'subscribed') {
    return (
      <p className="newsletter-offer newsletter-offer--subscribed">
        <span className="newsletter-offer__status">
          {mayReceive(newsletter.audience, entitlement) ? 'You receive it.' : 'Paused while you are not a member.'}
        </span>{' '}
        <a href="/account">Manage your newsletters</a>
      </p>
    );
  }
  if (!mayReceive(newsletter.audience, entitlement)) {
    return (
      <div className="newsletter-offer newsletter-offer--members">
        <p className="newsletter-offer__status">For members</p>
        <p className="newsletter-offer__actions">
          <a className="button button--primary" href="/membership" aria-describedby={headingId}>
            Become a member
          </a>
          {viewer.kind === 'anonymous' && (
            <span>
              Already a member?{' '}
              <a href={`/signin?callbackUrl=${encodeURIComponent(from)}`} aria-describedby={headingId}>
                Sign in
              </a>
            </span>
          )}
        </p>
      </div>
    );
  }
  return (
    <div className="newsletter-offer">
      <SignUpForm
        idPrefix={`newsletter-${newsletter.slug}`}
        newsletters={[newsletter.slug]}
        from={from}
        signedInAs={viewer.kind === 'signed-in' ? viewer.email : undefined}
        buttonLabel={viewer.kind === 'signed-in' ? 'Subscribe' : 'Sign up'}
        describedBy={headingId}
      />
    </div>
  );
}

/** "Fridays at 17:00 · Free", "Weekdays at 07:00 · For members" */
export function audienceLabel(audience: NewsletterAudience) {
  return audience === 'members' ? 'For members' : 'Free';
}

/** Who it is for, in a sentence. */
export function audienceSentence(audience: NewsletterAudience) {
  return audience === 'members'
    ? 'members. It comes with every membership, and only members receive it.'
    : 'anyone, member or not.';
}
