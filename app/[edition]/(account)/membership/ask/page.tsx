import Link from 'next/link';
import type { Metadata } from 'next';
import { PoolRequestForm } from '@/components/giving/pool-request-form';
import { getViewer } from '@/lib/auth/viewer';
import { getNewsroom } from '@/lib/newsroom';

export const metadata: Metadata = {
  title: 'Ask for a membership',
  description: 'Readers who cannot pay can ask for a membership funded by other readers.',
  alternates: { canonical: '/membership/ask' },
};

/** A reader in hardship asks for a membership from the pool other readers fund. */
export default async function AskForMembershipPage() {
  const viewer = await getViewer();
  const { name } = getNewsroom();
  return (
    <div className="wrap auth-page give-page">
      <p className="kicker">Pay it forward</p>
      <h1 className="page-title">Ask for a membership</h1>
      <p className="lede">
        Readers of {name} fund memberships for readers who cannot pay: students, and readers in the region whose cards
        no longer work. Tell us in a sentence or two why you are asking; an editor reads every request.
      </p>
      <p>
        We keep only your address and what you write here, and we delete what you write as soon as the request is
        decided. Nobody’s name is ever shown.
      </p>
      {viewer.kind === 'signed-in' ? (
        <PoolRequestForm email={viewer.email} />
      ) : (
        <>
          <p>
            First, sign in with the email address the membership should go to: we send you a link, and no password or
            card is needed.
          </p>
          <p>
            <Link className="button button--primary" href="/signin?callbackUrl=%2Fmembership%2Fask">
              Sign in to ask
            </Link>
          </p>
        </>
      )}
      <p className="auth-page__small">
        <Link href="/membership">← Back to membership</Link>
      </p>
    </div>
  );
}
