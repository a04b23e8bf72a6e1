import Link from 'next/link';
import type { Metadata } from 'next';
import { findGiftByCodeHash } from '@/db/queries/gifts';
import { describeGift, giftRunsUntil } from '@/domain/membership/gift-membership';
import { redeemGiftAction } from '@/features/giving/gift-actions';
import { getViewer } from '@/lib/auth/viewer';
import { formatDate } from '@/lib/format';
import { giftCodeHash, isGiftCodeShape } from '@/lib/membership/gift-code';
import { getNewsroom } from '@/lib/newsroom';
import { firstValue } from '@/lib/search-params';
import '@/components/giving/give-once.css';

// The address holds the gift's code: no search engine, and no Referer to the next site.
export const metadata: Metadata = { title: 'A gift membership', robots: { index: false }, referrer: 'no-referrer' };

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="wrap auth-page give-page">
      <p className="kicker">Gift membership</p>
      <h1 className="page-title">{title}</h1>
      {children}
    </div>
  );
}

/**
 * A gift's redeem link. Anyone may look; redeeming needs signing in, with any address, and
 * makes the reader a member for the gift's months through a complimentary grant.
 */
export default async function RedeemGiftPage({ params, searchParams }: Props) {
  const { code } = await params;
  const outcome = firstValue((await searchParams).outcome);
  const { name } = getNewsroom();
  const gift = isGiftCodeShape(code) ? await findGiftByCodeHash({ codeHash: giftCodeHash(code) }) : null;
  if (!gift)
    return (
      <Notice title="We do not know this gift link">
        <p>
          Please check that the whole link was copied. A gift bought a moment ago may take a minute to arrive: try again
          shortly.
        </p>
      </Notice>
    );
  const viewer = await getViewer();
  const mine = viewer.kind === 'signed-in' && gift.redeemedById === viewer.userId;
  if (gift.redeemedAt && mine)
    return (
      <Notice title={outcome === 'redeemed' ? 'Your membership has started' : 'This gift is yours'}>
        <p className="lede">
          {describeGift(gift)}: every story on {name} in full.
          {viewer.kind === 'signed-in' && viewer.complimentaryUntil
            ? ` It runs until ${formatDate(viewer.complimentaryUntil)}.`
            : ''}
        </p>
        <p>Nothing will be charged. Ten days before it ends we will write to ask whether you would like to continue.</p>
        <p>
          <Link className="button button--primary" href="/">
            Start reading
          </Link>
        </p>
      </Notice>
    );
  if (gift.redeemedAt)
    return (
      <Notice title="This gift has already been redeemed">
        <p>A gift can be redeemed once. If it was meant for you, ask the person who gave it.</p>
      </Notice>
    );
  if (gift.givenToPoolAt)
    return (
      <Notice title="This gift is no longer available">
        <p>
          Its giver passed it on to our pool, which pays for memberships for readers who cannot. You can still{' '}
          <Link href="/membership">become a member</Link>.
        </p>
      </Notice>
    );
  const message =
    gift.source === 'purchase' && gift.message ? (
      <blockquote className="gift-message">{gift.message}</blockquote>
    ) : null;
  const lede =
    gift.source === 'pool'
      ? `Readers of ${name} paid for ${gift.months} months of membership for you.`
      : `Someone gave you ${gift.months} months of membership of ${name}.`;
  if (viewer.kind !== 'signed-in')
    return (
      <Notice title="A membership for you">
        <p className="lede">{lede}</p>
        {message}
        <p>Sign in with any email address to start it. No card is asked for, and nothing renews.</p>
        <p>
          <Link className="button button--primary" href={`/signin?callbackUrl=${encodeURIComponent(`/gift/${code}`)}`}>
            Sign in to start it
          </Link>
        </p>
      </Notice>
    );
  const until = giftRunsUntil({ months: gift.months, now: viewer.asOf, currentGrantEnd: viewer.complimentaryUntil });
  return (
    <Notice title="A membership for you">
      <p className="lede">{lede}</p>
      {message}
      <form action={redeemGiftAction}>
        <input type="hidden" name="code" value={code} />
        <p>
          Starting it now, you are a member until <strong>{formatDate(until)}</strong>, signed in as {viewer.email}.
        </p>
        <button type="submit" className="button button--primary">
          Start my membership
        </button>
      </form>
    </Notice>
  );
}
