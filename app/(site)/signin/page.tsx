import type { Metadata } from 'next';
import { safeCallbackUrl } from '@/lib/auth/sign-in';
import { EmailForm } from './forms';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl);
  return (
    <div className="wrap auth-page">
      <h1 className="page-title">Sign in</h1>
      <p className="lede">No password needed. We’ll email you a link and a six-digit code; use whichever is easier.</p>
      <EmailForm callbackUrl={callbackUrl} />
      <p className="auth-page__small">
        New here? The same form creates your free account. We only use your address to sign you in and, if you become a
        member, for your membership.
      </p>
    </div>
  );
}
