import type { Metadata } from 'next';
import Link from 'next/link';
import { requireSignedIn } from '@/lib/auth/viewer';
import { DeleteAccountForm } from '../forms';

export const metadata: Metadata = { title: 'Delete your account', robots: { index: false } };

export default async function DeleteAccountPage() {
  const viewer = await requireSignedIn('/account/delete');
  return (
    <div className="wrap account-page">
      <p className="kicker">Account</p>
      <h1 className="page-title">Delete your account</h1>
      <section className="account-card account-card--danger">
        <p>This deletes your account, your name and address, and signs you out everywhere. It cannot be undone.</p>
        <p>Payment records that the law requires us to keep for accounting are kept without your name or address.</p>
        <DeleteAccountForm email={viewer.email} />
      </section>
      <p>
        <Link href="/account">Keep my account</Link>
      </p>
    </div>
  );
}
