import Link from 'next/link';
import type { Metadata } from 'next';
import { GiftOrderForm } from '@/components/giving/gift-order-form';
import { linkSlug } from '@/domain/slug';
import { todayIn } from '@/lib/appeals/appeals';
import { getNewsroom } from '@/lib/newsroom';
import { firstValue } from '@/lib/search-params';

export const metadata: Metadata = {
  title: 'Give a membership',
  description:
    'Give three, six or twelve months of membership, paid once, by email on the day you choose or as a link.',
  alternates: { canonical: '/give/membership' },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "Give a membership": the order form (components/giving/gift-order-form.tsx); paying is Checkout's. */
export default async function GiveMembershipPage({ searchParams }: Props) {
  const params = await searchParams;
  const { name, timeZone } = getNewsroom();
  return (
    <div className="wrap auth-page give-page">
      <p className="kicker">Support {name}</p>
      <h1 className="page-title">Give a membership</h1>
      <p className="lede">
        Three, six or twelve months of every story in full, for someone who should be reading us. Paid once: nothing
        renews, and when it ends they decide whether to continue.
      </p>
      <GiftOrderForm
        today={todayIn(timeZone)}
        from={linkSlug(firstValue(params.from)) ?? ''}
        placement={linkSlug(firstValue(params.placement)) ?? ''}
      />
      <p className="auth-page__small">
        <Link href="/membership">← Back to membership</Link>
      </p>
    </div>
  );
}
