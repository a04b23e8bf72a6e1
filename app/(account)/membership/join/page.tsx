import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { requireSignedIn } from '@/lib/auth/viewer';
import { entitlementOf } from '@/domain/membership/entitlement';
import { formatMoney, parseChoice } from '@/domain/membership/tiers';
import { CheckoutForm } from './checkout-form';

export const metadata: Metadata = { title: 'Become a member', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The chosen membership, after sign-in, one step before Stripe Checkout. */
export default async function JoinPage({ searchParams }: Props) {
  const raw = await searchParams;
  const fields = Object.fromEntries(
    ['tier', 'interval', 'amount', 'from', 'placement'].flatMap((key) => {
      const value = Array.isArray(raw[key]) ? raw[key][0] : raw[key];
      return typeof value === 'string' && value.length <= 100 ? [[key, value]] : [];
    }),
  );
  const viewer = await requireSignedIn(`/membership/join?${new URLSearchParams(fields)}`);
  if (entitlementOf(viewer).isMember && viewer.membership) redirect('/account?already-member=1');
  const choice = parseChoice(fields);
  if ('error' in choice) {
    return (
      <div className="wrap auth-page">
        <h1 className="page-title">Choose your membership</h1>
        <p className="notice">{choice.error}</p>
        <p>
          <Link href="/membership">Back to the memberships</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="wrap auth-page">
      <p className="kicker">Membership</p>
      <h1 className="page-title">
        {choice.name}: {formatMoney(choice.amount)} a {choice.interval}
      </h1>
      <p className="lede">
        You are signed in as {viewer.email}. Payment is handled by Stripe; you can cancel at any time from your account.
      </p>
      <CheckoutForm fields={fields} />
      <p className="auth-page__small">
        <Link href="/membership">Choose a different membership</Link>
      </p>
    </div>
  );
}
