import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { PENDING_SIGN_IN_COOKIE } from '@/lib/auth/start-session';
import { pendingSignInEmail, TOKEN_MINUTES } from '@/lib/auth/sign-in';
import { CodeForm } from '../forms';

export const metadata: Metadata = { title: 'Check your email', robots: { index: false } };

export default async function CodePage() {
  const browserNonce = (await cookies()).get(PENDING_SIGN_IN_COOKIE)?.value;
  const email = browserNonce ? await pendingSignInEmail(browserNonce) : null;
  if (!email) redirect('/signin');
  return (
    <div className="wrap auth-page">
      <h1 className="page-title">Check your email</h1>
      <p className="lede">
        If <strong>{email}</strong> can receive mail, a sign-in link and a code are on their way. They work once, for{' '}
        {TOKEN_MINUTES} minutes.
      </p>
      <p>Open the link on this device, or type the code here:</p>
      <CodeForm />
      <p className="auth-page__small">
        Nothing arrived? Check your spam folder, or <a href="/signin">send another email</a>.
      </p>
    </div>
  );
}
