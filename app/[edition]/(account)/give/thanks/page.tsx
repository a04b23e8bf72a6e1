import type { Metadata } from 'next';
import Link from 'next/link';
import { DONATION_PURPOSE_EFFECTS } from '@/domain/membership/give-once';
import { formatMoney } from '@/domain/membership/tiers';
import { getViewer } from '@/lib/auth/viewer';
import { readPaidGift } from '@/lib/membership/donations';
import { getNewsroom } from '@/lib/newsroom';
import { firstValue } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Thank you', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Checkout's success page for a one-off gift. It only reads: the gift is recorded, and its
 * receipt sent, by the webhook, whatever happens to this redirect.
 */
export default async function GiveThanksPage({ searchParams }: Props) {
  const sessionId = firstValue((await searchParams).session_id) ?? '';
  const [gift, viewer] = await Promise.all([readPaidGift(sessionId), getViewer()]);
  const { name } = getNewsroom();
  if (!gift) {
    return (
      <div className="wrap auth-page">
        <h1 className="page-title">We cannot find that gift</h1>
        <p className="lede">
          This page thanks readers for a gift once Stripe has taken it. If you just gave, your receipt will still reach
          you by email; nothing was charged twice.
        </p>
        <p>
          <Link href="/give">Give once</Link> · <Link href="/">Back to the front page</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="wrap auth-page give-thanks">
      <p className="kicker">Thank you</p>
      <h1 className="page-title">Thank you for your gift of {formatMoney(gift.amount, gift.currency)}</h1>
      <p className="lede">{DONATION_PURPOSE_EFFECTS[gift.purpose]}</p>
      <p>
        This was a one-off gift: nothing more will be taken. A receipt is on its way to the address you gave in
        Checkout.
        {viewer.kind === 'signed-in' && gift.userId === viewer.userId && (
          <>
            {' '}
            You will also find it on <Link href="/account#gifts">your account</Link>.
          </>
        )}
      </p>
      <p>Gifts like yours are how {name} stays independent: no owner and no advertiser decides what we report.</p>
      <p>
        <Link href="/">Back to the front page</Link>
      </p>
    </div>
  );
}
