import type { Metadata } from 'next';
import Link from 'next/link';
import { getNewsletterById, subscriptionsOf } from '@/db/queries/newsletters';
import { getUserById } from '@/db/queries/users';
import { unsubscribeByLinkAction } from '@/features/newsletters/unsubscribe-actions';
import { readUnsubscribeToken } from '@/lib/newsletters/unsubscribe-token';

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false }, referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

/**
 * Where a newsletter's "Unsubscribe" link lands, with no sign-in. Opening it changes nothing
 * (mail scanners open every link, and would unsubscribe everyone); the one button does.
 */
export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  const ids = readUnsubscribeToken(token);
  const [user, newsletter] = ids
    ? await Promise.all([getUserById({ id: ids.userId }), getNewsletterById({ id: ids.newsletterId })])
    : [null, null];
  if (!user || !newsletter) {
    return (
      <div className="wrap auth-page">
        <h1 className="page-title">This unsubscribe link is not valid</h1>
        <p className="lede">
          It may have been copied incompletely. You can switch every newsletter on or off on your{' '}
          <Link href="/account">account page</Link> after signing in.
        </p>
      </div>
    );
  }
  const subscriptions = await subscriptionsOf({ userId: user.id });
  const receiving = subscriptions.get(newsletter.id) === 'subscribed';
  const others = [...subscriptions.entries()].filter(([id, status]) => id !== newsletter.id && status === 'subscribed');
  return (
    <div className="wrap auth-page unsubscribe">
      {receiving ? (
        <>
          <h1 className="page-title">Unsubscribe from {newsletter.name}?</h1>
          <p className="lede">
            {user.email} will no longer receive {newsletter.name}. Nothing else about your account changes.
          </p>
          <form action={unsubscribeByLinkAction}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="change" value="this" />
            <button type="submit" className="button button--primary">
              Unsubscribe from {newsletter.name}
            </button>
          </form>
        </>
      ) : (
        <>
          <h1 className="page-title">You are unsubscribed from {newsletter.name}</h1>
          <p className="lede">{user.email} will not receive it any more.</p>
          <form action={unsubscribeByLinkAction}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="change" value="resubscribe" />
            <button type="submit" className="button">
              I changed my mind: subscribe me again
            </button>
          </form>
        </>
      )}
      {others.length > 0 && (
        <form action={unsubscribeByLinkAction} className="unsubscribe__all">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="change" value="all" />
          <p>
            You also receive {others.length === 1 ? 'one other newsletter' : `${others.length} other newsletters`} from
            us.
          </p>
          <button type="submit" className="button">
            Unsubscribe from all newsletters
          </button>
        </form>
      )}
      <p className="unsubscribe__account">
        Sign in to choose newsletters one by one on your <Link href="/account">account page</Link>.
      </p>
    </div>
  );
}
