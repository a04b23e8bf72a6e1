import Link from 'next/link';
import type { Metadata } from 'next';
import { formatMoney } from '@/domain/membership/tiers';
import { formatDate } from '@/lib/format';
import { readPaidGiftOrder } from '@/lib/membership/gifts';
import { firstValue } from '@/lib/search-params';
import '@/components/giving/give-once.css';

export const metadata: Metadata = { title: 'Thank you for your gift', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Where Checkout returns after a gift membership is paid: what was bought, and how it reaches
 * its recipient; for a buyer who shares it themselves, the link. Read from Stripe, so it says
 * nothing about a session that is not a paid gift.
 */
export default async function GiftThanksPage({ searchParams }: Props) {
  const sessionId = firstValue((await searchParams).session_id) ?? '';
  const gift = await readPaidGiftOrder(sessionId);
  if (!gift)
    return (
      <div className="wrap auth-page">
        <h1 className="page-title">We could not find that gift</h1>
        <p>
          If you have just paid, your receipt is on its way by email. Otherwise, you can{' '}
          <Link href="/give/membership">give a membership</Link> here.
        </p>
      </div>
    );
  return (
    <div className="wrap auth-page give-page">
      <p className="kicker">Thank you</p>
      <h1 className="page-title">Your gift is paid for</h1>
      <p className="lede">
        {gift.description}: {formatMoney(gift.amount, gift.currency)}, paid once. A receipt is on its way to{' '}
        {gift.receiptTo}.
      </p>
      {gift.recipientEmail ? (
        <p>
          We will email it to <strong>{gift.recipientEmail}</strong>{' '}
          {gift.deliverAt && gift.deliverAt > new Date() ? <>on {formatDate(gift.deliverAt)}</> : <>in a minute</>},
          with your message and a link to start the membership.
        </p>
      ) : (
        <>
          <p>Send this link to the person you are giving it to. It can be redeemed once, with any email address:</p>
          <p>
            <Link className="gift-link" href={gift.link}>
              {gift.link}
            </Link>
          </p>
          <p className="auth-page__small">The link is in your receipt too.</p>
        </>
      )}
      <p>
        <Link href="/">Back to the front page</Link>
      </p>
    </div>
  );
}
